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

    public init(language: String) { self.language = language }

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
        if let preferred { set.preferred = preferred }
        func edit(_ list: inout [String], _ status: TermStatus) {
            list.removeAll { (remove[status] ?? []).contains($0) }
            for form in add[status] ?? [] where !list.contains(form) { list.append(form) }
        }
        edit(&set.admitted, .admitted)
        edit(&set.variants, .deprecated)
        edit(&set.forbidden, .forbidden)
        set.allow.removeAll { removeAllow.contains($0) }
        for form in addAllow where !set.allow.contains(form) { set.allow.append(form) }
        c.terms[language] = set
        return c
    }
}
