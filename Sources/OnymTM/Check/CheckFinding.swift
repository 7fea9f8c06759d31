import OnymLint

/// One problem in one pair.
public struct CheckFinding: Sendable, Hashable, Codable {
    /// The pair's id (TMX `tuid`, XLIFF unit id, line number).
    public let segment: String
    /// 1-based line of the pair in the file.
    public let line: Int
    /// 1-based column in Unicode scalars of `found` in the target, when it is there.
    public let column: Int?
    public let found: String?
    public let suggestion: String?
    public let concept: String?
    public let kind: CheckKind
    public let severity: Severity
    public let message: String
    public let source: String
    public let target: String

    public init(segment: String, line: Int, column: Int?, found: String?, suggestion: String?, concept: String?, kind: CheckKind,
                severity: Severity, message: String, source: String, target: String) {
        self.segment = segment
        self.line = line
        self.column = column
        self.found = found
        self.suggestion = suggestion
        self.concept = concept
        self.kind = kind
        self.severity = severity
        self.message = message
        self.source = source
        self.target = target
    }

    /// The same finding with another severity.
    public func with(severity: Severity) -> CheckFinding {
        CheckFinding(segment: segment, line: line, column: column, found: found, suggestion: suggestion, concept: concept, kind: kind,
                     severity: severity, message: message, source: source, target: target)
    }
}
