// Built with the PostgreSQL trait only (Package.swift): without it no PostgreSQL client is linked.
#if PostgreSQL
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization
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
    let dialect = SQLDialect.postgresql
    private let connection: PostgresConnection
    private let logger = Logger(label: "onym.store") { _ in SwiftLogNoOpLogHandler() }
    /// One session at a time on the one connection.
    private let lock = NSLock()

    /// Connects to `postgres://user[:password]@host[:port]/database` and migrates the schema.
    init(url: String, schema: [SchemaMigration]) throws(GlossaryError) {
        location = url
        guard let parts = URLComponents(string: url), let host = parts.host, let user = parts.user else {
            throw GlossaryError(file: StoreLocation.redacted(url), line: 0, rule: .store, message: "not a PostgreSQL address: write postgres://user@host:port/database")
        }
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let configuration = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: user, password: parts.password,
            database: database.isEmpty ? user : database, tls: .disable)
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
                                                        id: 1, logger: logger).wait()
        } catch {
            throw GlossaryError(file: StoreLocation.redacted(url), line: 0, rule: .store, message: "cannot connect: \(String(reflecting: error))")
        }
        do { try SchemaMigrator.migrate(self, schema: schema, table: "onym_migrations") } catch let error as GlossaryError { throw error } catch {
            throw GlossaryError(file: StoreLocation.redacted(url), line: 0, rule: .store, message: "cannot prepare the store: \(String(reflecting: error))")
        }
    }

    deinit { try? connection.close().wait() }

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
        // By bytes: a statement of a thousand rows has thousands of placeholders, and a walk
        // over its Characters was a fifth of an import's time in this process.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sql.utf8.count + 4 * values.count)
        var n = 0
        for b in sql.utf8 {
            if b == UInt8(ascii: "?") {
                n += 1
                bytes.append(UInt8(ascii: "$"))
                bytes += String(n).utf8
            } else {
                bytes.append(b)
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
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

    /// The statement's result. A connection the server has closed (it stopped, or ended the
    /// session) is refused here: postgres-nio leaves a query sent on it waiting forever.
    private func result(_ sql: String, _ values: [SQLValue]) throws -> PostgresQueryResult {
        guard !connection.isClosed else { throw Closed() }
        do { return try connection.query(query(sql, values), logger: logger).wait() } catch { throw PostgresFailure.described(error) }
    }

    struct Closed: Error, CustomStringConvertible {
        var description: String { "the PostgreSQL server closed the connection (is it running?)" }
    }

    func run(_ sql: String, _ values: [SQLValue]) throws {
        _ = try result(sql, values)
    }

    func rows(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow] {
        let result = try result(sql, values)
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

    /// COPY … FROM STDIN in PostgreSQL's text format: no statement to parse and plan for the
    /// rows, a fraction of the bytes of a many-row INSERT's bound values (an import's 2.2
    /// million near-miss parts). postgres-nio's COPY is asynchronous: it runs in a task this
    /// thread waits for (never one of NIO's threads, as for every statement here).
    func append(into table: String, columns: [String], values: [SQLValue]) throws {
        guard !values.isEmpty else { return }
        guard !connection.isClosed else { throw Closed() }
        let connection = connection, logger = logger
        let outcome = PostgresCopy.Outcome()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: PostgresCopy.Executor.shared) {
            let result: Result<Void, any Error>
            do {
                try await PostgresCopy.send(connection, logger, table: table, columns: columns, values: values)
                result = .success(())
            } catch {
                result = .failure(error)
            }
            outcome.result.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        do { try outcome.result.withLock { $0 }!.get() } catch { throw PostgresFailure.described(error) }
    }

    /// From the key's sequence (other sessions may take numbers meanwhile: they need not follow
    /// each other), in one statement.
    func reserveIDs(in table: String, count: Int) throws -> [Int] {
        guard count > 0 else { return [] }
        return try rows("SELECT nextval(pg_get_serial_sequence('\(table)', 'id')) AS id FROM generate_series(1, ?)", [.int(count)])
            .map { try $0.int("id") }
    }

    func insert(_ sql: String, _ values: [SQLValue]) throws -> Int {
        try rows(sql + " RETURNING id", values).first?.int("id") ?? 0
    }
}
#endif
