/// One house's style: the glossaries as a publication that chose it reads them.
extension GlossarySet {
    /// Every house some term set names, sorted.
    public var houses: [String] {
        Set(concepts.flatMap { $0.terms.values.flatMap { $0.houses.keys } }).sorted()
    }

    /// The glossaries with `house`'s forms where it has its own: its preferred form is the
    /// preferred one, the glossary's becomes a variant (unless the house admits it), its
    /// variants are variants. Generated variants are derived again. A house no glossary
    /// names is an error (a misspelt `house:` would otherwise change nothing, silently).
    public func forHouse(_ house: String) throws(GlossaryError) -> GlossarySet {
        let known = houses
        guard known.contains(house) else {
            let which = known.isEmpty ? "the glossaries name no houses" : "houses: \(known.joined(separator: ", "))"
            throw GlossaryError(file: glossaries.first?.origin ?? "", line: 0, rule: .unknownHouse, message: "no glossary has house '\(house)' (\(which))")
        }
        let glossaries = self.glossaries.map { glossary in
            Glossary(name: glossary.name, title: glossary.title, concepts: glossary.concepts.map { Self.concept($0, house: house) },
                     origin: glossary.origin)
        }
        var set = try GlossarySet(loaded: glossaries.map { GlossaryReader.Loaded(glossary: $0, lines: SourceLines()) }, profiles: profiles)
        set.cacheKey = cacheKey.map { "\($0)-house-\(house)" }
        return set
    }

    private static func concept(_ concept: Concept, house: String) -> Concept {
        var concept = concept
        for (language, set) in concept.terms where !set.houses.isEmpty {
            var resolved = set
            resolved.houses = [:]
            if let forms = set.houses[house] {
                let preferred = forms.preferred
                func unique(_ list: [String]) -> [String] {
                    var seen = Set<String>()
                    return list.filter { $0 != preferred && seen.insert($0).inserted }
                }
                resolved.preferred = preferred
                // The house's variants win over the glossary's admitted forms.
                resolved.admitted = unique(set.admitted + forms.admitted).filter { !forms.variants.contains($0) }
                let demoted = forms.admitted.contains(set.preferred) ? [] : [set.preferred]
                resolved.variants = unique(set.variants + demoted + forms.variants).filter { !resolved.admitted.contains($0) }
                resolved.forbidden = unique(set.forbidden)
            }
            concept.terms[language] = resolved
        }
        return concept
    }
}
