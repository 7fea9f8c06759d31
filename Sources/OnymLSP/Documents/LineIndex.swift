/// Where each line of a text starts, to turn byte offsets into LSP positions and back in
/// either encoding. Lines end at `\n`, `\r\n` or `\r`, as LSP counts them.
public struct LineIndex: Sendable {
    public let text: [UInt8]
    /// Byte offsets of line starts; the first is 0.
    public let starts: [Int]

    public init(_ text: [UInt8]) {
        self.text = text
        var starts = [0]
        var i = 0
        while i < text.count {
            if text[i] == 0x0A {
                starts.append(i + 1)
            } else if text[i] == 0x0D {
                if i + 1 < text.count, text[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.starts = starts
    }

    /// The line's content end (before its line break).
    func end(ofLine line: Int) -> Int {
        var end = line + 1 < starts.count ? starts[line + 1] : text.count
        if end > starts[line], line + 1 < starts.count {
            end -= 1
            if end > starts[line], text[end] == 0x0A, text[end - 1] == 0x0D { end -= 1 }
        }
        return end
    }

    /// The LSP position of a byte offset.
    public func position(of offset: Int, _ encoding: PositionEncoding) -> (line: Int, character: Int) {
        let offset = max(0, min(offset, text.count))
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let start = starts[low]
        switch encoding {
        case .utf8: return (low, offset - start)
        case .utf16:
            var units = 0, i = start
            while i < offset {
                let lead = text[i]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                units += length == 4 ? 2 : 1
                i += length
            }
            return (low, units)
        }
    }

    /// The byte offset of an LSP position; a line past the end is the end of the text, a
    /// character past the line's end is its end (as the protocol asks).
    public func offset(line: Int, character: Int, _ encoding: PositionEncoding) -> Int {
        guard line >= 0 else { return 0 }
        guard line < starts.count else { return text.count }
        let start = starts[line], end = self.end(ofLine: line)
        switch encoding {
        case .utf8: return min(start + max(0, character), end)
        case .utf16:
            var units = 0, i = start
            while i < end, units < character {
                let lead = text[i]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                units += length == 4 ? 2 : 1
                i += length
            }
            return min(i, end)
        }
    }
}
