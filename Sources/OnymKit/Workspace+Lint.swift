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
    /// delivered piece by piece; the files between them in batches, one file per thread.
    /// `keepText` keeps each file's text in its ``LintedDocument`` (for excerpts); `whole`
    /// reads every file whole and delivers it as one document (fixes need the whole text).
    public func lint(files: [String], jobs: Int, keepText: Bool, whole: Bool = false, deliver: (FileLintEvent) -> Void) {
        var batch: [(path: String, size: Int)] = []
        func flushBatch() {
            // One file: its pieces share the threads; several: each file gets one.
            let each = files.count == 1 ? jobs : 1
            // Files are handed to the threads in groups, not one by one: a hand-out (a lock, a
            // wake-up of the thread that writes the report) cost as much as checking a 4 KB file.
            OrderedParallelMap.forEach(Self.groups(of: batch), jobs: jobs, { group in
                group.map { self.lintOne($0, jobs: each, keepText: keepText, whole: whole) }
            }, deliver: { events in events.forEach(deliver) })
            batch.removeAll()
        }
        for path in files {
            let size = path == "-" ? 0 : Self.fileSize(path)
            // Whether it can be read is asked last: only of a file that would be streamed (a
            // system call per file of an archive otherwise, for nothing).
            guard !whole, path != "-", DocumentFormat(path: path) == .plain, configuration.settings.firstMention == nil,
                  files.count == 1 || size >= Self.streamedSize,
                  FileManager.default.isReadableFile(atPath: path) else {
                batch.append((path, size))
                continue
            }
            flushBatch()
            lintStreamed(path, jobs: jobs, deliver: deliver)
        }
        flushBatch()
    }

    /// Files handed to one thread at a time: up to 32 of them and 1 MiB together, so that a
    /// group's outcomes waiting to be written stay small (a large file is a group of its own).
    static func groups(of batch: [(path: String, size: Int)]) -> [[String]] {
        var groups: [[String]] = [], group: [String] = [], bytes = 0
        for (path, size) in batch {
            if !group.isEmpty, group.count == 32 || bytes + size > 1 << 20 {
                groups.append(group)
                group = []
                bytes = 0
            }
            group.append(path)
            bytes += size
        }
        if !group.isEmpty { groups.append(group) }
        return groups
    }

    /// One file's findings, all at once (a file of a batch checked in parallel with others).
    private func lintOne(_ path: String, jobs: Int, keepText: Bool, whole: Bool) -> FileLintEvent {
        let name = path == "-" ? "<stdin>" : path
        // A plain-text file whose text nothing needs afterwards is read in pieces, never whole
        // (the first-mention rule reads a document whole: an article, not an archive).
        if path != "-", DocumentFormat(path: path) == .plain, !whole, configuration.settings.firstMention == nil {
            let language = documentLanguage
            do throws(LintError) {
                var linter: Linter
                do { linter = try self.linter(for: language, on: nil) } catch { return .failure(.glossary(error)) }
                linter.jobs = jobs
                if let findings = try linter.lintPlainText(path: path) {
                    return .document(LintedDocument(name: name, language: language, text: [], findings: findings))
                }
            } catch {
                return .failure(WorkspaceError(error, file: name))
            }
        }
        do throws(WorkspaceError) {
            let bytes = try DocumentWalker.read(path)
            let linted = try lint(document: Document(name: name, bytes: bytes, format: DocumentFormat(path: path)), jobs: jobs)
            // The text is let go now unless the caller shows excerpts or fixes it.
            return .document(keepText || whole ? linted : LintedDocument(name: name, language: linted.language, text: [], findings: linted.findings))
        } catch {
            return .failure(error)
        }
    }

    /// A large plain-text file, delivered piece by piece.
    private func lintStreamed(_ path: String, jobs: Int, deliver: (FileLintEvent) -> Void) {
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

    /// The size of the file at `path`, 0 when it cannot be told (`stat`: Foundation's
    /// attributes dictionary cost more than linting a small file).
    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
