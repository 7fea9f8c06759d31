/// `<!-- onym-disable -->`, `<!-- onym-enable -->` and `<!-- onym-disable-next-line -->`
/// in Markdown and HTML: the byte ranges they switch off.
enum CommentDirectives {
    /// The directive an HTML comment's text holds, if any.
    static func directive(_ comment: String) -> String? {
        let body = comment.trimmingSpaces()
        for word in ["onym-disable-next-line", "onym-disable", "onym-enable"] where body == word { return word }
        return nil
    }

    /// Ranges switched off by the directives found at `positions` (comment end offsets) in `text`.
    static func ranges(_ directives: [(word: String, end: Int)], in text: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var disabledFrom: Int?
        for (word, end) in directives.sorted(by: { $0.end < $1.end }) {
            switch word {
            case "onym-disable": if disabledFrom == nil { disabledFrom = end }
            case "onym-enable":
                if let from = disabledFrom { out.append(from..<end); disabledFrom = nil }
            default:
                // The line after the comment's line.
                var i = end
                while i < text.count, text[i] != 0x0A { i += 1 }
                let start = min(i + 1, text.count)
                var stop = start
                while stop < text.count, text[stop] != 0x0A { stop += 1 }
                out.append(start..<stop)
            }
        }
        if let from = disabledFrom { out.append(from..<text.count) }
        return out
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
