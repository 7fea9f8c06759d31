/// What is wrong with a name in a text.
public enum FindingKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A listed or generated variant (deprecated form): Kiev for Kyiv.
    case variant
    /// A form that must never appear.
    case forbidden
    /// The preferred form without its diacritics: Turkiye for Türkiye.
    case diacritics
    /// The preferred form in the wrong case: kyiv, KYiv.
    case `case`
    /// An unlisted near miss of a preferred form: Türkye.
    case misspelling
    /// A look-alike with letters of another script: Kyіv with a Cyrillic і.
    case confusable
    /// A name with an invisible character inside: Tür\u{AD}kiye.
    case invisible
    /// A right name with another apostrophe than the house's (`.onym.yaml` `typography:`).
    case typography
    /// The first mention of a renamed name without its former one ("Türkiye (formerly
    /// Turkey)"), when the house requires it (`.onym.yaml` `first-mention: { formerly: must }`).
    case firstMention = "first-mention"

    /// The severity unless configured otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .forbidden, .confusable: .error
        case .variant, .diacritics, .misspelling, .invisible: .warning
        case .case, .typography, .firstMention: .info
        }
    }

    /// One sentence saying what the kind is (SARIF's rule descriptions, LanguageTool's rules).
    public var summary: String {
        switch self {
        case .variant: "A variant form of a name; the glossary prefers another."
        case .forbidden: "A form of a name that must not appear."
        case .diacritics: "A name without the diacritics of its preferred form."
        case .case: "A name in the wrong case."
        case .misspelling: "A near miss of a name in the glossary."
        case .confusable: "A name with letters from another script that look alike."
        case .invisible: "A name with an invisible character inside."
        case .typography: "A name with another apostrophe than the house style's."
        case .firstMention: "The first mention of a renamed name without its former one."
        }
    }
}
