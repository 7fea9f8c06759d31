/// A named set of concepts, as one YAML file holds them.
public struct Glossary: Sendable, Hashable, Codable {
    /// The glossary's short name (`news`).
    public var name: String
    /// A human title.
    public var title: String?
    /// The concepts, in file order.
    public var concepts: [Concept]
    /// Where it was read from (a path, or `bundled:news.yaml`); not part of the content.
    public var origin: String

    public init(name: String, title: String? = nil, concepts: [Concept], origin: String) {
        self.name = name
        self.title = title
        self.concepts = concepts
        self.origin = origin
    }

    /// The concept with this id, if any.
    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }

    /// The concepts of all `glossaries` in order; one glossary's array is shared, not copied.
    static func concepts(of glossaries: [Glossary]) -> [Concept] {
        glossaries.count == 1 ? glossaries[0].concepts : glossaries.flatMap(\.concepts)
    }
}
