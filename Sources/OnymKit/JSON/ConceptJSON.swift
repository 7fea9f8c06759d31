import OnymGlossary
import OnymStore

/// Stored concepts and their history as JSON: `onym list --format json`'s items, and the
/// server's `/v1/concepts` answers. Keys sorted.
public enum ConceptJSON {
    /// One stored concept.
    public struct Item: Encodable, Sendable {
        let id: String
        let kind: ConceptKind
        let glossary: String
        let revision: Int
        let updatedBy: String
        let updatedAt: String
        let note: String?
        let terms: [String: TermSet]

        public init(_ stored: StoredConcept) {
            id = stored.concept.id
            kind = stored.concept.kind
            glossary = stored.glossary
            revision = stored.revision
            updatedBy = stored.updatedBy
            updatedAt = stored.updatedAt
            note = stored.concept.note
            terms = stored.concept.terms
        }
    }

    /// One change of the history: the concept before and after.
    public struct Change: Encodable, Sendable {
        let concept: String
        let revision: Int
        let action: String
        let author: String
        let at: String
        let message: String?
        let old: Concept?
        let new: Concept?

        public init(_ change: StoreChange) {
            concept = change.concept
            revision = change.revision
            action = change.action.rawValue
            author = change.author
            at = change.at
            message = change.message
            old = change.old
            new = change.new
        }
    }

    public static func render(_ items: [StoredConcept]) throws -> String {
        try JSONOutput.string(items.map(Item.init))
    }
}
