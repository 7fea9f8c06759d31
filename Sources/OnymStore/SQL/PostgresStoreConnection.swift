import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import OnymGlossary

/// PostgreSQL through postgres-nio, for a store that a team shares: one
/// connection per onym process, statements run one at a time, each write one
/// transaction whose rows are locked as they are read (`FOR UPDATE`), so a
/// concurrent edit of the same concept is seen, not overwritten.
///
/// Onym's commands are synchronous; the connection's futures are waited on
/// from the calling thread (never from one of NIO's), which is what blocking
/// `wait()` allows.
final class PostgresStoreConnection: SQLConnection {
    let backend = "postgresql"
    let location: String
    let lockClause = " FOR UPDATE"
    let isRemote = true
    private let connection: PostgresConnection
    private let logger = Logger(label: "onym.store") { _ in SwiftLogNoOpLogHandler() }
    /// One session at a time on the one connection.
    private let lock = NSLock()

    /// Append-only, as SQLite's.
    static let migrations: [(String, [String])] = [
        ("v1", [
            """
            CREATE TABLE concept (
              id TEXT PRIMARY KEY, position BIGINT NOT NULL, glossary TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL,
              generated TEXT NOT NULL, revision BIGINT NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE term (
              id BIGSERIAL PRIMARY KEY, concept_id TEXT NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
              language TEXT NOT NULL, form TEXT NOT NULL, status TEXT NOT NULL,
              match_key TEXT NOT NULL, conflict_key TEXT NOT NULL, latin_key TEXT)
            """,
            "CREATE INDEX term_form ON term(form)",
            "CREATE INDEX term_match_key ON term(match_key)",
            "CREATE INDEX term_latin_key ON term(latin_key) WHERE latin_key IS NOT NULL",
            "CREATE INDEX term_conflict ON term(language, conflict_key)",
            "CREATE INDEX term_concept ON term(concept_id)",
            """
            CREATE TABLE near (
              term_id BIGINT NOT NULL REFERENCES term(id) ON DELETE CASCADE,
              length BIGINT NOT NULL, part BIGINT NOT NULL, text TEXT NOT NULL, key TEXT NOT NULL)
            """,
            "CREATE INDEX near_part ON near(length, part, text, term_id, key)",
            "CREATE INDEX near_term ON near(term_id)",
            """
            CREATE TABLE change (
              seq BIGSERIAL PRIMARY KEY, concept_id TEXT NOT NULL, revision BIGINT NOT NULL,
              action TEXT NOT NULL, author TEXT NOT NULL, at TEXT NOT NULL, message TEXT, old TEXT, new TEXT)
            """,
            "CREATE INDEX change_concept ON change(concept_id, seq)",
            "CREATE INDEX change_at ON change(at)",
        ]),
        ("v2", [
            """
            CREATE TABLE tm_segment (
              id BIGINT PRIMARY KEY, source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,
              source TEXT NOT NULL, target TEXT NOT NULL, source_tokens BIGINT NOT NULL, source_keys TEXT NOT NULL,
              pair_hash BIGINT NOT NULL UNIQUE, source_hash BIGINT NOT NULL,
              origin TEXT, created_at TEXT, created_by TEXT, changed_at TEXT, changed_by TEXT, note TEXT, tuid TEXT,
              properties TEXT, tags TEXT)
            """,
            "CREATE INDEX tm_segment_source ON tm_segment(source_lang, target_lang, source_hash)",
            "CREATE TABLE tm_token (id BIGINT PRIMARY KEY, pair TEXT NOT NULL, key TEXT NOT NULL, df BIGINT NOT NULL, UNIQUE (pair, key))",
            """
            CREATE TABLE tm_posting (
              token_id BIGINT NOT NULL, length BIGINT NOT NULL, segment_id BIGINT NOT NULL,
              PRIMARY KEY (token_id, length, segment_id))
            """,
            "CREATE TABLE tm_pair (pair TEXT PRIMARY KEY, source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, segments BIGINT NOT NULL)",
        ]),
    ]

