#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A piece of a plain-text file, checked: its bytes, where they start in the file, and its
/// findings (positions in the file). A reporter shows excerpts from `bytes`.
public struct LintedPiece: Sendable {
    public let start: Int
    public let bytes: [UInt8]
    public let findings: [Finding]
}

extension Linter {
    /// Findings in the plain-text file at `path`, read in pieces cut at line breaks and
    /// never held whole: a 100 MB file costs a piece of memory per thread. The same
    /// findings as reading the file and calling ``lint(_:excluded:)`` with
    /// ``PlainTextScoper``'s ranges. Nil when the file cannot be opened.
    public func lintPlainText(path: String) throws(LintError) -> [Finding]? {
        var findings: [Finding] = []
        guard try lintPlainText(path: path, deliver: { findings += $0.findings }) else { return nil }
        return findings
    }

    /// Checks the plain-text file at `path` piece by piece and hands each piece's findings to
    /// `deliver`, in order, as soon as they are known: each of `jobs` threads reads, scopes
    /// and checks the next piece, and at most a few pieces wait to be delivered, so memory
    /// stays bounded however large the file and however many its findings. False when the
    /// file cannot be opened; invalid UTF-8 is thrown after the pieces before it were delivered.
    public func lintPlainText(path: String, deliver: (LintedPiece) -> Void) throws(LintError) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        guard info.st_mode & S_IFMT == S_IFREG else {
            // A pipe or a device has no size to cut by: read it whole.
            var text: [UInt8] = []
            var block = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                text += block[0..<n]
            }
            deliver(LintedPiece(start: 0, bytes: text, findings: try lint(text, excluded: PlainTextScoper.excludedRanges(in: text))))
            return true
        }
        let file = FilePieces(fd: fd, size: Int(info.st_size), pieceSize: pieceSize)
        var failure: LintError?
        var state = PlainTextScoper.State()
        var line = 1
        var column = 0  // scalars between the start of the line and the piece (a long line's pieces)
        // Every piece is first checked as if no directive of an earlier piece were in force.
        OrderedParallelMap.forEach(Array(0..<file.count), jobs: jobs, { p in
            let range = file.range(p)
            let bytes = file.read(range)
            return (bytes, check(bytes, at: range.lowerBound, from: PlainTextScoper.State()))
        }, deliver: { (bytes: [UInt8], first: PieceOutcome) in
            guard failure == nil else { return }
            var outcome = first
            // Rare: a directive (onym: disable) runs on into this piece; check it again with it.
            if state != PlainTextScoper.State() { outcome = check(bytes, at: outcome.start, from: state) }
            state = outcome.state
            switch outcome.result {
            case .success(let found):
                deliver(LintedPiece(start: outcome.start, bytes: bytes,
                                    findings: found.map { $0.moved(byBytes: outcome.start, lines: line - 1, columns: column) }))
            case .failure(.invalidUTF8(let at, let atLine)):
                failure = .invalidUTF8(offset: outcome.start + at, line: line - 1 + atLine)
            }
            line += outcome.breaks
            column = outcome.breaks > 0 ? outcome.lastLineScalars : column + outcome.lastLineScalars
        })
        if let failure { throw failure }
        return true
    }

    /// What one piece gave: its findings (positions within the piece), where it starts and
    /// how long it is, its line breaks, the scalars after the last, and the directives' state after it.
    struct PieceOutcome: Sendable {
        var result: Result<[Finding], LintError>
        var start: Int
        var count: Int
        var breaks: Int
        var lastLineScalars: Int
        var state: PlainTextScoper.State
    }

    /// Scopes and checks `piece`, which starts at byte `start` of its file.
    private func check(_ piece: [UInt8], at start: Int, from state: PlainTextScoper.State) -> PieceOutcome {
        var after = state
        let excluded = PlainTextScoper.excludedRanges(in: piece, from: &after)
        let lines = LineIndex(piece)
        let result: Result<[Finding], LintError>
        do throws(LintError) {
            let found = try lint(piece, piece: 0..<piece.count, skip: ExcludedRanges(excluded), lines: lines)
            result = .success(found.compactMap(configured))
        } catch {
            result = .failure(error)
        }
        let lastLine = (piece.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)..<piece.count
        let scalars = piece[lastLine].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return PieceOutcome(result: result, start: start, count: piece.count, breaks: lines.breaks, lastLineScalars: scalars, state: after)
    }
}

extension Finding {
    /// The same finding in a text that starts `bytes` bytes and `lines` lines earlier, and
    /// `columns` scalars into its first line.
    func moved(byBytes bytes: Int, lines: Int, columns: Int) -> Finding {
        Finding(line: line + lines, column: line == 1 ? column + columns : column, byteOffset: byteOffset + bytes, length: length, found: found,
                suggestion: suggestion, concept: concept, kind: kind, severity: severity, message: message)
    }
}
