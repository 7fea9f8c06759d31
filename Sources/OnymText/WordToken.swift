/// One UAX #29 segment of a text: a word, a number, or what lies between.
public struct WordToken: Sendable, Hashable, Codable {
    /// What kind of segment this is, from ICU's rule status.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Letters (including kana and ideographs).
        case word
        /// Digits.
        case number
        /// Spaces, punctuation and symbols.
        case other
    }

    /// The segment's text.
    public let text: String
    /// Its range in the UTF-8 bytes of the whole text.
    public let utf8Range: Range<Int>
    /// Word, number or other.
    public let kind: Kind

    /// True for words and numbers.
    public var isWordLike: Bool { kind != .other }
}
