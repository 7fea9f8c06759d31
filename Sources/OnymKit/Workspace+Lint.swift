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
        // Each file's size, asked on all cores (one `stat`; an archive has tens of thousands):
        // it decides which files are streamed and how they are grouped, and lets a small file
        // be read with one call.
        let sizes = ParallelAnswers.map(files) { Self.regularFileSize($0.path) }
        var batch: [(file: InputFile, size: Int?)] = []
        func flushBatch() {
            // One file: its pieces share the threads; several: each file gets one.
            let each = files.count == 1 ? jobs : 1
            // Files are handed to the threads in groups, not one by one: a hand-out (a lock, a
            // wake-up of the thread that writes the report) cost as much as checking a 4 KB file.
            OrderedParallelMap.forEach(Self.groups(of: batch), jobs: jobs, { group in
                group.compactMap { self.lintOne($0.file, size: $0.size, jobs: each, keepText: keepText, whole: whole) }
            }, deliver: { events in events.forEach(deliver) })
            batch.removeAll()
        }
        for (file, size) in zip(files, sizes) {
            guard !whole, let size, DocumentFormat(path: file.path) == .plain, configuration.settings.firstMention == nil,
                  files.count == 1 || size >= Self.streamedSize,
                  // Asked last, only of a file that would be streamed: one that cannot be read is
                  // reported as such by the batch, not as a stream begun and broken off.
                  access(file.path, R_OK) == 0 else {
                batch.append((file, size))
                continue
            }
            flushBatch()
            lintStreamed(file, jobs: jobs, deliver: deliver)
        }
        flushBatch()
    }

    /// Files handed to one thread at a time: up to 32 of them and 1 MiB together, so that a
    /// group's outcomes waiting to be written stay small (a large file is a group of its own).
    static func groups<File>(of batch: [(file: File, size: Int?)]) -> [[(file: File, size: Int?)]] {
        var groups: [[(file: File, size: Int?)]] = [], group: [(file: File, size: Int?)] = [], bytes = 0
        for entry in batch {
            if !group.isEmpty, group.count == 32 || bytes + (entry.size ?? 0) > 1 << 20 {
                groups.append(group)
                group = []
                bytes = 0
            }
            group.append(entry)
            bytes += entry.size ?? 0
        }
        if !group.isEmpty { groups.append(group) }
        return groups
    }

    /// One file's findings, all at once (a file of a batch checked in parallel with others);
    /// nil for a walked file that is binary. `size`: the file's, when it is a regular one.
    private func lintOne(_ file: InputFile, size: Int?, jobs: Int, keepText: Bool, whole: Bool) -> FileLintEvent? {
        let name = file.path == "-" ? "<stdin>" : file.path
        do throws(WorkspaceError) {
            let bytes = try DocumentWalker.read(file.path, size: size)
            if file.skipsBinary, DocumentWalker.isBinary(bytes) { return nil }
            let format = DocumentFormat(path: file.path)
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
            return .document(keepText || whole ? linted : LintedDocument(name: name, language: linted.language, text: [], findings: linted.findings))
        } catch {
            return .failure(error)
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

    /// The size of the regular file at `path`; nil when it is not one or cannot be told
    /// (`stat`: Foundation's attributes dictionary cost more than linting a small file).
    static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        guard path != "-", stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}
