#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Linter {
    /// Findings in the plain-text file at `path`, read in pieces cut at line breaks and
    /// never held whole: a 100 MB file costs a piece of memory per thread. Each of `jobs`
    /// threads reads, scopes and checks the next piece; the pieces' findings are then put
    /// in order. The same findings as reading the file and calling ``lint(_:excluded:)``
    /// with ``PlainTextScoper``'s ranges. Nil when the file cannot be opened.
    public func lintPlainText(path: String) throws(LintError) -> [Finding]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFREG else {
            // A pipe or a device has no size to cut by: read it whole.
            var text: [UInt8] = []
            var block = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                text += block[0..<n]
            }
            return try lint(text, excluded: PlainTextScoper.excludedRanges(in: text))
        }
        let file = FilePieces(fd: fd, size: Int(info.st_size), pieceSize: pieceSize)
        // Every piece is first checked as if no directive of an earlier piece were in force.
        let outcomes = OrderedParallelMap.map(Array(0..<file.count), jobs: jobs) { p in
            let range = file.range(p)
            return check(file.read(range), at: range.lowerBound, from: PlainTextScoper.State())
        }
        var findings: [Finding] = []
        var state = PlainTextScoper.State()
        var line = 1
        var column = 0  // scalars between the start of the line and the piece (a long line's pieces)
        for var outcome in outcomes {
            // Rare: a directive (onym: disable) runs on into this piece; check it again with it.
            if state != PlainTextScoper.State() {
                outcome = check(file.read(outcome.start..<(outcome.start + outcome.count)), at: outcome.start, from: state)
            }
            state = outcome.state
            switch outcome.result {
            case .success(let found):
                findings += found.map { $0.moved(byBytes: outcome.start, lines: line - 1, columns: column) }
            case .failure(.invalidUTF8(let at, let atLine)):
                throw .invalidUTF8(offset: outcome.start + at, line: line - 1 + atLine)
            }
            line += outcome.breaks
            column = outcome.breaks > 0 ? outcome.lastLineScalars : column + outcome.lastLineScalars
        }
        return findings
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
