/// A part of a document in a language of its own: an HTML element's `lang`.
public struct LanguagePart: Sendable, Equatable {
    /// The part's bytes.
    public var range: Range<Int>
    /// Its language tag as written (`uk`, `de-CH`).
    public var language: String

    public init(range: Range<Int>, language: String) {
        self.range = range
        self.language = language
    }
}
