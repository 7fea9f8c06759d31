import OnymGlossary

/// Where a team keeps its glossary between commands: concepts with a revision
/// each, every change recorded, and indexes that answer lookups without
/// loading every concept. One interface; ``SQLStore`` on SQLite is the embedded
/// backend (a PostgreSQL backend for shared servers implements the same).
///
/// Every write is one transaction: the edits are validated against each other
/// and against the concepts already stored, each edited concept's revision is
/// checked in the same transaction, and a change is recorded per concept.
public protocol GlossaryStore: Sendable {
    /// The file or server, as the user named it.
    var location: String { get }
    /// Backend, location, schema version and counts.
    func info() throws(GlossaryError) -> StoreInfo
    /// Every concept, in id order, optionally only those of a kind or with terms in a language.
    func concepts(kind: ConceptKind?, language: String?) throws(GlossaryError) -> [StoredConcept]
    /// The concept with this id.
    func concept(id: String) throws(GlossaryError) -> StoredConcept?
    /// The concept as it was at the end of `date` (YYYY-MM-DD, or a full ISO 8601 time); nil when it
    /// did not exist then.
    func concept(id: String, at date: String) throws(GlossaryError) -> Concept?
    /// Applies `edits` in one transaction, or nothing when any is refused.
    func commit(_ edits: [StoreEdit], author: String, message: String?) throws(GlossaryError)
    /// Recorded changes, oldest first: of one concept, or all; since a date (inclusive).
    func history(concept: String?, since: String?) throws(GlossaryError) -> [StoreChange]
    /// The number of changes ever committed: what a cache of the whole store is keyed by.
    func revision() throws(GlossaryError) -> Int
    /// Terms whose form is `form`, or whose match key is `key`.
    func terms(form: String, key: String) throws(GlossaryError) -> [StoredTerm]
    /// Terms whose match key, or the key of their Latin transliteration, is `key`.
    func terms(latinKey key: String) throws(GlossaryError) -> [StoredTerm]
    /// Terms whose key has one of the near-miss segments (see ``NearSegments``) and passes `keep`.
    func terms(segments: [NearSegments.Segment], where keep: (String) -> Bool) throws(GlossaryError) -> [StoredTerm]
}

extension GlossaryStore {
    /// The concept with this id, or the problem that there is none.
    public func existing(id: String) throws(GlossaryError) -> StoredConcept {
        guard let stored = try concept(id: id) else { throw GlossaryError.unknownConcept(id, in: location) }
        return stored
    }
}

extension GlossaryError {
    /// No concept with this id in the store at `location`.
    static func unknownConcept(_ id: String, in location: String) -> GlossaryError {
        GlossaryError(file: location, line: 0, rule: .unknownConcept, message: "no concept '\(id)' in the store")
    }
}

/// A concept as stored.
public struct StoredConcept: Sendable, Equatable {
    public let concept: Concept
    /// The name of the glossary it was imported from (`house` for concepts added by hand).
    public let glossary: String
    /// Order of first arrival: between equally good lookup matches the earlier concept wins,
    /// as the earlier file's does over files.
    public let position: Int
    /// Counts the changes of this concept: 1 when added.
    public let revision: Int
    public let updatedBy: String
    /// ISO 8601, UTC.
    public let updatedAt: String
    /// Generated variants, by language.
    public let generated: [String: [GeneratedTerm]]
}

/// One form of one stored concept, as the lookup indexes return it.
public struct StoredTerm: Sendable, Hashable {
    public let conceptID: String
    public let language: String
    public let form: String
    public let status: TermStatus
    /// The form's match key in its language's folding.
    public let key: String
}

/// A change to make: add or replace a concept, or remove one.
public enum StoreEdit: Sendable {
    /// `expected`: the revision the writer read (nil: the concept must not exist yet).
    case put(Concept, glossary: String, expected: Int?)
    /// `expected`: the revision the writer read.
    case remove(id: String, expected: Int)

    var id: String {
        switch self {
        case .put(let c, _, _): c.id
        case .remove(let id, _): id
        }
    }
}

/// One recorded change of one concept.
public struct StoreChange: Sendable, Equatable, Codable {
    public enum Action: String, Sendable, Codable { case added, changed, removed }
    public let concept: String
    /// The concept's revision after the change (for a removal, the one it had plus one).
    public let revision: Int
    public let action: Action
    public let author: String
    /// ISO 8601, UTC.
    public let at: String
    public let message: String?
    public let old: Concept?
    public let new: Concept?
}

/// What `onym store info` prints.
public struct StoreInfo: Sendable, Equatable {
    public let backend: String
    public let location: String
    public let schemaVersion: Int
    public let concepts: Int
    public let terms: Int
    public let changes: Int
}
