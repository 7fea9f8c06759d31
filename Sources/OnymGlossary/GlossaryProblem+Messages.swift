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

    package static func invalidDateMessage(_ since: String, key: String = "since") -> String {
        "'\(key): \(since)' is not a date written YYYY-MM-DD"
    }

    package static func emptyTermMessage(language: String?) -> String {
        language.map { "an empty term in language '\($0)'" } ?? "an empty term"
    }

    package static func missingPreferredMessage(language: String) -> String {
        "language '\(language)' has no preferred form"
    }

    package static func variantIsPreferredMessage(_ variant: String, language: String) -> String {
        "'\(variant)' is both the preferred form and a variant in language '\(language)'"
    }

    package static func noTermsMessage(_ id: String) -> String {
        "concept '\(id)' has no terms"
    }

    /// Several preferred forms of one language, all known at once (YAML, JSON).
    package static func twoPreferredMessage(language: String, forms: [String]) -> String {
        "language '\(language)' has \(forms.count) preferred forms (\(forms.joined(separator: ", "))); keep one and make the others 'admitted'"
    }

    /// A second preferred form, met one row or entry at a time (CSV, TBX).
    package static func secondPreferredMessage(concept: String, language: String, form: String) -> String {
        "concept '\(concept)' has a second preferred \(language) form '\(form)'; keep one and make the others 'admitted'"
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

    package static func periodBackwardsMessage(_ period: FormPeriod, language: String) -> String {
        "'\(period.form)' (\(language)): 'until' \(period.until ?? "") is before 'since' \(period.since ?? "")"
    }

    package static func undatedFormerMessage(_ form: String, language: String) -> String {
        "'\(form)' is under 'formerly' of '\(language)' without dates: write it as { form: \(form), until: YYYY-MM-DD }"
    }

    package static func overlappingPreferredMessage(language: String, _ a: String, _ b: String, on day: String?) -> String {
        "two preferred '\(language)' forms \(day.map { "on \($0)" } ?? "at the same time"): '\(a)' and '\(b)' (give them adjoining periods)"
    }

    package static func preferredGapMessage(language: String, from: String, to: String) -> String {
        "no preferred '\(language)' form from \(from) to \(to) (give the periods no gap between them)"
    }
}
