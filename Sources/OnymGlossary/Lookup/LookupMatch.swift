/// One concept found by `onym lookup`, with how the query reached it.
public struct LookupMatch: Sendable {
    /// How the query matched the form.
    public enum How: String, Sendable, Codable {
        /// The form itself, as written (NFC).
        case exact
        /// Equal after folding case, diacritics, apostrophes and invisible characters.
        case key
        /// Equal after writing both in Latin letters.
        case translit
        /// Within a small edit distance.
        case fuzzy
    }

    public let concept: Concept
    public let generated: [String: [GeneratedTerm]]
    public let how: How
    /// The status of the form that matched (`generated` for a form Onym derived).
    public let status: TermStatus
    /// The language of the form that matched.
    public let language: String
    /// The form that matched.
    public let matched: String
    /// 1.0 for an exact match on a form the glossary's authors wrote, less for looser ones.
    public let score: Double

    public init(concept: Concept, generated: [String: [GeneratedTerm]], how: How, status: TermStatus, language: String,
                matched: String, score: Double) {
        self.concept = concept
        self.generated = generated
        self.how = how
        self.status = status
        self.language = language
        self.matched = matched
        self.score = score
    }
}
