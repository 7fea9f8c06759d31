/// A row that does not hold what the store reads from it: the column, and what is wrong.
public struct SQLRowError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case missing
        case null
        case invalid(String, expected: String)
    }

    public let column: String
    public let problem: Problem

    public var description: String {
        switch problem {
        case .missing: "the row has no column '\(column)'"
        case .null: "column '\(column)' is NULL"
        case .invalid(let text, let expected): "column '\(column)' holds '\(text)', not \(expected)"
        }
    }
}
