import Foundation
import OnymGlossary
#if canImport(Glibc)
import Glibc
#endif
import OnymLint
import OnymText

extension Workspace {
    /// The findings of one document, in offset order, checked in its language (the
    /// configuration's forced language, else the document's own, else what its front
    /// matter or `<html lang>` says, else the default) with its parts in other languages
    /// (`<span lang="uk">`) checked as those. `jobs` threads share a long text.
    public func lint(document: Document, jobs: Int = 1) throws(WorkspaceError) -> LintedDocument {
        let scope = DocumentScope.of(document.bytes, format: document.format)
        let language: String
        do { language = try configuration.language ?? document.language.map(LanguageTag.canonical) ?? scope.language.map(LanguageTag.canonical) ?? configuration.defaultLanguage } catch {
            throw .input(file: document.name, line: nil, message: "\(error)")
        }
        // Every linter the document needs is made first: making one may read the glossaries.
        var linters: [String: Linter] = [:]
        do throws(GlossaryError) {
            // The glossaries as they stood on the day the document was written (`--as-of`, else its own date).
            let day = configuration.asOf ?? scope.date
            for tag in [language] + scope.parts.compactMap({ try? LanguageTag.canonical($0.language) }) where linters[tag] == nil {
                var linter = try linter(for: tag, on: day)
                linter.jobs = jobs
                linters[tag] = linter
            }
        } catch {
            throw .glossary(error)
        }
        do {
            let findings = try Linter.lint(document.bytes, scope: scope, language: language) { linters[$0]! }
            return LintedDocument(name: document.name, language: language, text: document.bytes, findings: findings)
        } catch {
            throw WorkspaceError(error, file: document.name)
        }
    }

    /// A checked document with its safe suggestions applied (misspellings too when asked):
    /// the fixed text, the findings fixed and those left. Fixing the result again changes nothing.
    public func fix(_ linted: LintedDocument, misspellings: Bool = false) -> FixedDocument {
        let (text, fixed) = Fixer.apply(linted.findings, to: linted.text, misspellings: misspellings)
        // What is left keeps its place: a fix before it changed the text's length.
        let remaining = linted.findings.filter { !fixed.contains($0) }
        return FixedDocument(name: linted.name, language: linted.language, original: linted.text, text: text, fixed: fixed, remaining: remaining)
    }

    /// A document checked and fixed.
    public func fix(document: Document, misspellings: Bool = false, jobs: Int = 1) throws(WorkspaceError) -> FixedDocument {
        fix(try lint(document: document, jobs: jobs), misspellings: misspellings)
    }

    /// A plain-text file of this size or more is checked on its own, piece by piece, on all
    /// cores, each piece delivered as soon as it is done (never the whole file's findings at once).
    public static let streamedSize = 4 * Linter.chunkSize

    /// Checks files (`-` is stdin), delivering each one's outcome in the order given whatever
    /// `jobs` is. Large plain-text files are checked one at a time on all `jobs` threads and
    /// delivered piece by piece; the files between them in batches, one file per thread. A
    /// walked file found binary is left out (no event). `keepText` keeps each file's text in
    /// its ``LintedDocument`` (for excerpts); `whole` reads every file whole and delivers it as
    /// one document (fixes need the whole text).
    public func lint(files: [InputFile], jobs: Int, keepText: Bool, whole: Bool = false, deliver: (FileLintEvent) -> Void) {
        lint(files: files, jobs: jobs, keepText: keepText, whole: whole, limits: BatchLimits(), deliver: deliver)
    }

    /// How files are handed to the threads: in groups of up to `files` files, a thread going on
    /// through its group until it has read `bytes` (the rest of the group is checked after it,
    /// one file a thread), so that outcomes waiting to be written stay small; a plain-text file
    /// of `streamed` bytes or more is checked on its own, piece by piece.
    struct BatchLimits {
        var files = 32
        var bytes = 1 << 20
        var streamed = Workspace.streamedSize
    }

    /// What a thread hands back for one file of a group.
    enum FileOutcome: Sendable {
        /// Checked (or not readable: a failure).
        case event(FileLintEvent)
        /// A walked file found binary: left out.
        case skipped
        /// Large: to be streamed, in its place, on all threads.
        case large(InputFile)
        /// Not opened: its group had read enough; checked after it.
        case later(InputFile)
    }

