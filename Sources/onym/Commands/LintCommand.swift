import ArgumentParser
import Foundation
import OnymGlossary
import OnymLint
import OnymText

/// `onym lint`: the names in articles that do not follow the glossary.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Find variant, forbidden, misspelt and look-alike names in texts, with what to write instead.",
        discussion: """
        .md and .markdown files are Markdown, .html and .htm HTML, the rest plain text;
        code, URLs, e-mail addresses, comments and markup are not checked, and
        <!-- onym-disable --> … <!-- onym-enable --> (or 'onym: disable' lines in plain
        text) turn checking off. Directories are walked (hidden folders and binary files
        skipped); - reads stdin.
        Exit 0 when nothing is at or above --fail-on, 1 when something is, 2 on an error.

        Examples:
          onym lint examples/story.txt
          onym lint --format json --lang uk статья.txt
          cat story.txt | onym lint -
        """
    )

    @Argument(help: "Files or folders to check; - for stdin.")
    var paths: [String] = ["-"]
    @Option(name: .long, help: "The texts' language (default: front matter lang:, <html lang>, .onym.yaml's lang, else en).")
    var lang: String?
    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text
    @Flag(name: .long, help: "Do not report unlisted near misses (misspelling).")
    var noFuzzy = false
    @Option(name: .long, help: "The least severity that makes the exit code 1: error, warning or info.")
    var failOn: String = "warning"
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let failLevel = try Choice.parse(failOn, as: Severity.self, option: "--fail-on")
        let forced = try lang.map(LanguageTag.canonical)
        let fallback = try LanguageTag.canonical(glossary.config()?.language ?? "en")
        let set = try glossary.source().load()
        var linters: [String: Linter] = [:]
        func linter(for language: String) -> Linter {
            if let known = linters[language] { return known }
            let made = Linter(matcher: CompiledMatcher(set: set, language: language), fuzzy: !noFuzzy)
            linters[language] = made
            return made
        }
        var reports: [LintReport.File] = []
        var failed = false
        for path in try DocumentWalker.files(paths) {
            let bytes: [UInt8]
            do { bytes = try DocumentWalker.read(path) } catch {
                Console.error("\(path): \(error)")
                failed = true
                continue
            }
            do {
                let scope = DocumentScope.of(bytes, format: DocumentFormat(path: path))
                let language = try forced ?? scope.language.map(LanguageTag.canonical) ?? fallback
                let findings = try linter(for: language).lint(bytes, excluded: scope.excluded)
                reports.append(LintReport.File(path: path == "-" ? "<stdin>" : path, lang: language, text: bytes, findings: findings))
            } catch let error as LintError {
                let name = path == "-" ? "<stdin>" : path
                switch error {
                case .invalidUTF8(let offset):
                    let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
                    Console.error("\(name):\(line): \(error)")
                }
                failed = true
            } catch {
                Console.error("\(path == "-" ? "<stdin>" : path): \(error)")
                failed = true
            }
        }
        let report = LintReport(files: reports)
        switch format {
        case .text: Console.text(LintTextReporter.render(report, color: Console.stdoutIsColorTerminal))
        case .json: Console.line(try LintJSONReporter.render(report))
        }
        if failed { throw ExitCode(2) }
        if report.files.flatMap(\.findings).contains(where: { $0.severity >= failLevel }) { throw ExitCode(1) }
    }
}
