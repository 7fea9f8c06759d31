import Foundation
import GRDB
import GRDBSQLite
import OnymGlossary

/// SQLite through GRDB: one file, created on first write, with migrations. A
/// store written by a newer onym (a migration this build does not know) is
/// refused rather than guessed at.
final class SQLiteConnection: SQLConnection {
    let backend = "sqlite"
    let location: String
    let lockClause = ""
    let isRemote = false
    private let queue: DatabaseQueue

    init(path: String, create: Bool) throws(GlossaryError) {
        location = path
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw GlossaryError(file: path, line: 0, rule: .store,
                                message: "no store here; create one with `onym store init` or write to it with `onym import` or `onym add`")
        }
        do {
            if create {
                try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)  // another onym writing: wait for it, do not fail
            configuration.prepareDatabase { db in
                // A larger page cache keeps the indexes' pages in memory while a large import
                // inserts into them in key order that is not insertion order.
                try db.execute(sql: "PRAGMA cache_size = -131072")
                // Pages read straight from the file cache, without a copy per read.
                try db.execute(sql: "PRAGMA mmap_size = 1073741824")
                // Temporary files in memory: above all the statement journal of a multi-row INSERT
                // in a long transaction, which on disk cost a write per page it touched.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = Self.migrator
            let newer = try queue.read { db in try migrator.hasBeenSuperseded(db) }
            if newer {
                let known = try queue.read { db in try migrator.appliedIdentifiers(db) }
                throw GlossaryError(file: path, line: 0, rule: .store, message: "this store was written by a newer onym (schema \(known.count) or later; this onym knows \(Self.schemaVersion)): use that version")
            }
            try migrator.migrate(queue)
        } catch let error as GlossaryError {
            throw error
        } catch {
            throw GlossaryError(file: path, line: 0, rule: .store, message: "cannot open the store: \(error)")
        }
    }

    /// Append-only: a released migration is never edited, a new one is added after it.
    static let migrations: [(String, @Sendable (Database) throws -> Void)] = [
        ("v1", { db in
            try db.execute(sql: """
                CREATE TABLE concept (
                  id TEXT PRIMARY KEY, position INTEGER NOT NULL, glossary TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL,
                  generated TEXT NOT NULL, revision INTEGER NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL);
                CREATE TABLE term (
                  id INTEGER PRIMARY KEY, concept_id TEXT NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
                  language TEXT NOT NULL, form TEXT NOT NULL, status TEXT NOT NULL,
                  match_key TEXT NOT NULL, conflict_key TEXT NOT NULL, latin_key TEXT);
                CREATE INDEX term_form ON term(form);
                CREATE INDEX term_match_key ON term(match_key);
                CREATE INDEX term_latin_key ON term(latin_key) WHERE latin_key IS NOT NULL;
                CREATE INDEX term_conflict ON term(language, conflict_key);
                CREATE INDEX term_concept ON term(concept_id);
                CREATE TABLE near (
                  term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
                  length INTEGER NOT NULL, part INTEGER NOT NULL, text TEXT NOT NULL, key TEXT NOT NULL);
                CREATE INDEX near_part ON near(length, part, text, term_id, key);
                CREATE INDEX near_term ON near(term_id);
                CREATE TABLE change (
                  seq INTEGER PRIMARY KEY AUTOINCREMENT, concept_id TEXT NOT NULL, revision INTEGER NOT NULL,
                  action TEXT NOT NULL, author TEXT NOT NULL, at TEXT NOT NULL, message TEXT, old TEXT, new TEXT);
                CREATE INDEX change_concept ON change(concept_id, seq);
                CREATE INDEX change_at ON change(at);
                """)
        }),
        // The translation memory (OnymTM): segment pairs, and a token index of their sources.
        ("v2", { db in
            try db.execute(sql: """
                CREATE TABLE tm_segment (
                  id INTEGER PRIMARY KEY, source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,
                  source TEXT NOT NULL, target TEXT NOT NULL, source_tokens INTEGER NOT NULL, source_keys TEXT NOT NULL,
                  pair_hash INTEGER NOT NULL UNIQUE, source_hash INTEGER NOT NULL,
                  origin TEXT, created_at TEXT, created_by TEXT, changed_at TEXT, changed_by TEXT, note TEXT, tuid TEXT,
                  properties TEXT, tags TEXT);
                CREATE INDEX tm_segment_source ON tm_segment(source_lang, target_lang, source_hash);
                CREATE TABLE tm_token (
                  id INTEGER PRIMARY KEY, pair TEXT NOT NULL, key TEXT NOT NULL, df INTEGER NOT NULL, UNIQUE (pair, key));
                CREATE TABLE tm_posting (
                  token_id INTEGER NOT NULL, length INTEGER NOT NULL, segment_id INTEGER NOT NULL,
                  PRIMARY KEY (token_id, length, segment_id)) WITHOUT ROWID;
                CREATE TABLE tm_pair (
                  pair TEXT PRIMARY KEY, source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, segments INTEGER NOT NULL);
                """)
        }),
    ]

    static var schemaVersion: Int { migrations.count }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (id, migrate) in migrations { migrator.registerMigration(id, migrate: migrate) }
        return migrator
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try queue.read { db in try body(GRDBSession(db)) }
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try queue.write { db in try body(GRDBSession(db)) }
    }

    func schemaVersion() throws -> Int {
        try queue.read { db in try Self.migrator.appliedIdentifiers(db).count }
    }
}

/// Statements on a GRDB connection, each SQL text prepared once and reused.
final class GRDBSession: SQLSession {
    let db: Database

    init(_ db: Database) { self.db = db }

    /// Values as GRDB's own `DatabaseValue`s: no existential box per value (an import binds millions).
    private func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case .int(let i): i.databaseValue
            case .text(let s): s.databaseValue
            case .null: .null
            }
        })
    }

    /// Binds straight to SQLite and steps the statement: an import runs statements of thousands
    /// of values each, and GRDB's arguments would box and copy every one of them.
    func run(_ sql: String, _ values: [SQLValue]) throws {
        let statement = try db.cachedStatement(sql: sql)
        let s = statement.sqliteStatement
        sqlite3_reset(s)
        sqlite3_clear_bindings(s)
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            let code: Int32 = switch value {
            case .int(let n): sqlite3_bind_int64(s, index, Int64(n))
            case .text(let t): sqlite3_bind_text(s, index, t, Int32(t.utf8.count), Self.transient)
            case .null: sqlite3_bind_null(s, index)
            }
            guard code == SQLITE_OK else { throw failure(code, sql) }
        }
        var code = sqlite3_step(s)
        while code == SQLITE_ROW { code = sqlite3_step(s) }
        sqlite3_reset(s)
        guard code == SQLITE_DONE else { throw failure(code, sql) }
    }

    /// SQLite copies bound text at once (its SQLITE_TRANSIENT, which C macros do not bring to Swift).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func failure(_ code: Int32, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
    }

    func rows(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow] {
        let statement = try db.cachedStatement(sql: sql)
        let names = statement.columnNames
        return try Row.fetchAll(statement, arguments: arguments(values)).map { row in
            SQLRow(names: names, values: row.databaseValues.map { value in
                switch value.storage {
                case .int64(let i): .int(Int(i))
                case .string(let s): .text(s)
                case .double(let d): .int(Int(d))
                case .null, .blob: .null
                }
            })
        }
    }

    func insert(_ sql: String, _ values: [SQLValue]) throws -> Int {
        try run(sql, values)
        return Int(db.lastInsertedRowID)
    }
}
