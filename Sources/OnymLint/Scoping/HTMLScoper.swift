/// HTML's prose: text nodes and the values of `alt` and `title` attributes;
/// not tags, comments, or the contents of `script`, `style`, `code` and `pre`.
enum HTMLScoper {
    static let skippedElements: Set<String> = ["script", "style", "code", "pre"]

    static func scope(_ text: [UInt8]) -> DocumentScope {
        var excluded: [Range<Int>] = []
        var language: String?
        var directives: [(word: String, end: Int)] = []
        var skipFrom: (name: String, start: Int)?
        var i = 0
        while i < text.count {
            guard text[i] == UInt8(ascii: "<") else { i += 1; continue }
            if text[i...].starts(with: Array("<!--".utf8)) {
                let end = commentEnd(text, from: i)
                excluded.append(i..<end)
                if let word = CommentDirectives.directive(String(decoding: text[(i + 4)..<max(i + 4, end - 3)], as: UTF8.self)) {
                    directives.append((word, end))
                }
                i = end
                continue
            }
            guard let close = tagEnd(text, from: i) else { excluded.append(i..<text.count); break }
            let tag = String(decoding: text[(i + 1)..<(close - 1)], as: UTF8.self)
            let closing = tag.hasPrefix("/")
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if let skip = skipFrom {
                if closing, name == skip.name {
                    excluded.append(skip.start..<close)
                    skipFrom = nil
                }
                i = close
                continue
            }
            // The tag itself is not prose, but its alt and title values are.
            var keep: [Range<Int>] = []
            for attribute in ["alt", "title"] {
                if let value = attributeValue(text, i..<close, attribute) { keep.append(value) }
            }
            if name == "html", let lang = attributeValue(text, i..<close, "lang") {
                language = String(decoding: text[lang], as: UTF8.self)
            }
            var start = i
            for k in keep.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                excluded.append(start..<k.lowerBound)
                start = k.upperBound
            }
            excluded.append(start..<close)
            if !closing, skippedElements.contains(name), !tag.hasSuffix("/") { skipFrom = (name, close) }
            i = close
        }
        if let skip = skipFrom { excluded.append(skip.start..<text.count) }
        excluded += CommentDirectives.ranges(directives, in: text)
        return DocumentScope(excluded: excluded.sorted { $0.lowerBound < $1.lowerBound }, language: language)
    }

    /// The end (exclusive) of the tag that starts at `i`, quotes respected.
    static func tagEnd(_ text: [UInt8], from i: Int) -> Int? {
        var j = i + 1
        var quote: UInt8?
        while j < text.count {
            let b = text[j]
            if let q = quote { if b == q { quote = nil } }
            else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b }
            else if b == UInt8(ascii: ">") { return j + 1 }
            j += 1
        }
        return nil
    }

    static func commentEnd(_ text: [UInt8], from i: Int) -> Int {
        var j = i + 4
        while j + 2 < text.count {
            if text[j] == UInt8(ascii: "-"), text[j + 1] == UInt8(ascii: "-"), text[j + 2] == UInt8(ascii: ">") { return j + 3 }
            j += 1
        }
        return text.count
    }

    /// All `<!-- … -->` comments of a text.
    static func comments(_ text: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let open = Array("<!--".utf8)
        while i + 4 <= text.count {
            if text[i] == UInt8(ascii: "<"), text[i...].starts(with: open) {
                let end = commentEnd(text, from: i)
                out.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The byte range of an attribute's value inside a tag (quoted or not).
    static func attributeValue(_ text: [UInt8], _ tag: Range<Int>, _ name: String) -> Range<Int>? {
        let lower = text[tag].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let pattern = Array(name.utf8)
        var i = 0
        while i + pattern.count < lower.count {
            let before = i == 0 ? UInt8(ascii: " ") : lower[i - 1]
            if (before == 0x20 || before == 0x09 || before == 0x0A || before == 0x0D), Array(lower[i..<(i + pattern.count)]) == pattern {
                var j = i + pattern.count
                while j < lower.count, lower[j] == 0x20 { j += 1 }
                if j < lower.count, lower[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < lower.count, lower[j] == 0x20 { j += 1 }
                    guard j < lower.count else { return nil }
                    let q = lower[j]
                    if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                        guard let end = lower[(j + 1)...].firstIndex(of: q) else { return nil }
                        return (tag.lowerBound + j + 1)..<(tag.lowerBound + end)
                    }
                    var end = j
                    while end < lower.count, lower[end] != 0x20, lower[end] != UInt8(ascii: ">") { end += 1 }
                    return (tag.lowerBound + j)..<(tag.lowerBound + end)
                }
            }
            i += 1
        }
        return nil
    }
}
