import OnymText

extension GlossaryProblem {
    /// The same words for the same mistake, whichever format the glossary came in.
    static func invalidIdMessage(_ id: String) -> String {
        "concept id '\(id)' must match [a-z0-9][a-z0-9._-]* (lower case, no spaces)"
    }

    static func invalidKindMessage(_ kind: String) -> String {
        "kind '\(kind)' is not one of \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", "))"
    }

    static func invalidLanguageMessage(_ tag: String) -> String {
        TextError.invalidLanguageTag(tag).description
    }
}
