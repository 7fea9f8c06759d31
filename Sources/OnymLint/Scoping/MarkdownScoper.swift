/// Markdown's prose: not the front matter (except the values of `title`,
/// `description` and `summary`), code spans and blocks, HTML comments and tags,
/// link and image destinations, autolinks, bare URLs and e-mail addresses.
/// Link text and alt text are checked.
enum MarkdownScoper {
    static func scope(_ text: [UInt8]) -> DocumentScope {
        var excluded: [Range<Int>] = []
        var language: String?
        var date: String?
        let lines = lineRanges(text)
        var index = 0
        // Front matter: ---, YAML lines, --- (or ...).
        if let first = lines.first, line(text, first) == "---" {
            var end = 1
            while end < lines.count, line(text, lines[end]) != "---", line(text, lines[end]) != "..." { end += 1 }
            if end < lines.count {
                for r in lines[0...end] {
                    let l = line(text, r)
                    guard let colon = l.firstIndex(of: ":") else { excluded.append(r); continue }
                    let key = l[..<colon].trimmingSpaces()
                    let value = String(l[l.index(after: colon)...]).trimmingSpaces().trimmingQuotes()
                    if key == "lang" || key == "language" { language = value }
                    if key == "date" { date = DocumentDate.day(value) }
                    if ["title", "description", "summary"].contains(key) {
                        let valueStart = r.lowerBound + l[...colon].utf8.count
                        excluded.append(r.lowerBound..<valueStart)
                    } else {
                        excluded.append(r)
                    }
                }
                index = end + 1
            }
        }
        var fence: String?
        var previousBlank = true
        var directives: [(word: String, end: Int)] = []
        while index < lines.count {
            let r = lines[index]
            let l = line(text, r)
            let trimmed = l.drop { $0 == " " }
            let indent = l.count - trimmed.count
            index += 1
            if let open = fence {
                excluded.append(r)
                if indent < 4, trimmed.hasPrefix(open), trimmed.drop(while: { $0 == open.first }).trimmingSpaces().isEmpty { fence = nil }
                continue
            }
            if indent < 4, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix { $0 == trimmed.first })
                excluded.append(r)
                continue
            }
            if (indent >= 4 || l.hasPrefix("\t")), previousBlank, !trimmed.isEmpty {
                // An indented code block: it runs until a line that is not indented.
                excluded.append(r)
                while index < lines.count {
                    let next = line(text, lines[index])
                    guard next.hasPrefix("    ") || next.hasPrefix("\t") || next.trimmingSpaces().isEmpty else { break }
                    excluded.append(lines[index])
                    index += 1
                }
                previousBlank = false
                continue
            }
            previousBlank = trimmed.isEmpty
            excluded += inline(text, r)
        }
        // HTML comments may span lines; their directives switch checking off.
        let comments = HTMLScoper.comments(text)
        for c in comments {
            excluded.append(c)
            if let word = CommentDirectives.directive(String(decoding: text[(c.lowerBound + 4)..<max(c.lowerBound + 4, c.upperBound - 3)], as: UTF8.self)) {
                directives.append((word, c.upperBound))
            }
        }
        excluded += CommentDirectives.ranges(directives, in: text)
        // HTML inside Markdown sets the language of its elements' content as in an HTML page.
        let parts = text.contains(UInt8(ascii: "<")) ? HTMLScoper.languageParts(text) : []
        return DocumentScope(excluded: excluded.sorted { $0.lowerBound < $1.lowerBound }, language: language, parts: parts, date: date)
    }

    /// Code spans, link destinations, autolinks, HTML tags, bare URLs and e-mail addresses of one line.
    static func inline(_ text: [UInt8], _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = r.lowerBound
        while i < r.upperBound {
            let b = text[i]
            if b == UInt8(ascii: "`") {
                var run = 0
                while i + run < r.upperBound, text[i + run] == b { run += 1 }
                var j = i + run
                var closed = false
                while j < r.upperBound {
                    if text[j] == b {
                        var other = 0
                        while j + other < r.upperBound, text[j + other] == b { other += 1 }
                        if other == run { out.append(i..<(j + other)); i = j + other; closed = true; break }
                        j += other
                    } else { j += 1 }
                }
                if !closed { i += run }
                continue
            }
            if b == UInt8(ascii: "]"), i + 1 < r.upperBound, text[i + 1] == UInt8(ascii: "(") {
                var j = i + 2, depth = 1
                while j < r.upperBound, depth > 0 {
                    if text[j] == UInt8(ascii: "(") { depth += 1 }
                    if text[j] == UInt8(ascii: ")") { depth -= 1 }
                    j += 1
                }
                out.append((i + 1)..<j)
                i = j
                continue
            }
            if b == UInt8(ascii: "["), let close = text[i..<r.upperBound].firstIndex(of: UInt8(ascii: "]")),
               close + 1 < r.upperBound, text[close + 1] == UInt8(ascii: ":"), i == firstNonSpace(text, r) {
                out.append((close + 1)..<r.upperBound)  // [id]: destination "title"
                break
            }
            if b == UInt8(ascii: "<"), let close = text[i..<r.upperBound].firstIndex(of: UInt8(ascii: ">")) {
                let inner = text[(i + 1)..<close]
                if let first = inner.first, first == UInt8(ascii: "/") || first == UInt8(ascii: "!") || (first | 0x20 >= 0x61 && first | 0x20 <= 0x7A) {
                    out.append(i..<(close + 1))  // an HTML tag or an autolink
                    i = close + 1
                    continue
                }
            }
            i += 1
        }
        out += PlainTextScoper.tokens(text, r).filter { PlainTextScoper.isURLOrEmail(text[$0]) }
        return out
    }

    static func firstNonSpace(_ text: [UInt8], _ r: Range<Int>) -> Int {
        var i = r.lowerBound
        while i < r.upperBound, text[i] == 0x20 { i += 1 }
        return i
    }

    static func lineRanges(_ text: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (i, b) in text.enumerated() where b == 0x0A {
            out.append(start..<(i > start && text[i - 1] == 0x0D ? i - 1 : i))
            start = i + 1
        }
        if start < text.count { out.append(start..<text.count) }
        return out
    }

    static func line(_ text: [UInt8], _ r: Range<Int>) -> String { String(decoding: text[r], as: UTF8.self) }
}

extension String {
    func trimmingQuotes() -> String {
        guard count >= 2, let f = first, let l = last, f == l, f == "\"" || f == "'" else { return self }
        return String(dropFirst().dropLast())
    }
}
