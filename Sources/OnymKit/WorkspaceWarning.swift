/// Something a front end should tell its user that does not stop the work.
public enum WorkspaceWarning: Sendable, Equatable, CustomStringConvertible {
    /// No glossary in use has terms in `language` (a misspelt or unusual tag must not
    /// silently check nothing); `known` are the languages that have some.
    case noTerms(language: String, known: [String])

    public var description: String {
        switch self {
        case .noTerms(let language, let known):
            "warning: no glossary has terms in '\(language)'; only \(known.joined(separator: ", "))"
        }
    }
}
