import OnymGlossary

/// A value bound to a statement or read from a row, the same for every backend.
public enum SQLValue: Sendable, Equatable {
    case int(Int)
    case text(String)
    case null
}

extension SQLValue {
    /// Text, or NULL for nil.
    public init(_ value: String?) { self = value.map(SQLValue.text) ?? .null }
}

/// A row by column name (a handful of columns: a linear search beats hashing their names).
/// A column that is missing, NULL where a value is needed, or of another type is an error
/// naming it, never a default: a store written by another version or damaged by hand says so.
public struct SQLRow: Sendable {
    let names: [String]
    let values: [SQLValue]

    private func value(_ column: String) throws(SQLRowError) -> SQLValue {
        guard let i = names.firstIndex(of: column) else { throw SQLRowError(column: column, problem: .missing) }
        return values[i]
    }

    /// The text of `column` (an integer is written in decimal).
    public func text(_ column: String) throws(SQLRowError) -> String {
        switch try value(column) {
        case .text(let s): s
        case .int(let i): String(i)
        case .null: throw SQLRowError(column: column, problem: .null)
        }
    }

    /// The text of `column`, or nil when it is NULL.
    public func optionalText(_ column: String) throws(SQLRowError) -> String? {
        switch try value(column) {
        case .text(let s): s
        case .int(let i): String(i)
        case .null: nil
        }
    }

    /// The integer of `column` (a text of decimal digits is read as one).
    public func int(_ column: String) throws(SQLRowError) -> Int {
        switch try value(column) {
        case .int(let i): return i
        case .text(let s):
            guard let i = Int(s) else { throw SQLRowError(column: column, problem: .invalid(s, expected: "an integer")) }
            return i
        case .null: throw SQLRowError(column: column, problem: .null)
        }
    }

    /// `column` read as a value of `T` (a status, an action): an unknown text is an error.
    public func value<T: RawRepresentable<String>>(_ column: String, as type: T.Type, named what: String) throws(SQLRowError) -> T {
        let text = try text(column)
        guard let value = T(rawValue: text) else { throw SQLRowError(column: column, problem: .invalid(text, expected: what)) }
        return value
    }
}

/// Statements inside one transaction (or one read). SQL is written with `?` placeholders;
/// a backend that numbers them (`$1`) rewrites them.
public protocol SQLSession: AnyObject {
    func run(_ sql: String, _ arguments: [SQLValue]) throws
    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]
    /// Runs an INSERT into a table with an integer `id` key and returns the new row's id.
    func insert(_ sql: String, _ arguments: [SQLValue]) throws -> Int
    /// Adds rows to `table` (`values` one row of `columns` after another) the fastest way the
    /// backend has: many-row INSERTs, or PostgreSQL's COPY.
    func append(into table: String, columns: [String], values: [SQLValue]) throws
    /// `count` new values of `table`'s integer `id` key ({rowid}), for rows written with
    /// their ids given (``append(into:columns:values:)``).
    func reserveIDs(in table: String, count: Int) throws -> [Int]
}

extension SQLSession {
    public func append(into table: String, columns: [String], values: [SQLValue]) throws {
        try RowBatch.run("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ", width: columns.count, values: values, self)
    }
}

/// A database the store runs on: reads, and writes that are one transaction each.
public protocol SQLConnection: Sendable {
    var backend: String { get }
    var location: String { get }
    /// ` FOR UPDATE` where the backend locks rows read in a transaction (PostgreSQL); SQLite
    /// has one writer at a time and no such clause.
    var lockClause: String { get }
    /// True when every statement is a round trip to a server: statements are then batched.
    var isRemote: Bool { get }
    /// How the backend writes what differs in a schema.
    var dialect: SQLDialect { get }
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T
    func schemaVersion() throws -> Int
}
