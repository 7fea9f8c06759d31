#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte offsets to 1-based line and column (in Unicode scalars).
///
/// A column is counted from the last position asked on the same line when that lies
/// before, so that the findings of one long line cost the line's length once, not once
/// each (a 1 MB line with 50,000 findings). Each piece of a text checked in parallel
/// asks through its own copy (``forPiece()``): the last position is one thread's.
struct LineIndex {
    let text: [UInt8]
    private let starts: [Int]
    private var last = LastPosition()

    /// The last position asked: its offset, line index and column. Only the thread that
    /// owns this copy of the index reads or writes it.
    private final class LastPosition: @unchecked Sendable {
        var offset = -1, lineIndex = -1, column = 0
    }

    init(_ text: [UInt8]) {
        self.text = text
        var starts = [0]
        text.withUnsafeBytes { all in
            guard let base = all.baseAddress else { return }
            var from = 0
            while from < all.count, let hit = memchr(base + from, 0x0A, all.count - from) {
                from = base.distance(to: UnsafeRawPointer(hit)) + 1
                starts.append(from)
            }
        }
        self.starts = starts
    }

    /// The line breaks in the text.
    var breaks: Int { starts.count - 1 }

    /// A copy that remembers its own last position (one per piece checked in parallel).
    func forPiece() -> LineIndex {
        var copy = self
        copy.last = LastPosition()
        return copy
    }

    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var from = starts[low], column = 1
        if last.lineIndex == low, last.offset <= offset, last.offset >= from { (from, column) = (last.offset, last.column) }
        for b in text[from..<offset] where b & 0xC0 != 0x80 { column += 1 }
        (last.offset, last.lineIndex, last.column) = (offset, low, column)
        return (low + 1, column)
    }
}
