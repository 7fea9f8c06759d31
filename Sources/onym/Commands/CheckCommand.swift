import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
import OnymLint
import OnymStore
import OnymTM
import OnymText

/// `onym check`: translations checked against the glossary and the memory.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check translations (TMX, XLIFF, CSV/TSV, or two aligned text files) against the glossary and the memory.",
        discussion: """
        Finds, in each pair: names of the source whose preferred target form the target
        lacks (term; case endings count: Києва has Київ); variant, forbidden, diacritics,
        misspelt, look-alike names in the target, as `onym lint` finds them; the same source
        translated two ways in the file, or otherwise than a 100 % match of the memory in
        the store (inconsistent); empty targets and targets that are their source when the
        source is not a name (untranslated).
        Exit 0 when nothing is at or above --fail-on, 1 when something is, 2 on an error.

        Examples:
          onym check story.xlf --from uk --to en
          onym check memory.tmx --from en --to de --format json
          onym check --source story.uk.txt --target story.en.txt --from uk --to en
        """
    )

    @Argument(help: "TMX, XLIFF or CSV/TSV files.")
    var files: [String] = []
    @Option(name: .long, help: "The source language.")
    var from: String
    @Option(name: .long, help: "The target language.")
    var to: String
    @Option(name: .long, help: "A plain-text source file, one segment a line (with --target).")
    var source: String?
    @Option(name: .long, help: "The plain-text translation of --source, line by line.")
    var target: String?
    @Option(name: .long, help: "Output format: text, json, sarif or github.")
    var format: LintFormat = .text
    @Flag(name: .long, help: "Do not report unlisted near misses (misspelling).")
    var noFuzzy = false
    @Option(name: .long, help: "The least severity that makes the exit code 1: error, warning or info (default: .onym.yaml's fail-on, else warning).")
    var failOn: String?
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let config = try glossary.config()
        let failLevel = try Choice.parse(failOn ?? config?.failOn ?? "warning", as: Severity.self, option: "--fail-on")
        let from = try languageOption(self.from, "--from"), to = try languageOption(self.to, "--to")
        guard !files.isEmpty || source != nil else { throw CLIError("give files to check, or --source and --target") }
        guard (source == nil) == (target == nil) else { throw CLIError("--source and --target go together") }
        let matchers = try MatcherSource(glossary.source(), language: to, cache: CacheChoice.cache)
        let fuzzy = !noFuzzy && config?.fuzzy != false
        var targetLinter = Linter(matcher: try matchers.matcher(for: to), fuzzy: fuzzy)
        if let config { targetLinter = config.configured(targetLinter) }
        let sourceLinter = Linter(matcher: try matchers.matcher(for: from), fuzzy: false)
        // A misspelt or unusual tag must not silently check nothing.
        for linter in from == to ? [targetLinter] : [sourceLinter, targetLinter] where !linter.matcher.hasTerms {
            Console.errorRaw(LanguageWarning.noTerms(linter.matcher.language, matchers))
        }
        // 100 % matches come from the memory of the store in use, when one is named.
        let memory = try StoreChoice.chosen(explicit: glossary.store, config: config).map { try TMStore(location: $0, create: false) }
        let checker = BilingualChecker(source: sourceLinter, target: targetLinter, memory: memory)

        var reports: [CheckReport.File] = []
        var failed = false
        var inputs: [(name: String, pairs: () throws -> [CheckPair])] = files.map { file in (file, { try Self.pairs(in: file, from: from, to: to) }) }
        if let source, let target { inputs.append((target, { try Self.alignedPairs(source: source, target: target) })) }
        for input in inputs {
            do {
                let findings = try checker.check(try input.pairs()).compactMap { f -> CheckFinding? in
                    guard let level = config?.severity[f.kind.rawValue] else { return f }
                    return Severity(rawValue: level).map { f.with(severity: $0) }  // "off" drops the kind
                }
                reports.append(CheckReport.File(path: input.name, from: from, to: to, findings: findings))
            } catch let error as TMError {
                Console.error(error.description)
                failed = true
            } catch let error as TextError {
                Console.error("\(input.name): \(error)")
                failed = true
            }
        }
        let report = CheckReport(files: reports)
        let reporter: any Reporter<CheckReport> = switch format {
        case .text: CheckTextReporter()
        case .json: CheckJSONReporter()
        case .sarif: CheckSARIFReporter(version: Onym.version)
        case .github: CheckGitHubReporter()
        }
        try reporter.print(report)
        let code: Int32 = failed ? 2 : (report.findings.contains { $0.severity >= failLevel } ? 1 : 0)
        if code != 0 { throw ExitCode(code) }
    }

    /// The pairs `from` → `to` of a bilingual file; a unit without a target is a pair with an empty one.
    static func pairs(in file: String, from: String, to: String) throws(TMError) -> [CheckPair] {
        var out: [CheckPair] = []
        try BilingualFile.read(file) { unit in
            let pairs = unit.pairs(from: from, to: to, keepEmpty: true)
            if pairs.isEmpty, let s = unit.variants.first(where: { LanguageMatch.matches(requested: from, stored: $0.language) }) {
                out.append(CheckPair(id: unit.id, line: unit.line, source: s.text, target: ""))
            }
            for p in pairs { out.append(CheckPair(id: unit.id, line: unit.line, source: p.source, target: p.target)) }
        }
        return out
    }

    /// Line n of `source` and line n of `target`, for every line.
    static func alignedPairs(source: String, target: String) throws -> [CheckPair] {
        func lines(_ path: String) throws -> [String] {
            guard let data = FileManager.default.contents(atPath: path) else { throw TMError(file: path, line: 0, message: "cannot read the file") }
            let bytes = [UInt8](data)
            if let offset = UTF8Validator.firstInvalidOffset(in: bytes) {
                throw TMError(file: path, line: UTF8Validator.line(ofOffset: offset, in: bytes), message: "invalid UTF-8 at byte offset \(offset)")
            }
            var text = String(decoding: bytes, as: UTF8.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                Normalizer.normalize(line.hasSuffix("\r") ? String(line.dropLast()) : String(line), to: .nfc)
            }
            if lines.last == "" { lines.removeLast() }
            return lines
        }
        let s = try lines(source), t = try lines(target)
        guard s.count == t.count else {
            throw TMError(file: t.count < s.count ? target : source, line: min(s.count, t.count) + 1,
                          message: "\(source) has \(s.count) lines and \(target) has \(t.count): the files must be aligned line by line")
        }
        return zip(s, t).enumerated().map { CheckPair(id: String($0.offset + 1), line: $0.offset + 1, source: $0.element.0, target: $0.element.1) }
    }
}
