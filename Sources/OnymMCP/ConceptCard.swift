import OnymGlossary

/// A concept as `get_concept` and the concept resources give it: its id, kind, note,
/// date, sources and each language's forms with their statuses (generated forms apart).
struct ConceptCard: Encodable {
    struct Forms: Encodable {
        let preferred: String
        let admitted: [String]
        let variants: [String]
        let forbidden: [String]
        let allow: [String]
        let generated: [String]
        let note: String?
    }

    let id: String
    let kind: String
    let note: String?
    let since: String?
    let sources: [String]
    let terms: [String: Forms]

    init(_ concept: Concept, generated: [String: [GeneratedTerm]]) {
        id = concept.id
        kind = concept.kind.rawValue
        note = concept.note
        since = concept.since
        sources = concept.sources
        var terms: [String: Forms] = [:]
        for (language, t) in concept.terms {
            terms[language] = Forms(preferred: t.preferred, admitted: t.admitted, variants: t.variants, forbidden: t.forbidden, allow: t.allow,
                                    generated: (generated[language] ?? []).map(\.form), note: t.note)
        }
        self.terms = terms
    }
}
