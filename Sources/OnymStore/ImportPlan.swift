import OnymGlossary

/// What importing glossaries into a store adds, changes and removes: a concept of
/// the files that the store lacks is added; one it has in another form is
/// replaced; a stored concept of the same glossary (by name) that the files no
/// longer have is removed. Concepts the files have as stored are left alone.
public struct ImportPlan: Sendable {
    public private(set) var added: [String] = []
    public private(set) var changed: [String] = []
    public private(set) var removed: [String] = []
    public private(set) var edits: [StoreEdit] = []

    public init(importing set: GlossarySet, into store: any GlossaryStore) throws(GlossaryError) {
        let stored = Dictionary(uniqueKeysWithValues: try store.concepts(kind: nil, language: nil).map { ($0.concept.id, $0) })
        var names = Set<String>()
        var ids = Set<String>()
        for glossary in set.glossaries {
            names.insert(glossary.name)
            for concept in glossary.concepts {
                ids.insert(concept.id)
                if let old = stored[concept.id] {
                    guard old.concept != concept || old.glossary != glossary.name else { continue }
                    changed.append(concept.id)
                    edits.append(.put(concept, glossary: glossary.name, expected: old.revision))
                } else {
                    added.append(concept.id)
                    edits.append(.put(concept, glossary: glossary.name, expected: nil))
                }
            }
        }
        for (id, old) in stored.sorted(by: { $0.key < $1.key }) where names.contains(old.glossary) && !ids.contains(id) {
            removed.append(id)
            edits.append(.remove(id: id, expected: old.revision))
        }
    }
}
