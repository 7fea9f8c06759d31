/// The forms of one concept's name in one language.
public struct TermSet: Sendable, Hashable, Codable {
    /// The one form to use.
    public var preferred: String
    /// Acceptable alternatives.
    public var admitted: [String]
    /// Known wrong forms (deprecated): the linter suggests `preferred`.
    public var variants: [String]
    /// Forms that must never appear.
    public var forbidden: [String]
    /// Phrases in which a variant is correct ("Chicken Kiev").
    public var allow: [String]
    /// A note for texts in this language (English uses no article before Ukraine); the
    /// concept's note is the default.
    public var note: String?

    public init(preferred: String, admitted: [String] = [], variants: [String] = [], forbidden: [String] = [], allow: [String] = [],
                note: String? = nil) {
        self.preferred = preferred
        self.admitted = admitted
        self.variants = variants
        self.forbidden = forbidden
        self.allow = allow
        self.note = note
    }

    /// Every form typed by a person, with its status, preferred first.
    public var forms: [(form: String, status: TermStatus)] {
        [(preferred, .preferred)] + admitted.map { ($0, .admitted) } + variants.map { ($0, .deprecated) }
            + forbidden.map { ($0, .forbidden) }
    }
}
