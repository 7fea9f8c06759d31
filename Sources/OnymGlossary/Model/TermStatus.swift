/// How a form of a name may be used.
public enum TermStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The one form to use.
    case preferred
    /// An acceptable alternative.
    case admitted
    /// A known wrong form ("variants" in YAML): suggest the preferred one.
    case deprecated
    /// A form that must never appear.
    case forbidden
    /// Derived by Onym (transliteration, stripped diacritics); treated as deprecated.
    case generated

    /// The word users read: `variant` for deprecated (as the YAML's `variants:`), else the raw value.
    public var word: String { self == .deprecated ? "variant" : rawValue }

    /// The TBX `administrativeStatus` value.
    public var tbxValue: String {
        switch self {
        case .preferred: "preferredTerm-admn-sts"
        case .admitted: "admittedTerm-admn-sts"
        case .deprecated, .generated: "deprecatedTerm-admn-sts"
        case .forbidden: "supersededTerm-admn-sts"
        }
    }
}
