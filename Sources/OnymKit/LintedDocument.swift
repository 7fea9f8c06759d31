import OnymLint

/// A document checked: its name, the language it was checked in, its text (empty when
/// the caller did not ask to keep it) and its findings in offset order.
public struct LintedDocument: Sendable, Equatable {
    public let name: String
    public let language: String
    public let text: [UInt8]
    public let findings: [Finding]

    public init(name: String, language: String, text: [UInt8], findings: [Finding]) {
        self.name = name
        self.language = language
        self.text = text
        self.findings = findings
    }
}
