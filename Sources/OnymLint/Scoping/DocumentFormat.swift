/// How a document is scoped: which of its bytes are prose.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case plain, markdown, html

    /// By file extension: `.md` and `.markdown` are Markdown, `.html` and `.htm` HTML, the rest plain text.
    public init(path: String) {
        let ext = path.split(separator: "/").last?.split(separator: ".").dropFirst().last.map { $0.lowercased() } ?? ""
        switch ext {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        default: self = .plain
        }
    }
}
