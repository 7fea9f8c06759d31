/// The one error type of OnymLint: a document the linter cannot read.
public enum LintError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not UTF-8; `offset` is the first bad byte.
    case invalidUTF8(offset: Int)

    public var code: String {
        switch self {
        case .invalidUTF8: "invalid-utf8"
        }
    }

    public var description: String {
        switch self {
        case .invalidUTF8(let offset): "invalid UTF-8 at byte offset \(offset)"
        }
    }
}
