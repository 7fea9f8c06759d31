#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Linter {
    /// Findings in the plain-text file at `path`, read in pieces cut at line breaks and
    /// never held whole: a 100 MB file costs a few pieces of memory, and the pieces are
    /// scoped, checked and counted on `jobs` threads. The same findings as reading the
    /// file and calling ``lint(_:excluded:)`` with ``PlainTextScoper``'s ranges.
    /// Nil when the file cannot be opened.
    public func lintPlainText(path: String) throws(LintError) -> [Finding]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var findings: [Finding] = []
        var carry: [UInt8] = []
        var batch: [[UInt8]] = []
        var offset = 0, line = 1
        var state = PlainTextScoper.State()
        var block = [UInt8](repeating: 0, count: pieceSize)
        var atEnd = false
        while !atEnd {
            let n = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { atEnd = true } else { carry += block[0..<n] }
            // A piece ends after its last line break (or, on a line longer than four pieces, at a scalar's start).
            if atEnd {
                if !carry.isEmpty { batch.append(carry) }
                carry = []
            } else if let cut = carry.lastIndex(of: 0x0A) {
                batch.append(Array(carry[...cut]))
                carry.removeFirst(cut + 1)
            } else if carry.count > 4 * pieceSize {
                var cut = carry.count
                while cut > 0, carry[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
                cut = cut > 0 ? cut - 1 : carry.count
                batch.append(Array(carry[..<cut]))
                carry.removeFirst(cut)
            }
            if batch.count >= max(2, 2 * jobs) || (atEnd && !batch.isEmpty) {
                findings += try lintBatch(batch, offset: &offset, line: &line, state: &state)
                batch = []
            }
        }
        return findings
    }

    /// One batch of consecutive pieces: scoping state is carried from piece to piece (only
    /// pieces that hold a directive, or follow one, are scoped in order), the rest in parallel.
    private func lintBatch(_ pieces: [[UInt8]], offset: inout Int, line: inout Int,
                           state: inout PlainTextScoper.State) throws(LintError) -> [Finding] {
        var scoped: [[Range<Int>]?] = []
        for piece in pieces {
            if state == PlainTextScoper.State(), !PlainTextScoper.mayHoldDirective(piece) {
                scoped.append(nil)
            } else {
                scoped.append(PlainTextScoper.excludedRanges(in: piece, from: &state))
            }
        }
        let work = Array(zip(pieces, scoped))
        let results = OrderedParallelMap.map(work, jobs: jobs) { piece, ranges -> (Result<[Finding], LintError>, Int) in
            let excluded = ranges ?? PlainTextScoper.excludedRanges(in: piece)
            let breaks = piece.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            do throws(LintError) {
                let found = try lint(piece, piece: 0..<piece.count, skip: ExcludedRanges(excluded), lines: LineIndex(piece))
                return (.success(found.compactMap(configured)), breaks)
            } catch {
                return (.failure(error), breaks)
            }
        }
        var findings: [Finding] = []
        for ((result, breaks), piece) in zip(results, pieces) {
            switch result {
            case .success(let found):
                findings += found.map { $0.moved(byBytes: offset, lines: line - 1) }
            case .failure(.invalidUTF8(let at, let atLine)):
                throw .invalidUTF8(offset: offset + at, line: line - 1 + atLine)
            }
            offset += piece.count
            line += breaks
        }
        return findings
    }
}

extension Finding {
    /// The same finding in a text that starts `bytes` bytes and `lines` lines earlier.
    func moved(byBytes bytes: Int, lines: Int) -> Finding {
        Finding(line: line + lines, column: column, byteOffset: byteOffset + bytes, length: length, found: found,
                suggestion: suggestion, concept: concept, kind: kind, severity: severity, message: message)
    }
}
