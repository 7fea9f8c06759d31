import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
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
    @Option(name: .long, help: "Output format: text, json, sarif or github.")
    var format: LintFormat = .text
    @Flag(name: .long, help: "Rewrite files in place with the suggestions that are safe to apply (atomically); - writes the fixed stdin to stdout.")
    var fix = false
    @Flag(name: .long, help: "Print the fixes as a unified diff and write nothing.")
    var diff = false
    @Flag(name: .long, help: "With --fix or --diff, fix near misses (misspelling) too.")
    var fixMisspellings = false
    @Option(name: .long, help: "Files checked at once (default: the number of cores); output does not depend on it.")
    var jobs: Int?
    @Flag(name: .long, help: "Do not report unlisted near misses (misspelling).")
    var noFuzzy = false
    @Option(name: .long, help: "The least severity that makes the exit code 1: error, warning or info (default: .onym.yaml's fail-on, else warning).")
    var failOn: String?
    @OptionGroup var glossary: GlossaryOptions

    /// A checked file: its path as reported, language, text (kept only when fixes or a
    /// diff need it) and findings; or the message of why it could not be checked.
    enum FileOutcome: Sendable {
        case success(path: String, lang: String, text: [UInt8], findings: [Finding])
        case failure(String)
    }

    /// One file's findings, all at once (a file of a batch checked in parallel with others).
    func lintOne(_ path: String, forced: String?, fallback: String, linter: (String) -> Linter) -> FileOutcome {
        let name = path == "-" ? "<stdin>" : path
        // A plain-text file whose text nothing needs afterwards is read in pieces, never whole.
        if path != "-", DocumentFormat(path: path) == .plain, !fix, !diff {
            let language = forced ?? fallback
            do throws(LintError) {
                if let findings = try linter(language).lintPlainText(path: path) {
                    return .success(path: name, lang: language, text: [], findings: findings)
                }
            } catch {
                return .failure("\(name):\(error.line): \(error)")
            }
        }
        let bytes: [UInt8]
        do { bytes = try DocumentWalker.read(path) } catch { return .failure("\(name): \(error)") }
        let scope = DocumentScope.of(bytes, format: DocumentFormat(path: path))
        let language: String
        do { language = try forced ?? scope.language.map(LanguageTag.canonical) ?? fallback } catch {
            return .failure("\(name): \(error)")
        }
        do {
            let findings = try Linter.lint(bytes, scope: scope, language: language, linter: linter)
            // The text report shows excerpts and fixes rewrite the text: others let it go now.
            return .success(path: name, lang: language, text: format == .text || fix || diff ? bytes : [], findings: findings)
        } catch {
            return .failure("\(name):\(error.line): \(error)")
        }
    }

    /// A plain-text file large enough to be checked on its own, piece by piece, on all cores,
    /// each piece's findings reported as soon as it is done (never the whole file's at once).
    static let streamedSize = 4 * Linter.chunkSize

    func run() throws {
        let config = try glossary.config()
        let failLevel = try Choice.parse(failOn ?? config?.failOn ?? "warning", as: Severity.self, option: "--fail-on")
        let forced = try lang.map(LanguageTag.canonical)
        let fallback = try LanguageTag.canonical(config?.language ?? "en")
        let matchers = try MatcherSource(glossary.source(), language: forced ?? fallback, cache: CacheChoice.cache)
        let fuzzy = !noFuzzy && config?.fuzzy != false
        if let jobs, jobs < 1 { throw CLIError("--jobs must be 1 or more") }
        let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let files = try DocumentWalker.files(paths).filter { !IgnoreRules.configIgnores(config, $0) }
        let linters = LinterCache { language in
            let matcher: CompiledMatcher
            do throws(GlossaryError) { matcher = try matchers.matcher(for: language) } catch {
                // Only when a glossary changed during the run: it loaded without a problem before.
                for problem in error.problems { Console.errorRaw(problem.description) }
                Foundation.exit(2)
            }
            var linter = Linter(matcher: matcher, fuzzy: fuzzy)
            if let config { linter = config.configured(linter) }
            // One file: its pieces share the threads; several: each file gets one.
            linter.jobs = files.count == 1 ? threads : 1
            return linter
        } first: { language, linter in
            // A misspelt or unusual tag must not silently check nothing.
            if !linter.matcher.hasTerms { Console.errorRaw(LanguageWarning.noTerms(language, matchers)) }
        }
        let linter: @Sendable (String) -> Linter = { linters.linter(for: $0) }
        // With --diff or --fix -, stdout holds the diff or the text: the findings go to stderr.
        let toStderr = diff || (fix && paths == ["-"])
        let out = ConsoleOutput(toStderr: toStderr)
        let reporter = format.reporter(out, color: !toStderr && Console.stdoutIsColorTerminal, version: Onym.version)
        var tally = LintTally()
        var failed = false
        var fixedCount = 0, fixedFiles = 0

        func report(_ outcome: FileOutcome) {
            switch outcome {
            case .failure(let message):
                out.flush()
                Console.error(message)
                failed = true
            case .success(let path, let lang, let text, let findings):
                tally.files += 1
                reporter.beginFile(path: path, lang: lang)
                guard fix || diff else {
                    reporter.report(findings, text: text, base: 0)
                    tally.add(findings)
                    reporter.endFile()
                    return
                }
                let (fixedText, fixed) = Fixer.apply(findings, to: text, misspellings: fixMisspellings)
                let remaining = findings.filter { f in !fixed.contains(f) }
                if diff {
                    Console.text(UnifiedDiff.diff(path: path, before: text, after: fixedText))
                } else if path == "<stdin>" {
                    Console.text(String(decoding: fixedText, as: UTF8.self))
                } else if !fixed.isEmpty {
                    do { try AtomicFile.write(fixedText, to: path) } catch {
                        Console.error("\(error)")
                        failed = true
                        reporter.report(findings, text: text, base: 0)
                        tally.add(findings)
                        reporter.endFile()
                        return
                    }
                }
                if !fixed.isEmpty { fixedCount += fixed.count; fixedFiles += 1 }
                reporter.report(remaining, text: fixedText, base: 0)
                tally.add(remaining)
                reporter.endFile()
            }
        }

        // Files in the order given. Large plain-text files are checked one at a time on all
        // cores and reported piece by piece; the files between them in batches, each file on
        // a core of its own, reported as each is done in order (output never depends on --jobs).
        var batch: [String] = []
        func flushBatch() {
            OrderedParallelMap.forEach(batch, jobs: threads, { path in
                lintOne(path, forced: forced, fallback: fallback, linter: linter)
            }, deliver: report)
            batch.removeAll()
        }
        for path in files {
            guard !fix, !diff, path != "-", DocumentFormat(path: path) == .plain, FileManager.default.isReadableFile(atPath: path),
                  files.count == 1 || Self.fileSize(path) >= Self.streamedSize else {
                batch.append(path)
                continue
            }
            flushBatch()
            var streaming = linter(forced ?? fallback)
            streaming.jobs = threads
            reporter.beginFile(path: path, lang: forced ?? fallback)
            tally.files += 1
            do throws(LintError) {
                let opened = try streaming.lintPlainText(path: path) { piece in
                    reporter.report(piece.findings, text: piece.bytes, base: piece.start)
                    tally.add(piece.findings)
                }
                reporter.endFile()
                if !opened { report(.failure("\(path): cannot read the file")) }
            } catch {
                reporter.endFile()
                report(.failure("\(path):\(error.line): \(error)"))
            }
        }
        flushBatch()
        if fix && !diff { Console.errorRaw("fixed \(fixedCount) finding\(fixedCount == 1 ? "" : "s") in \(fixedFiles) file\(fixedFiles == 1 ? "" : "s")") }
        reporter.finish(tally)
        out.flush()
        let code: Int32 = failed ? 2 : (tally.reaches(failLevel) ? 1 : 0)
        // Exiting here spares freeing the compiled matchers, millions of small arrays that
        // the system reclaims at once (output is already written: flushed above);
        // kept alive to here, or Swift frees them after their last use above.
        withExtendedLifetime(linters) { Foundation.exit(code) }
    }

    /// The size of the file at `path`, 0 when it cannot be told.
    static func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
