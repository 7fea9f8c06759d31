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
public struct SQLRow: Sendable {
    let names: [String]
    let values: [SQLValue]

    private func value(_ column: String) -> SQLValue {
        guard let i = names.firstIndex(of: column) else { return .null }
        return values[i]
    }

    public func text(_ column: String) -> String {
        switch value(column) {
        case .text(let s): s
        case .int(let i): String(i)
        case .null: ""
        }
    }

    public func optionalText(_ column: String) -> String? {
        if case .text(let s) = value(column) { return s }
        return nil
    }

    public func int(_ column: String) -> Int {
        switch value(column) {
        case .int(let i): i
        case .text(let s): Int(s) ?? 0
        case .null: 0
        }
    }
}

/// Statements inside one transaction (or one read). SQL is written with `?` placeholders;
/// a backend that numbers them (`$1`) rewrites them.
public protocol SQLSession: AnyObject {
    func run(_ sql: String, _ arguments: [SQLValue]) throws
    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]
    /// Runs an INSERT into a table with an integer `id` key and returns the new row's id.
    func insert(_ sql: String, _ arguments: [SQLValue]) throws -> Int
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
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T
    func schemaVersion() throws -> Int
}
