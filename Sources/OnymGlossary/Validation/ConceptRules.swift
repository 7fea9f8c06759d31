/// The rules one concept must keep on its own, for concepts made by a command
/// (`onym add`, `onym set`) or read from a format without lines (JSON): the same
/// rules and wording (``GlossaryProblem``'s messages) as the readers'.
public enum ConceptRules {
    public static func problems(of concept: Concept, source: String) -> [GlossaryProblem] {
        var out: [GlossaryProblem] = []
        func add(_ rule: GlossaryProblem.Rule, _ message: String) {
            out.append(GlossaryProblem(file: source, line: 0, rule: rule, message: message))
        }
        if !ConceptID.isValid(concept.id) { add(.invalidId, GlossaryProblem.invalidIdMessage(concept.id)) }
        if let since = concept.since, !ISODate.isValid(since) {
            add(.invalidDate, GlossaryProblem.invalidDateMessage(since))
        }
        if concept.terms.isEmpty { add(.missingKey, GlossaryProblem.noTermsMessage(concept.id)) }
        for language in concept.languages {
            guard let set = concept.terms[language] else { continue }
            if (try? CanonicalTags.canonical(language)) != language {
                add(.invalidLanguage, GlossaryProblem.invalidLanguageMessage(language))
            }
            if set.preferred.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                add(.missingPreferred, GlossaryProblem.missingPreferredMessage(language: language))
            }
            for form in set.admitted + set.variants + set.forbidden + set.allow
            where form.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                add(.emptyTerm, GlossaryProblem.emptyTermMessage(language: language))
            }
            for variant in set.variants + set.forbidden where variant == set.preferred {
                add(.variantIsPreferred, GlossaryProblem.variantIsPreferredMessage(variant, language: language))
            }
        }
        return out
    }
}
