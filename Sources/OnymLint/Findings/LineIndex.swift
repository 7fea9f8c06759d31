#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte offsets to 1-based line and column (in Unicode scalars).
struct LineIndex {
    let text: [UInt8]
    private let starts: [Int]

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

    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        for b in text[starts[low]..<offset] where b & 0xC0 != 0x80 { column += 1 }
        return (low + 1, column)
    }
}
