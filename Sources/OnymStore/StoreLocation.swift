import Foundation
import OnymGlossary

/// Opening the store at a location (a SQLite path or a postgres:// URL).
public enum StoreLocation {
    /// The store at `location`: a SQLite file path, or `postgres://user@host:port/database` (the
    /// database must exist; its tables are made on first use). `create` makes a SQLite file.
    public static func open(_ location: String, create: Bool) throws(GlossaryError) -> any GlossaryStore {
        SQLStore(try connect(location, create: create))
    }

    /// The database of the store at `location`, migrated: for the other parts of the store
    /// (the translation memory) that keep their tables beside the glossary's.
    public static func connect(_ location: String, create: Bool) throws(GlossaryError) -> any SQLConnection {
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            return try PostgresStoreConnection(url: location)
        }
        if let scheme = location.range(of: "://") {
            throw GlossaryError(file: location, line: 0, rule: .store,
                                message: "unknown store scheme '\(location[..<scheme.lowerBound])'; give a SQLite file path or postgres://…")
        }
        return try SQLiteConnection(path: location, create: create)
    }
}
