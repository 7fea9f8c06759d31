#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file cut into pieces of about `pieceSize` bytes, each read on its own
/// (`pread`) by the thread that checks it: reading is spread over the threads and no
/// thread waits for a batch to be read, nor for the slowest piece of a batch.
///
/// Piece p runs from `cut(p × size)` to `cut((p + 1) × size)`, and `cut` depends only on
/// the file, so neighbours agree on their common end without talking to each other.
struct FilePieces {
    let fd: Int32
    let size: Int
    let pieceSize: Int

    var count: Int { (size + pieceSize - 1) / pieceSize }

    /// The byte range of piece `p` (empty when a long line swallowed it).
    func range(_ p: Int) -> Range<Int> {
        let start = cut(p * pieceSize)
        return start..<max(start, cut((p + 1) * pieceSize))
    }

    /// The bytes of `range`; fewer when the file shrank while being read.
    func read(_ range: Range<Int>) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, range.count - done, off_t(range.lowerBound + done)) }
            if n <= 0 { break }
            done += n
        }
        bytes.removeLast(range.count - done)
        return bytes
    }

    /// Where a piece that nominally starts at `x` starts: after the first line break at
    /// `x - 1` or later; on a line longer than four pieces, after its first space, or at a
    /// scalar's start (names do not run across lines, and seldom across a space's cut).
    func cut(_ x: Int) -> Int {
        if x <= 0 { return 0 }
        if x >= size { return size }
        let window = 4 * pieceSize
        var from = x - 1, space: Int?
        var chunk = 4096
        while from < min(size, x - 1 + window) {
            let bytes = read(from..<min(size, from + chunk, x - 1 + window))
            if bytes.isEmpty { return size }
            if let n = bytes.firstIndex(of: 0x0A) { return from + n + 1 }
            if space == nil, let s = bytes.firstIndex(of: 0x20) { space = from + s }
            from += bytes.count
            chunk = min(chunk * 4, 1 << 20)
        }
        if from >= size { return size }
        if let space { return space + 1 }
        var c = x
        for byte in read(max(0, x - 3)..<(x + 1)).reversed() {
            guard byte & 0xC0 == 0x80 else { break }
            c -= 1
        }
        return c
    }
}
