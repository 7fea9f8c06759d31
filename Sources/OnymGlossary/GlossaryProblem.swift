/// One thing wrong in a glossary, locale or config file, with where it is.
public struct GlossaryProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Which rule the input breaks; stable, for JSON output and tests.
    public enum Rule: String, Sendable, Hashable, Codable {
        case unreadable, invalidUTF8, yamlSyntax, unknownKey, missingKey, wrongType
        case invalidId, duplicateId, invalidKind, invalidDate, invalidLanguage
        case missingPreferred, twoPreferred, emptyTerm, variantIsPreferred, conflict
        case invalidPeriod, unknownHouse
        case unknownScheme
        /// The store cannot be opened, read or written, or was written by a newer onym.
        case store
        /// A concept changed between reading and writing it (its revision moved on).
        case concurrentEdit
        /// No concept with that id, or one already there.
        case unknownConcept, conceptExists
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
    /// `file:line: message`; a problem of no file (a store's concurrent edit) is its message alone.
    public var description: String {
        file.isEmpty ? message : (line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)")
    }
}