    func lint(files: [InputFile], jobs: Int, keepText: Bool, whole: Bool, limits: BatchLimits, deliver: (FileLintEvent) -> Void) {
        // One file: a plain-text one is streamed (its pieces on all threads), whatever its size.
        if files.count == 1, let only = files.first, only.path != "-", !whole, DocumentFormat(path: only.path) == .plain,
           configuration.settings.firstMention == nil, Self.isRegularFile(only.path), access(only.path, R_OK) == 0 {
            lintStreamed(only, jobs: jobs, deliver: deliver)
            return
        }
        // Several: handed to the threads in groups, not one by one (a hand-out, a lock and a
        // wake-up of the thread that writes the report, cost as much as checking a 4 KB file).
        // No file's size is asked beforehand: the thread that opens a file learns it (a `stat`
        // of each of an archive's files, before any was checked, was a tenth of its lint).
        let each = files.count == 1 ? jobs : 1
        func handle(_ outcome: FileOutcome) {
            switch outcome {
            case .event(let event): deliver(event)
            case .skipped: break
            case .large(let file): lintStreamed(file, jobs: jobs, deliver: deliver)
            case .later(let file):
                // Only when a group had read its fill: checked here, one file a thread.
                handle(lintFile(file, jobs: each, keepText: keepText, whole: whole, limits: limits).outcome)
            }
        }
        let groups = stride(from: 0, to: files.count, by: limits.files).map { Array(files[$0..<min($0 + limits.files, files.count)]) }
        OrderedParallelMap.forEach(groups, jobs: jobs, { group in
            var outcomes: [FileOutcome] = [], read = 0
            for (n, file) in group.enumerated() {
                guard read < limits.bytes else {
                    outcomes += group[n...].map { FileOutcome.later($0) }
                    break
                }
                let (outcome, bytes) = self.lintFile(file, jobs: each, keepText: keepText, whole: whole, limits: limits)
                outcomes.append(outcome)
                read += bytes
            }
            return outcomes
        }, deliver: { outcomes in
            // Files a group left for later are checked on all threads, in their order.
            var later: [InputFile] = []
            func checkLater() {
                guard !later.isEmpty else { return }
                OrderedParallelMap.forEach(later, jobs: jobs, { self.lintFile($0, jobs: each, keepText: keepText, whole: whole, limits: limits).outcome },
                                           deliver: handle)
                later.removeAll()
            }
            for outcome in outcomes {
                if case .later(let file) = outcome {
                    later.append(file)
                } else {
                    checkLater()
                    handle(outcome)
                }
            }
            checkLater()
        })
    }

    /// One file's outcome, all at once (a file of a group checked beside other groups), and
    /// the bytes it read.
    private func lintFile(_ file: InputFile, jobs: Int, keepText: Bool, whole: Bool, limits: BatchLimits) -> (outcome: FileOutcome, bytes: Int) {
        let name = file.path == "-" ? "<stdin>" : file.path
        let format = DocumentFormat(path: file.path)
        do throws(WorkspaceError) {
            let bytes: [UInt8]
            if file.path == "-" {
                bytes = try DocumentWalker.read("-")
            } else {
                let opened = try DocumentWalker.open(file.path)
                defer { close(opened.fd) }
                // Large plain text is streamed in its place instead (piece by piece, on all threads).
                if let size = opened.size, size >= limits.streamed, format == .plain, !whole, configuration.settings.firstMention == nil {
                    return (.large(file), 0)
                }
                bytes = try DocumentWalker.read(opened, path: file.path)
            }
            if file.skipsBinary, DocumentWalker.isBinary(bytes) { return (.skipped, bytes.count) }
            let linted: LintedDocument
            if format == .plain, !whole, configuration.settings.firstMention == nil {
                // Plain text needs no scope of a document (no language parts, no date): its
                // lines are checked as they are.
                let language = documentLanguage
                var linter: Linter
                do { linter = try self.linter(for: language, on: nil) } catch { throw .glossary(error) }
                linter.jobs = jobs
                do throws(LintError) {
                    linted = LintedDocument(name: name, language: language, text: bytes,
                                            findings: try linter.lint(bytes, excluded: PlainTextScoper.excludedRanges(in: bytes)))
                } catch {
                    throw WorkspaceError(error, file: name)
                }
            } else {
                linted = try lint(document: Document(name: name, bytes: bytes, format: format), jobs: jobs)
            }
            // The text is let go now unless the caller shows excerpts or fixes it.
            let event = FileLintEvent.document(keepText || whole ? linted : LintedDocument(name: name, language: linted.language, text: [], findings: linted.findings))
            return (.event(event), bytes.count)
        } catch {
            return (.event(.failure(error)), 0)
        }
    }

    /// A large plain-text file, delivered piece by piece (a walked one looked at first: a
    /// binary file is left out before anything of it is reported).
    private func lintStreamed(_ file: InputFile, jobs: Int, deliver: (FileLintEvent) -> Void) {
        let path = file.path
        if file.skipsBinary, DocumentWalker.isBinary(path) { return }
        let language = documentLanguage
        var linter: Linter
        do { linter = try self.linter(for: language, on: nil) } catch {
            deliver(.failure(.glossary(error)))
            return
        }
        linter.jobs = jobs
        deliver(.begin(name: path, language: language))
        do throws(LintError) {
            let opened = try linter.lintPlainText(path: path) { deliver(.piece($0)) }
            deliver(.end(failure: opened ? nil : .input(file: path, line: nil, message: "cannot read the file")))
        } catch {
            deliver(.end(failure: WorkspaceError(error, file: path)))
        }
    }

    /// True when `path` names a regular file (a pipe or a device has no size to cut by).
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return path != "-" && stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
