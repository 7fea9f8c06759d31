import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
import OnymTM
import OnymText

/// `onym tm`: the translation memory.
struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "The translation memory: import and export TMX, XLIFF and CSV; fuzzy matches; concordance.",
        discussion: """
        Segment pairs live in the glossary store (SQLite by default, PostgreSQL with
        --store postgres://…).

        Examples:
          onym tm import memory.tmx project.xlf pairs.csv
          onym tm search "Talks in Kyiv ended" --from en --to uk
          onym tm concordance Kyiv --from en --to uk
          onym tm export --format tmx --from en --to uk -o memory.tmx
        """,
        subcommands: [TMImportCommand.self, TMExportCommand.self, TMSearchCommand.self, TMConcordanceCommand.self]
    )
}

/// A language given on the command line, in canonical form.
func languageOption(_ tag: String, _ option: String) throws -> String {
    do { return try LanguageTag.canonical(tag) } catch { throw CLIError("\(option): \(error)") }
}

struct TMImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import TMX (1.4b, 1.4, 1.1), XLIFF (1.2, 2.0) and CSV/TSV files (a header of two language codes).",
        discussion: """
        Each file is one transaction: a file with a problem imports nothing (exit 2). Pairs
        already stored (same languages, source and target) are merged, not stored twice.
        A TMX <tu> gives a pair from its srclang to each other language (every ordered pair
        when srclang is *all*).
        """
    )

    @Argument(help: "Files to import.")
    var files: [String]
    @Option(name: .long, help: "Import only pairs from this language.")
    var from: String?
    @Option(name: .long, help: "Import only pairs to this language.")
    var to: String?
    @Option(name: .long, help: "Who imports, for pairs whose file does not say (default: $USER).")
    var author: String?
    @OptionGroup var options: MemoryOptions

    func run() throws {
        let memory = try options.memory(create: true)
        let who = author ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        let from = try self.from.map { try languageOption($0, "--from") }
        let to = try self.to.map { try languageOption($0, "--to") }
        let terminal = isatty(STDERR_FILENO) == 1
        for file in files {
            let start = ContinuousClock.now
            let report = try memory.importFile(file, from: from, to: to, author: who) { units in
                if terminal { Console.errorRaw("onym: \(file): \(units) units read") }
            }
            let elapsed = (ContinuousClock.now - start).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            if terminal, report.units >= 10_000 {
                Console.errorRaw("onym: \(file): \(Int(Double(report.units) / max(seconds, 0.001))) units a second")
            }
            var line = "\(file): \(report.units) unit\(report.units == 1 ? "" : "s"), \(report.added) pair\(report.added == 1 ? "" : "s") added, \(report.merged) merged"
            if report.skipped > 0 { line += ", \(report.skipped) without a translation skipped" }
            Console.line(line)
        }
    }
}

extension MemoryExport.Format: ExpressibleByArgument {}

struct TMExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the memory as TMX 1.4b or CSV (a header of the two language codes).",
        discussion: "CSV needs one language pair: --from and --to, or a memory of one pair."
    )

    @Option(name: .long, help: "tmx or csv.")
    var format: MemoryExport.Format = .tmx
    @Option(name: .long, help: "Only pairs from this language.")
    var from: String?
    @Option(name: .long, help: "Only pairs to this language.")
    var to: String?
    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout.")
    var output: String?
    @OptionGroup var options: MemoryOptions

    func run() throws {
        let memory = try options.memory(create: false)
        let from = try self.from.map { try languageOption($0, "--from") }
        let to = try self.to.map { try languageOption($0, "--to") }
        try StreamedOutput.write(to: output) { write in
            try MemoryExport.write(memory, format: format, from: from, to: to, toolVersion: Onym.version, write)
        }
    }
}

enum TMOutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

struct TMSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Fuzzy matches for a text: stored pairs whose source scores at least --min (1–100).",
        discussion: """
        The score is 100 × (1 − d / max(n, m)) over the words of the two texts (UAX #29
        word tokens, compared by match key; numbers all alike), less 1 for each word
        written with other case or diacritics, 2 for each number that differs, 1 for
        other punctuation and 1 for other inline tags; only an identical text scores 100.
        Exit 0 with matches, 1 without.
        """
    )

    @Argument(help: "The text to find matches for.")
    var text: String
    @Option(name: .long, help: "The text's language.")
    var from: String
    @Option(name: .long, help: "The language of the translations wanted.")
    var to: String
    @Option(name: .long, help: "The least score shown (1–100).")
    var min = 75
    @Option(name: .long, help: "At most this many matches.")
    var limit = 5
    @Option(name: .long, help: "text or json.")
    var format: TMOutputFormat = .text
    @OptionGroup var options: MemoryOptions

    func run() throws {
        guard (1...100).contains(min) else { throw CLIError("--min must be 1 to 100") }
        guard limit >= 1 else { throw CLIError("--limit must be 1 or more") }
        let memory = try options.memory(create: false)
        let matches = try memory.search(text, from: try languageOption(from, "--from"), to: try languageOption(to, "--to"),
                                        minimum: min, limit: limit)
        let reporter: any Reporter<TMSearch> = switch format {
        case .text: TMSearchTextReporter()
        case .json: TMSearchJSONReporter()
        }
        try reporter.print(TMSearch(query: text, matches: matches))
        if matches.isEmpty { throw ExitCode(1) }
    }
}

struct TMConcordanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordance",
        abstract: "Stored pairs whose source has every word given (case and diacritics do not matter).",
        discussion: "Exit 0 with hits, 1 without."
    )

    @Argument(help: "Words to find.")
    var words: [String]
    @Option(name: .long, help: "The words' language.")
    var from: String
    @Option(name: .long, help: "The language of the translations shown.")
    var to: String
    @Option(name: .long, help: "At most this many pairs.")
    var limit = 20
    @Option(name: .long, help: "text or json.")
    var format: TMOutputFormat = .text
    @OptionGroup var options: MemoryOptions

    func run() throws {
        guard limit >= 1 else { throw CLIError("--limit must be 1 or more") }
        let memory = try options.memory(create: false)
        let hits = try memory.concordance(words, from: try languageOption(from, "--from"), to: try languageOption(to, "--to"), limit: limit)
        let reporter: any Reporter<Concordance> = switch format {
        case .text: ConcordanceTextReporter(color: Console.stdoutIsColorTerminal)
        case .json: ConcordanceJSONReporter()
        }
        try reporter.print(Concordance(words: words, hits: hits))
        if hits.isEmpty { throw ExitCode(1) }
    }
}
