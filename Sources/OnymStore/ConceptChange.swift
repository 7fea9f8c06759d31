import OnymGlossary

/// The changes `onym set` makes to one language of a stored concept.
public struct ConceptChange: Sendable {
    public var language: String
    public var preferred: String?
    public var kind: ConceptKind?
    public var note: String?
    public var add: [TermStatus: [String]] = [:]
    public var remove: [TermStatus: [String]] = [:]
    public var addAllow: [String] = []
    public var removeAllow: [String] = []
    /// The period of the forms this change sets or adds (`--since`, `--until`,
    /// `--authority`); all nil: they are undated. A new preferred form with a `since`
    /// makes the one it replaces a former preferred form until the day before.
    public var since: String?
    public var until: String?
    public var authority: String?

    public init(language: String) { self.language = language }

    private var isDated: Bool { since != nil || until != nil || authority != nil }

    /// `concept` with the changes made; a language it lacks is added when a preferred form is given.
    public func applied(to concept: Concept, source: String) throws(GlossaryError) -> Concept {
        var c = concept
        if let kind { c.kind = kind }
        if let note { c.note = note.isEmpty ? nil : note }
        var set: TermSet
        if let existing = c.terms[language] {
            set = existing
        } else if let preferred {
            set = TermSet(preferred: preferred)
            c.languages.append(language)
        } else {
            throw GlossaryError(file: source, line: 0, rule: .missingPreferred,
                                message: "concept '\(c.id)' has no '\(language)' terms; give --preferred to add the language")
        }
        func date(_ form: String, _ status: TermStatus) {
            guard isDated else { return }
            set.periods.removeAll { $0.form == form && $0.status == status }
            set.periods.append(FormPeriod(form: form, status: status, since: since, until: until, authority: authority))
        }
        if let preferred, preferred != set.preferred {
            let former = set.preferred
            set.preferred = preferred
            // A renaming from a day on: the form it replaces held until the day before.
            if let since, concept.terms[language] != nil {
                set.formerly.removeAll { $0 == preferred }
                if !set.formerly.contains(former) { set.formerly.append(former) }
                let start = set.period(of: former, .preferred)?.since
                set.periods.removeAll { $0.form == former && $0.status == .preferred }
                set.periods.append(FormPeriod(form: former, status: .preferred, since: start, until: ISODate.previous(since)))
            }
        }
        if let preferred { date(preferred, .preferred) }
        func edit(_ list: inout [String], _ status: TermStatus) {
            list.removeAll { (remove[status] ?? []).contains($0) }
            for form in add[status] ?? [] where !list.contains(form) { list.append(form) }
        }
        edit(&set.admitted, .admitted)
        edit(&set.variants, .deprecated)
        edit(&set.forbidden, .forbidden)
        // A removed form's period goes with it; an added one takes the change's.
        for (status, removed) in remove { set.periods.removeAll { $0.status == status && removed.contains($0.form) } }
        for (status, added) in add.sorted(by: { $0.key.rawValue < $1.key.rawValue }) { for form in added { date(form, status) } }
        set.allow.removeAll { removeAllow.contains($0) }
        for form in addAllow where !set.allow.contains(form) { set.allow.append(form) }
        // Dates are checked as a glossary file's are.
        for value in [since, until].compactMap({ $0 }) where !ISODate.isValid(value) {
            throw GlossaryError(file: source, line: 0, rule: .invalidDate, message: GlossaryProblem.invalidDateMessage(value, key: value == since ? "since" : "until"))
        }
        let breaches = ConceptRules.periods(set, language: language)
        if !breaches.isEmpty { throw GlossaryError(breaches.map { $0.at(source, line: 0) }) }
        c.terms[language] = set
        return c
    }
}
