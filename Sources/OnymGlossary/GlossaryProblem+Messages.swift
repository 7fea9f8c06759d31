import OnymText

extension GlossaryProblem {
    /// The same words for the same mistake, whichever format the glossary came in.
    package static func invalidIdMessage(_ id: String) -> String {
        "concept id '\(id)' must match [a-z0-9][a-z0-9._-]* (lower case, no spaces)"
    }

    package static func invalidKindMessage(_ kind: String) -> String {
        "kind '\(kind)' is not one of \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", "))"
    }

    package static func invalidLanguageMessage(_ tag: String) -> String {
        TextError.invalidLanguageTag(tag).description
    }

    /// A variant or forbidden form (`what`) of one concept that is another's good form.
    package static func conflictMessage(what: String, form: String, concept: String, language: String, goodForm: String, owner: String) -> String {
        "\(what) '\(form)' of concept '\(concept)' is the \(language) form '\(goodForm)' of concept '\(owner)': which concept wins? Remove it from one of them"
    }

    /// A variant or forbidden form (`what`) of one concept that is also one of another's (`at`: where, when known).
    package static func sharedVariantMessage(what: String, form: String, concept: String, language: String, otherForm: String, other: String,
                                     at: String?) -> String {
        "\(what) '\(form)' of concept '\(concept)' is also the \(language) variant '\(otherForm)' of concept '\(other)'"
            + (at.map { " (\($0))" } ?? "") + ": which concept does it name? Remove it from one of them"
    }
}
