import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
import OnymLint
import OnymText
import Synchronization

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

        --fix rewrites files with the suggestions of variant, forbidden, diacritics, case,
        confusable and invisible findings (misspelling with --fix-misspellings); findings
        left are reported. --diff shows the same as a unified diff and writes nothing.

        Examples:
          onym lint examples/story.txt
          onym lint --fix articles/
          onym lint --format sarif . > onym.sarif
          onym lint --format json --lang uk статья.txt
          cat story.txt | onym lint -
        """
    )

    @Argument(help: "Files or folders to check (default: the current folder); - for stdin.")
    var paths: [String] = ["."]
    @Option(name: .long, help: "The texts' language (default: front matter lang:, <html lang>, .onym.yaml's lang, else en).")
    var lang: String?
    @Flag(name: .long, help: "Rewrite files in place with the suggestions that are safe to apply (atomically); - writes the fixed stdin to stdout.")
    var fix = false
    @Flag(name: .long, help: "Print the fixes as a unified diff and write nothing.")
    var diff = false
    @Flag(name: .long, help: "With --fix or --diff, fix near misses (misspelling) too.")
    var fixMisspellings = false
    @Option(name: .long, help: "Files checked at once (default: the number of cores); output does not depend on it.")
    var jobs: Int?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Check against the names that held on DAY (default: each text's date: front matter date:, article:published_time, the first <time datetime>; else today).", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @OptionGroup var findings: FindingOptions
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let config = try glossary.config()
        let failLevel = try findings.failLevel(config)
        if let jobs, jobs < 1 { throw CLIError("--jobs must be 1 or more") }
        if let asOf, !ISODate.isValid(asOf) { throw CLIError("--as-of must be a day written YYYY-MM-DD, such as 2019-08-14, not '\(asOf)'") }
        var configuration = Workspace.Configuration(
            glossaries: try glossary.source(), cache: CacheChoice.cache, language: try lang.map(LanguageTag.canonical),
            defaultLanguage: try LanguageTag.canonical(config?.language ?? "en"), settings: findings.settings(config))
        configuration.asOf = asOf
        configuration.house = try glossary.house(config)
        let workspace = Workspace(configuration, warn: { Console.errorRaw($0.description) })
        // The glossaries' problems stop the run before any text is read.
        // The folders are walked while the glossaries are read (or their matcher mapped): both
        // come before the first file is checked and neither needs the other (an archive's walk
        // and a large glossary's start-up are some 30 and 20 ms, one after the other before).
        let walked = Mutex<[InputFile]>([])
        let walking = DispatchGroup()
        let paths = paths
        DispatchQueue.global().async(group: walking) { walked.withLock { $0 = DocumentWalker.files(paths) } }
        let prepared = Result { () throws(GlossaryError) in try workspace.prepare() }
        walking.wait()
        try prepared.get()
        let threads = jobs ?? Cores.count
        let files = walked.withLock { $0 }.filter { !IgnoreRules.configIgnores(config, $0.path) }
        // With --diff or --fix -, stdout holds the diff or the text: the findings go to stderr.
        let toStderr = diff || (fix && paths == ["-"])
        let out = ConsoleOutput(toStderr: toStderr)
        let reporter = findings.format.reporter(out, color: !toStderr && Console.stdoutIsColorTerminal, version: Onym.version)
        var tally = LintTally()
        var failed = false
        var fixedCount = 0, fixedFiles = 0

        func fail(_ error: WorkspaceError) {
            out.flush()
            if case .glossary(let error) = error {
                for problem in error.problems { Console.errorRaw(problem.description) }
            } else {
                Console.error(error.description)
            }
            failed = true
        }
        func report(_ findings: [Finding], text: [UInt8], base: Int = 0) {
            reporter.report(findings, text: text, base: base)
            tally.add(findings)
        }
        func fixed(_ linted: LintedDocument) {
            let result = workspace.fix(linted, misspellings: fixMisspellings)
            if diff {
                Console.text(UnifiedDiff.diff(path: linted.name, before: result.original, after: result.text))
            } else if linted.name == "<stdin>" {
                Console.text(String(decoding: result.text, as: UTF8.self))
            } else if result.changed {
                do { try AtomicFile.write(result.text, to: linted.name) } catch {
                    Console.error("\(error)")
                    failed = true
                    return report(linted.findings, text: linted.text)
                }
            }
            if result.changed { fixedCount += result.fixed.count; fixedFiles += 1 }
            report(result.remaining, text: result.text)
        }

        workspace.lint(files: files, jobs: threads, keepText: findings.format == .text, whole: fix || diff) { event in
            switch event {
            case .document(let linted):
                tally.files += 1
                reporter.beginFile(path: linted.name, lang: linted.language)
                if fix || diff { fixed(linted) } else { report(linted.findings, text: linted.text) }
                reporter.endFile()
            case .begin(let name, let language):
                tally.files += 1
                reporter.beginFile(path: name, lang: language)
            case .piece(let piece):
                report(piece.findings, text: piece.bytes, base: piece.start)
            case .end(let failure):
                reporter.endFile()
                if let failure { fail(failure) }
            case .failure(let error):
                fail(error)
            }
        }
        if fix && !diff { Console.errorRaw("fixed \(fixedCount) finding\(fixedCount == 1 ? "" : "s") in \(fixedFiles) file\(fixedFiles == 1 ? "" : "s")") }
        reporter.finish(tally)
        out.flush()
        let code: Int32 = failed ? 2 : (tally.reaches(failLevel) ? 1 : 0)
        // Exiting here spares freeing the compiled matchers, millions of small arrays that
        // the system reclaims at once (output is already written: flushed above);
        // kept alive to here, or Swift frees them after their last use above.
        withExtendedLifetime(workspace) { Foundation.exit(code) }
    }
}
