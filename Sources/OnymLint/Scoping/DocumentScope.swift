/// The parts of a document not to check, and the language it declares.
public struct DocumentScope: Sendable, Equatable {
    /// Byte ranges the linter skips.
    public var excluded: [Range<Int>]
    /// `lang:`/`language:` in Markdown front matter, or `<html lang>`.
    public var language: String?
    /// Parts in a language of their own, in order and apart: the content of HTML elements
    /// with a `lang` attribute (`<span lang="uk">…</span>`), the innermost element's language.
    public var parts: [LanguagePart]
    /// The day the document says it was written (`YYYY-MM-DD`): Markdown front matter's
    /// `date:`, or HTML's `<meta property="article:published_time">`, else its first
    /// `<time datetime>`; nil when it says none (or no real day).
    public var date: String?

    public init(excluded: [Range<Int>], language: String? = nil, parts: [LanguagePart] = [], date: String? = nil) {
        self.excluded = excluded
        self.language = language
        self.parts = parts
        self.date = date
    }

    /// The scope of a document of the given format.
    public static func of(_ text: [UInt8], format: DocumentFormat) -> DocumentScope {
        switch format {
        case .plain: DocumentScope(excluded: PlainTextScoper.excludedRanges(in: text))
        case .markdown: MarkdownScoper.scope(text)
        case .html: HTMLScoper.scope(text)
        }
    }
}
