/// One step of the store's schema, owned by one module (the glossary's tables are
/// OnymStore's, the translation memory's OnymTM's), written once for both backends in
/// portable SQL (``SQLDialect``). Each module keeps its own append-only list: a
/// released migration is never edited, a new one is added after it.
///
/// Identifiers name their owner — `glossary/2`, `tm/2` — except the two released before
/// the modules were split, `v1` (the glossary's first) and `v2` (the memory's first).
/// A store is opened with the lists of the modules that use it; the migrations of other
/// owners are theirs and left alone, but an identifier of an owner opened now that this
/// build does not know, or one of no known shape, comes from a newer onym.
public struct SchemaMigration: Sendable, Equatable {
    public let identifier: String
    public let owner: String
    /// Portable statements, run in order in one transaction.
    public let statements: [String]

    public init(_ identifier: String, owner: String, statements: [String]) {
        self.identifier = identifier
        self.owner = owner
        self.statements = statements
    }

    /// The owner an applied identifier names; nil for an identifier of no known shape.
    static func owner(of identifier: String) -> String? {
        switch identifier {
        case "v1": return "glossary"
        case "v2": return "tm"
        default:
            guard let slash = identifier.firstIndex(of: "/"), Int(identifier[identifier.index(after: slash)...]) != nil else { return nil }
            return String(identifier[..<slash])
        }
    }

    /// The statement that last made the index `name` in `schema`: what an import that drops
    /// the index to build it after its rows runs again.
    public static func statement(creatingIndex name: String, in schema: [SchemaMigration]) -> String {
        guard let made = schema.flatMap(\.statements).last(where: { $0.hasPrefix("CREATE INDEX \(name) ") }) else {
            preconditionFailure("no migration makes the index \(name)")
        }
        return made
    }

    /// The migrations of `schema` still to apply to a store that has `applied`, in order; nil
    /// when the store has one this build cannot know (a newer onym wrote it).
    static func pending(_ schema: [SchemaMigration], applied: Set<String>) -> [SchemaMigration]? {
        let owners = Set(schema.map(\.owner))
        let known = Set(schema.map(\.identifier))
        for id in applied where !known.contains(id) {
            guard let owner = owner(of: id), !owners.contains(owner) else { return nil }
        }
        return schema.filter { !applied.contains($0.identifier) }
    }

    /// How many of `applied` this build can read: the message of a refused store says.
    static func understood(_ schema: [SchemaMigration], applied: Set<String>) -> Int {
        let owners = Set(schema.map(\.owner)), known = Set(schema.map(\.identifier))
        return applied.filter { id in known.contains(id) || owner(of: id).map { !owners.contains($0) } == true }.count
    }
}
