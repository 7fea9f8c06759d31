import OnymGlossary

/// An export's text and what it left out.
public struct ExportResult: Sendable {
    /// The file's contents.
    public let text: String
    /// Concepts left out of a wide export for lacking a language.
    public let missingLanguage: Int
    /// Rows dropped with `--skip-invalid`, with why.
    public let skipped: [ExportViolation]
}
