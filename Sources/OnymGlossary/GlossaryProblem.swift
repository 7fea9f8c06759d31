/// One thing wrong in a glossary, locale or config file, with where it is.
public struct GlossaryProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Which rule the input breaks; stable, for JSON output and tests.
    public enum Rule: String, Sendable, Hashable, Codable {
        case unreadable, invalidUTF8, yamlSyntax, unknownKey, missingKey, wrongType
        case invalidId, duplicateId, invalidKind, invalidDate, invalidLanguage
        case missingPreferred, twoPreferred, emptyTerm, variantIsPreferred, conflict
        case unknownScheme
    }

    /// The file (as the user named it, or `bundled:NAME`).
    public let file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public let line: Int
    public let rule: Rule
    /// What is wrong and what to do, in one sentence.
    public let message: String

    public init(file: String, line: Int, rule: Rule, message: String) {
        self.file = file
        self.line = line
        self.rule = rule
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
