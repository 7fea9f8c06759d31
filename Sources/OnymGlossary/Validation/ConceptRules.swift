/// The rules one concept must keep on its own, for concepts made by a command
/// (`onym add`, `onym set`) rather than read from a file: the same rules and
/// wording as the readers'.
public enum ConceptRules {
    public static func problems(of concept: Concept, source: String) -> [GlossaryProblem] {
        var out: [GlossaryProblem] = []
        func add(_ rule: GlossaryProblem.Rule, _ message: String) {
            out.append(GlossaryProblem(file: source, line: 0, rule: rule, message: message))
        }
        if !ConceptID.isValid(concept.id) { add(.invalidId, GlossaryProblem.invalidIdMessage(concept.id)) }
        if let since = concept.since, !ISODate.isValid(since) {
            add(.invalidDate, "'since: \(since)' is not a date written YYYY-MM-DD")
        }
        if concept.terms.isEmpty { add(.missingKey, "concept '\(concept.id)' has no terms") }
        for language in concept.languages {
            guard let set = concept.terms[language] else { continue }
            if (try? CanonicalTags.canonical(language)) != language {
                add(.invalidLanguage, GlossaryProblem.invalidLanguageMessage(language))
            }
            if set.preferred.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                add(.missingPreferred, "language '\(language)' has no preferred form")
            }
            for form in set.admitted + set.variants + set.forbidden + set.allow
            where form.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                add(.emptyTerm, "an empty term in language '\(language)'")
            }
            for variant in set.variants + set.forbidden where variant == set.preferred {
                add(.variantIsPreferred, "'\(variant)' is both the preferred form and a variant in language '\(language)'")
            }
        }
        return out
    }
}
