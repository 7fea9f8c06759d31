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
            strings(t.formerly)
            int(t.periods.count)
            for p in t.periods {
                string(p.form); string(p.status.rawValue); optional(p.since); optional(p.until); optional(p.authority)
            }
            int(t.houses.count)
            for (house, forms) in t.houses.sorted(by: { $0.key < $1.key }) {
                string(house); string(forms.preferred); strings(forms.admitted); strings(forms.variants)
            }
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
                  let formerly = strings(), let periodCount = int(), periodCount >= 0 else { return nil }
            var set = TermSet(preferred: preferred, admitted: admitted, variants: variants, forbidden: forbidden, allow: allow,
                              note: languageNote)
            set.formerly = formerly
            for _ in 0..<periodCount {
                guard let form = string(), let status = string().flatMap(TermStatus.init(rawValue:)), let since = optional(),
                      let until = optional(), let authority = optional() else { return nil }
                set.periods.append(FormPeriod(form: form, status: status, since: since, until: until, authority: authority))
            }
            guard let houseCount = int(), houseCount >= 0 else { return nil }
            for _ in 0..<houseCount {
                guard let house = string(), let preferred = string(), let admitted = strings(), let variants = strings() else { return nil }
                set.houses[house] = HouseForms(preferred: preferred, admitted: admitted, variants: variants)
            }
            terms[language] = set
            guard let gCount = int(), gCount >= 0 else { return nil }
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
