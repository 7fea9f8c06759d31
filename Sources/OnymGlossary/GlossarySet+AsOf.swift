/// The glossaries as they stood on a day: for checking an article against the names that
/// held when it was written.
extension GlossarySet {
    /// The days on which some form's status begins or ends (each `since`, and the day after
    /// each `until`), sorted: between two of them, the glossaries read the same.
    public var periodBoundaries: [String] {
        var days = Set<String>()
        for concept in concepts {
            for set in concept.terms.values {
                for period in set.periods {
                    if let since = period.since { days.insert(since) }
                    if let until = period.until { days.insert(ISODate.next(until)) }
                }
            }
        }
        return days.sorted()
    }

    /// The boundary a day falls after ("" before the first): days with the same one read the same.
    public func epoch(of day: String) -> String {
        Self.epoch(of: day, boundaries: periodBoundaries)
    }

    /// The same, from boundaries already worked out (a matcher image carries them).
    public static func epoch(of day: String, boundaries: [String]) -> String {
        boundaries.last { $0 <= day } ?? ""
    }

    /// The glossaries on `day`: each language's preferred form is the one whose period holds
    /// then (the current one before the first period and after the last), and a dated
    /// admitted, variant or forbidden form is one only within its period. Generated variants
    /// are derived again from the forms of that day. Itself when no form is dated.
    public func asOf(_ day: String) throws(GlossaryError) -> GlossarySet {
        let boundaries = periodBoundaries
        guard !boundaries.isEmpty else { return self }
        let glossaries = self.glossaries.map { glossary in
            Glossary(name: glossary.name, title: glossary.title, concepts: glossary.concepts.map { Self.concept($0, on: day) },
                     origin: glossary.origin)
        }
        var set = try GlossarySet(loaded: glossaries.map { GlossaryReader.Loaded(glossary: $0, lines: SourceLines()) }, profiles: profiles)
        set.cacheKey = cacheKey.map { "\($0)-on-\(Self.epoch(of: day, boundaries: boundaries))" }
        return set
    }

    private static func concept(_ concept: Concept, on day: String) -> Concept {
        var concept = concept
        for (language, set) in concept.terms where set.isDated {
            let holds = { (form: String, status: TermStatus) in set.period(of: form, status)?.holds(on: day) ?? true }
            let preferred = ([set.preferred] + set.formerly).first { set.period(of: $0, .preferred)?.holds(on: day) ?? false } ?? set.preferred
            var dated = TermSet(preferred: preferred,
                                admitted: set.admitted.filter { $0 != preferred && holds($0, .admitted) },
                                variants: set.variants.filter { $0 != preferred && holds($0, .deprecated) },
                                forbidden: set.forbidden.filter { $0 != preferred && holds($0, .forbidden) },
                                allow: set.allow, note: set.note)
            // The periods stay: findings say since when, and on whose authority, a form is wrong.
            dated.periods = set.periods
            // The names it had before that day (a first mention may explain them).
            dated.formerly = set.formerly.filter { form in
                form != preferred && (set.period(of: form, .preferred)?.until.map { $0 < day } ?? false)
            }
            concept.terms[language] = dated
        }
        return concept
    }
}
