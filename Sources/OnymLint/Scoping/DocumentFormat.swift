/// How a document is scoped: which of its bytes are prose.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case plain, markdown, html

    /// By file extension: `.md` and `.markdown` are Markdown, `.html` and `.htm` HTML, the rest plain text.
    public init(path: String) {
        // The extension from the name's end, by bytes: asked for each file of an archive,
        // splitting the whole path into strings cost more than a lint of a small file.
        let utf8 = path.utf8
        var ext = ""
        if let dot = utf8.lastIndex(of: UInt8(ascii: ".")) {
            let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
            if dot > name, utf8.distance(from: dot, to: utf8.endIndex) <= 9 {
                ext = String(Substring(utf8[utf8.index(after: dot)...])).lowercased()
            }
        }
        switch ext {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        default: self = .plain
        }
    }
}