    /// Connects to `postgres://user[:password]@host[:port]/database` and migrates the schema.
    init(url: String) throws(GlossaryError) {
        location = url
        guard let parts = URLComponents(string: url), let host = parts.host, let user = parts.user else {
            throw GlossaryError(file: url, line: 0, rule: .store, message: "not a PostgreSQL address: write postgres://user@host:port/database")
        }
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let configuration = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: user, password: parts.password,
            database: database.isEmpty ? user : database, tls: .disable)
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
                                                        id: 1, logger: logger).wait()
        } catch {
            throw GlossaryError(file: url, line: 0, rule: .store, message: "cannot connect: \(String(reflecting: error))")
        }
        do { try migrate() } catch let error as GlossaryError { throw error } catch {
            throw GlossaryError(file: url, line: 0, rule: .store, message: "cannot prepare the store: \(String(reflecting: error))")
        }
    }

    deinit { try? connection.close().wait() }

    private func migrate() throws {
        let session = PostgresSession(connection: connection, logger: logger)
        try session.run("CREATE TABLE IF NOT EXISTS onym_migrations (identifier TEXT PRIMARY KEY)", [])
        let applied = Set(try session.rows("SELECT identifier FROM onym_migrations", []).map { try $0.text("identifier") })
        let known = Self.migrations.map(\.0)
        if !applied.isSubset(of: known) {
            throw GlossaryError(file: location, line: 0, rule: .store, message: "this store was written by a newer onym (schema \(applied.count) or later; this onym knows \(known.count)): use that version")
        }
        for (id, statements) in Self.migrations where !applied.contains(id) {
            try transaction(session) {
                for sql in statements { try session.run(sql, []) }
                try session.run("INSERT INTO onym_migrations (identifier) VALUES (?)", [.text(id)])
            }
        }
    }

    private func transaction<T>(_ session: PostgresSession, _ body: () throws -> T) throws -> T {
        try session.run("BEGIN", [])
        do {
            let result = try body()
            try session.run("COMMIT", [])
            return result
        } catch {
            try? session.run("ROLLBACK", [])
            throw error
        }
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(PostgresSession(connection: connection, logger: logger))
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let session = PostgresSession(connection: connection, logger: logger)
        return try transaction(session) { try body(session) }
    }

    func schemaVersion() throws -> Int {
        try read { db in try db.rows("SELECT count(*) AS n FROM onym_migrations", []).first?.int("n") ?? 0 }
    }
}

/// Statements on a PostgreSQL connection; `?` placeholders become `$1`, `$2`, ….
final class PostgresSession: SQLSession {
    let connection: PostgresConnection
    let logger: Logger

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    private func query(_ sql: String, _ values: [SQLValue]) -> PostgresQuery {
        var text = ""
        var n = 0
        for ch in sql {
            if ch == "?" { n += 1; text += "$\(n)" } else { text.append(ch) }
        }
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .int(let i): binds.append(i)
            case .text(let s): binds.append(s)
            case .null: binds.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: text, binds: binds)
    }

    func run(_ sql: String, _ values: [SQLValue]) throws {
        _ = try connection.query(query(sql, values), logger: logger).wait()
    }

    func rows(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow] {
        let result = try connection.query(query(sql, values), logger: logger).wait()
        return try result.rows.map { row in
            var names: [String] = [], out: [SQLValue] = []
            for cell in row {
                names.append(cell.columnName)
                if cell.bytes == nil {
                    out.append(.null)
                } else if [.int2, .int4, .int8].contains(cell.dataType) {
                    out.append(.int(try cell.decode(Int.self)))
                } else {
                    out.append(.text(try cell.decode(String.self)))
                }
            }
            return SQLRow(names: names, values: out)
        }
    }

    func insert(_ sql: String, _ values: [SQLValue]) throws -> Int {
        try rows(sql + " RETURNING id", values).first?.int("id") ?? 0
    }
}
