import Foundation

/// Which store a command uses, and opening it.
public enum StoreLocation {
    /// The store named by `--store`, else `$ONYM_STORE`, else `store:` in `.onym.yaml`; nil when none is.
    public static func chosen(explicit: String?, config: OnymConfig?) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = ProcessInfo.processInfo.environment["ONYM_STORE"], !env.isEmpty { return env }
        return config?.store
    }

    /// The store a command that writes (or that needs one) uses: the one named, else the default path.
    public static func inUse(explicit: String?, config: OnymConfig?) -> String {
        chosen(explicit: explicit, config: config) ?? defaultPath
    }

    /// Where commands that write keep the store when none is named:
    /// `$XDG_DATA_HOME/onym/onym.sqlite`, else `~/.local/share/onym/onym.sqlite`.
    public static var defaultPath: String {
        if let xdg = ProcessInfo.processInfo.environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("onym/onym.sqlite").path
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/onym/onym.sqlite").path
    }

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
