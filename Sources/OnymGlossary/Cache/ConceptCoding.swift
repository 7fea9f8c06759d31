/// One concept with its generated variants in the cache's binary form: written by the
/// glossary cache (a file of every concept) and by ``PackedConcepts`` (a server's
/// concepts kept as bytes), read back by both.
extension BinaryWriter {
    mutating func concept(_ c: Concept, generated: [String: [GeneratedTerm]]) {
        string(c.id); string(c.kind.rawValue); optional(c.note); strings(c.sources); optional(c.since)
        int(c.generate ? 1 : 0)
        strings(c.languages)
        for language in c.languages {
            let t = c.terms[language]!
            string(t.preferred); strings(t.admitted); strings(t.variants); strings(t.forbidden); strings(t.allow)
            optional(t.note)
            let g = generated[language] ?? []
            int(g.count)
            for term in g { string(term.form); string(term.origin); string(term.sourceLanguage) }
        }
    }
}

extension BinaryReader {
    mutating func concept() -> (concept: Concept, generated: [String: [GeneratedTerm]])? {
        guard let id = string(), let kind = string().flatMap(ConceptKind.init(rawValue:)), let note = optional(),
              let sources = strings(), let since = optional(), let generate = int(), let languages = strings() else { return nil }
        var terms: [String: TermSet] = [:]
        var derived: [String: [GeneratedTerm]] = [:]
        for language in languages {
            guard let preferred = string(), let admitted = strings(), let variants = strings(),
                  let forbidden = strings(), let allow = strings(), let languageNote = optional(),
                  let gCount = int(), gCount >= 0 else { return nil }
            terms[language] = TermSet(preferred: preferred, admitted: admitted, variants: variants, forbidden: forbidden, allow: allow,
                                      note: languageNote)
            var list: [GeneratedTerm] = []
            for _ in 0..<gCount {
                guard let form = string(), let origin = string(), let source = string() else { return nil }
                list.append(GeneratedTerm(form: form, origin: origin, sourceLanguage: source))
            }
            if !list.isEmpty { derived[language] = list }
        }
        let concept = Concept(id: id, kind: kind, note: note, sources: sources, since: since, generate: generate == 1,
                              terms: terms, languages: languages)
        return (concept, derived)
    }
}
