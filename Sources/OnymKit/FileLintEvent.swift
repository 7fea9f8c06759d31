import OnymLint

/// What ``Workspace/lint(files:jobs:keepText:deliver:)`` hands its caller, in the order of
/// the files: a file checked whole, or a large plain-text file piece by piece (begin,
/// pieces, end), or a file that could not be checked.
public enum FileLintEvent: Sendable {
    /// A file checked whole.
    case document(LintedDocument)
    /// A large plain-text file is about to be delivered in pieces.
    case begin(name: String, language: String)
    /// The next piece of that file: its bytes, where they start, its findings.
    case piece(LintedPiece)
    /// That file is done; `failure` when it stopped early (what was delivered stands).
    case end(failure: WorkspaceError?)
    /// A file that could not be checked.
    case failure(WorkspaceError)
}
