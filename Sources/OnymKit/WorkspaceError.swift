import OnymGlossary
import OnymLint
import OnymTM

/// Why a workspace could not do what it was asked: a document or file that cannot be
/// read or checked (where, and one message), or glossaries that do not load (every problem).
public enum WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `line` is 1-based, nil when the problem is not on one line.
    case input(file: String, line: Int?, message: String)
    case glossary(GlossaryError)
    /// What was asked cannot be done as asked (say, CSV of a memory of several language pairs).
    case request(String)

    init(_ error: LintError, file: String) {
        self = .input(file: file, line: error.line, message: "\(error)")
    }

    init(_ error: TMError) {
        self = .input(file: error.file, line: error.line > 0 ? error.line : nil, message: error.message)
    }

    public var description: String {
        switch self {
        case .input(let file, let line, let message): line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
        case .glossary(let error): error.description
        case .request(let message): message
        }
    }
}
