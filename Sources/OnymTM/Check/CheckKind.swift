import OnymLint

/// What `onym check` finds in a pair: the linter's kinds in the target, and the bilingual ones.
public enum CheckKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The source names a concept and the target lacks its preferred form.
    case term
    case variant, forbidden, diacritics, `case`, misspelling, confusable, invisible
    /// The same source translated otherwise in the file, or otherwise than a 100 % match of the memory.
    case inconsistent
    /// An empty target, or a target that is the source and the source is not a name.
    case untranslated

    public init(_ kind: FindingKind) { self = CheckKind(rawValue: kind.rawValue)! }

    public var defaultSeverity: Severity {
        switch self {
        case .term, .inconsistent, .untranslated: .warning
        default: FindingKind(rawValue: rawValue)!.defaultSeverity
        }
    }
}
