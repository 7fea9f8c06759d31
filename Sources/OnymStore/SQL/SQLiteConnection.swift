import Foundation
import GRDB
import GRDBSQLite
import OnymGlossary

/// SQLite through GRDB: one file, created on first write, with migrations
/// (``SchemaMigrator``). A store written by a newer onym (a migration this build
/// does not know) is refused rather than guessed at.
final class SQLiteConnection: SQLConnection {
    let backend = "sqlite"
    let location: String
    let lockClause = ""
    let isRemote = false
    let dialect = SQLDialect.sqlite
    private let queue: DatabaseQueue

    /// Opens (or with `create`, makes) the file and brings it up to `schema`.
    init(path: String, create: Bool, schema: [SchemaMigration]) throws(GlossaryError) {
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
            try SchemaMigrator.migrate(self, schema: schema, table: "grdb_migrations")
        } catch let error as GlossaryError {
            throw error
        } catch {
            throw GlossaryError(file: path, line: 0, rule: .store, message: "cannot open the store: \(error)")
        }
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try queue.read { db in try body(GRDBSession(db)) }
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try queue.write { db in try body(GRDBSession(db)) }
    }

    func schemaVersion() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") ?? 0 }
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

    /// The numbers after the largest: a write transaction on SQLite has the database to itself.
    func reserveIDs(in table: String, count: Int) throws -> [Int] {
        let largest = try rows("SELECT coalesce(max(id), 0) AS n FROM \(table)", []).first?.int("n") ?? 0
        return Array((largest + 1)..<(largest + 1 + count))
    }
}
