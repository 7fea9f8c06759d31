/// HTML's prose: text nodes and the values of `alt` and `title` attributes;
/// not tags, comments, or the contents of `script`, `style`, `code` and `pre`.
enum HTMLScoper {
    static let skippedElements: Set<String> = ["script", "style", "code", "pre"]

    static func scope(_ text: [UInt8]) -> DocumentScope {
        var excluded: [Range<Int>] = []
        var language: String?
        // The day the page says it was published, and its first <time datetime>, the fallback.
        var published: String?, firstTime: String?
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
            if name == "meta", published == nil, let property = attributeValue(text, i..<close, "property"),
               text[property].elementsEqual("article:published_time".utf8), let content = attributeValue(text, i..<close, "content") {
                published = DocumentDate.day(String(decoding: text[content], as: UTF8.self))
            }
            if name == "time", firstTime == nil, !closing, let value = attributeValue(text, i..<close, "datetime") {
                firstTime = DocumentDate.day(String(decoding: text[value], as: UTF8.self))
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
        return DocumentScope(excluded: excluded.sorted { $0.lowerBound < $1.lowerBound }, language: language, parts: languageParts(text),
                             date: published ?? firstTime)
    }

    /// Elements void in HTML: they have no content and no end tag.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    /// The parts of `text` inside elements with a `lang` attribute (not `<html>`, whose
    /// language is the document's), the innermost element's language for each byte. Tags
    /// are paired by name, counting nested elements of the same name; an element left
    /// open runs to the end. One pass over the text, a stack as deep as the nesting.
    static func languageParts(_ text: [UInt8]) -> [LanguagePart] {
        // Open elements that set a language (name, language, nesting of that name), innermost last.
        var open: [(name: String, language: String, depth: Int)] = []
        var parts: [LanguagePart] = []
        var partStart = 0
        func cut(at end: Int) {
            if let top = open.last, end > partStart { parts.append(LanguagePart(range: partStart..<end, language: top.language)) }
            partStart = end
        }
        var i = 0
        while i < text.count {
            guard let lt = text[i...].firstIndex(of: UInt8(ascii: "<")) else { break }
            i = lt
            if text[i...].starts(with: Array("<!--".utf8)) { i = commentEnd(text, from: i); continue }
            guard let close = tagEnd(text, from: i) else { break }
            let tag = text[(i + 1)..<(close - 1)]
            let closing = tag.first == UInt8(ascii: "/")
            let name = String(decoding: tag.drop { $0 == UInt8(ascii: "/") }.prefix { KeyText.isWordByte($0) }, as: UTF8.self).lowercased()
            if name.isEmpty || name == "html" { i = close; continue }
            if closing {
                if let top = open.last, top.name == name {
                    if top.depth == 0 {
                        cut(at: i)
                        open.removeLast()
                        partStart = close
                    } else {
                        open[open.count - 1].depth -= 1
                    }
                }
            } else if !voidElements.contains(name), tag.last != UInt8(ascii: "/") {
                if let value = attributeValue(text, i..<close, "lang") {
                    cut(at: i)
                    open.append((name, String(decoding: text[value], as: UTF8.self), 0))
                    partStart = close
                } else if let top = open.last, top.name == name {
                    open[open.count - 1].depth += 1
                }
            }
            i = close
        }
        cut(at: text.count)
        return parts
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
