import Foundation
import OnymGlossary

/// Opening the store at a location (a SQLite path or a postgres:// URL).
public enum StoreLocation {
    /// True when this build opens `postgres://` stores (`onym --version` says so): built with
    /// the package's PostgreSQL trait (`swift build --traits PostgreSQL`, the release script).
    #if PostgreSQL
    public static let hasPostgreSQL = true
    #else
    public static let hasPostgreSQL = false
    #endif

    /// How to get a build that opens `postgres://` stores: what a build without one says.
    public static let howToGetPostgreSQL =
        "this onym was built without PostgreSQL; build one with `swift build -c release --traits PostgreSQL` (or use a release binary, which has it)"

    /// The store at `location`: a SQLite file path, or `postgres://user@host:port/database` (the
    /// database must exist; its tables are made on first use). `create` makes a SQLite file.
    /// `schema` is the glossary's migrations, and those of the other modules that keep tables
    /// in the store when the caller knows them (a store opened with fewer is not refused).
    public static func open(_ location: String, create: Bool, schema: [SchemaMigration] = StoreSchema.migrations) throws(GlossaryError) -> any GlossaryStore {
        SQLStore(try connect(location, create: create, schema: schema))
    }

    /// The database of the store at `location`, brought up to `schema`: the glossary's
    /// migrations (``StoreSchema``) followed by those of the other modules that keep their
    /// tables beside the glossary's (the translation memory).
    public static func connect(_ location: String, create: Bool, schema: [SchemaMigration]) throws(GlossaryError) -> any SQLConnection {
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            #if PostgreSQL
            return try PostgresStoreConnection(url: location, schema: schema)
            #else
            throw GlossaryError(file: redacted(location), line: 0, rule: .store, message: howToGetPostgreSQL)
            #endif
        }
        if let scheme = location.range(of: "://") {
            throw GlossaryError(file: location, line: 0, rule: .store,
                                message: "unknown store scheme '\(location[..<scheme.lowerBound])'; give a SQLite file path or postgres://…")
        }
        return try SQLiteConnection(path: location, create: create, schema: schema)
    }

    /// `location` as a message may show it: a password in a postgres:// address is starred out.
    public static func redacted(_ location: String) -> String {
        guard var parts = URLComponents(string: location), parts.password != nil else { return location }
        parts.password = "***"
        return parts.string ?? location
    }
}
