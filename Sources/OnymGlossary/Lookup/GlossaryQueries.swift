/// The questions commands ask of glossaries. ``GlossaryLookup`` answers them
/// from glossary files in memory; ``StoreLookup`` answers the same questions
/// from a store with indexed queries, without loading every concept.
public protocol GlossaryQueries: Sendable {
    /// Concepts a name in any language or script refers to, best first (see ``GlossaryLookup``).
    func lookup(_ query: String, language: String) throws(GlossaryError) -> LookupResult
    /// The concept with this id, and its generated variants by language.
    func concept(id: String) throws(GlossaryError) -> (concept: Concept, generated: [String: [GeneratedTerm]])?
}
