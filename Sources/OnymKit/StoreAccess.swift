import OnymGlossary
import OnymStore
import OnymTM

/// Opening the store as onym's front ends do: with every module's tables, so that a store
/// any front end makes holds the glossary and the translation memory alike (each module
/// owns its migrations; this is the one place that knows them all).
public enum StoreAccess {
    /// The migrations of every module that keeps tables in the store, in order.
    public static let schema = StoreSchema.migrations + TMStore.schema

    /// The glossary store at `location` (a SQLite path or a postgres:// URL); `create` makes a SQLite file.
    public static func glossary(_ location: String, create: Bool) throws(GlossaryError) -> any GlossaryStore {
        try StoreLocation.open(location, create: create, schema: schema)
    }

    /// The translation memory of the store at `location`.
    public static func memory(_ location: String, create: Bool) throws(TMError) -> TMStore {
        try TMStore(location: location, create: create, schema: schema)
    }
}
