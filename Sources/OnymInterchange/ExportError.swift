import OnymGlossary

/// An export that would break the rules of its target service, or lacks an option.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    public let violations: [ExportViolation]
    public let message: String

    public var description: String {
        ([message] + violations.map(\.description)).joined(separator: "\n")
    }
}
