/// One name in a text that does not follow the glossary, where it is, and what to write instead.
public struct Finding: Sendable, Hashable, Codable {
    /// 1-based line.
    public let line: Int
    /// 1-based column in Unicode scalars from the start of the line.
    public let column: Int
    /// 0-based UTF-8 offset of the found text in the file.
    public let byteOffset: Int
    /// Length of the found text in Unicode scalars.
    public let length: Int
    /// The text as written (with the suffix that stays attached, e.g. Kiev's).
    public let found: String
    /// What to write instead (the suffix kept), if there is one suggestion.
    public let suggestion: String?
    /// The concept's id.
    public let concept: String
    public let kind: FindingKind
    public let severity: Severity
    /// One sentence: found → suggestion (kind of KIND "concept"; note).
    public let message: String
}
