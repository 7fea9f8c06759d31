/// The one error type of OnymLint: a document the linter cannot read.
public enum LintError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not UTF-8; `offset` is the first bad byte, on 1-based `line`.
    case invalidUTF8(offset: Int, line: Int)

    public var code: String {
        switch self {
        case .invalidUTF8: "invalid-utf8"
        }
    }

    /// The 1-based line of the problem.
    public var line: Int {
        switch self {
        case .invalidUTF8(_, let line): line
        }
    }

    public var description: String {
        switch self {
        case .invalidUTF8(let offset, _): "invalid UTF-8 at byte offset \(offset)"
        }
    }
}
