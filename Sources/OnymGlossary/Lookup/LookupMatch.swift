/// One concept found by `onym lookup`, with how the query reached it.
public struct LookupMatch: Sendable {
    /// How the query matched: a form's status for an exact match, else the stage that found it.
    public enum How: String, Sendable, Codable {
        case preferred, admitted, variant, forbidden, generated
        /// Equal after folding case, diacritics, apostrophes and invisible characters.
        case key
        /// Equal after writing both in Latin letters.
        case transliteration
        /// Within a small edit distance.
        case fuzzy
    }

    public let concept: Concept
    public let generated: [String: [GeneratedTerm]]
    public let how: How
    /// The language of the form that matched.
    public let language: String
    /// The form that matched.
    public let matched: String
    /// 1.0 for an exact match, less for looser ones.
    public let score: Double
}
