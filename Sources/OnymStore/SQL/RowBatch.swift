/// Rows for one table, written many to a statement (`INSERT … VALUES (…), (…), …`): on a
/// server every statement is a round trip, and a statement a row made an import of
/// 100,000 concepts into PostgreSQL take minutes. Both backends take the same SQL.
public struct RowBatch: Sendable {
    /// `INSERT INTO t (a, b) VALUES `: what comes before the rows.
    let head: String
    /// What follows the rows (`ON CONFLICT …`, `RETURNING …`), or nothing.
    let tail: String
    let width: Int
    private(set) var values: [SQLValue] = []

    /// Under PostgreSQL's 65,535 parameters a statement and SQLite's 32,766.
    static let parameterLimit = 30_000
    static let rowLimit = 1_000

    public init(_ head: String, width: Int, tail: String = "") {
        self.head = head
        self.width = width
        self.tail = tail
    }

    public var rowCount: Int { values.count / width }
    public var isEmpty: Bool { values.isEmpty }
    /// True when one more row would pass a limit.
    public var isFull: Bool { rowCount >= Self.rowLimit || values.count + width > Self.parameterLimit }

    public mutating func append(_ row: some Collection<SQLValue>) {
        precondition(row.count == width, "a row of \(row.count) values for \(width) columns")
        values += row
    }

    /// `?, ?, …`: `count` placeholders, for a row or an `IN (…)` list.
    public static func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }

    /// The statement for the rows so far, and its values; the batch is empty after.
    mutating func take() -> (sql: String, values: [SQLValue]) {
        let row = "(" + Self.placeholders(width) + ")"
        let sql = head + Array(repeating: row, count: rowCount).joined(separator: ", ") + tail
        defer { values = [] }
        return (sql, values)
    }

    /// Runs the rows so far (nothing when there are none).
    public mutating func flush(_ db: any SQLSession) throws {
        guard !isEmpty else { return }
        let (sql, values) = take()
        try db.run(sql, values)
    }

    /// Runs the rows so far and returns the rows of their `RETURNING` clause.
    public mutating func flushReturning(_ db: any SQLSession) throws -> [SQLRow] {
        guard !isEmpty else { return [] }
        let (sql, values) = take()
        return try db.rows(sql, values)
    }

    /// All of `values` (`width` a row) in as few statements as the limits allow.
    public static func run(_ head: String, width: Int, values: [SQLValue], tail: String = "", _ db: any SQLSession) throws {
        var batch = RowBatch(head, width: width, tail: tail)
        for start in stride(from: 0, to: values.count, by: width) {
            if batch.isFull { try batch.flush(db) }
            batch.append(values[start..<(start + width)])
        }
        try batch.flush(db)
    }
}
