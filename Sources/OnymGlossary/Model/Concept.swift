/// One named thing (a person, place, country, organisation) and its name in each language.
///
/// ```swift
/// let kyiv = Concept(id: "kyiv", kind: .place, terms: [
///     "en": TermSet(preferred: "Kyiv", variants: ["Kiev"]),
///     "uk": TermSet(preferred: "Київ"),
/// ])
/// kyiv.terms["en"]?.preferred  // "Kyiv"
/// ```
public struct Concept: Sendable, Hashable, Codable {
    /// Stable id: `[a-z0-9][a-z0-9._-]*`.
    public var id: String
    public var kind: ConceptKind
    /// Why the preferred forms are preferred; shown with findings.
    public var note: String?
    /// URLs or citations backing the choice.
    public var sources: [String]
    /// The date (YYYY-MM-DD) since which the preferred forms apply.
    public var since: String?
    /// False turns off generated variants for this concept.
    public var generate: Bool
    /// Term sets by BCP 47 language tag.
    public var terms: [String: TermSet]
    /// The languages in the order the file gave them.
    public var languages: [String]

    public init(
        id: String, kind: ConceptKind, note: String? = nil, sources: [String] = [], since: String? = nil,
        generate: Bool = true, terms: [String: TermSet], languages: [String]? = nil
    ) {
        self.id = id
        self.kind = kind
        self.note = note
        self.sources = sources
        self.since = since
        self.generate = generate
        self.terms = terms
        self.languages = languages ?? terms.keys.sorted()
    }

    /// The note for texts in `language` (or its primary language): the language's own, else the concept's.
    public func note(for language: String) -> String? {
        let primary = String(language.split(separator: "-").first ?? Substring(language))
        return terms[language]?.note ?? terms[primary]?.note ?? note
    }
}
