import OnymGlossary

/// A row a service would reject, with the concept it came from.
public struct ExportViolation: Sendable, Hashable, CustomStringConvertible {
    public let concept: String
    public let message: String

    public var description: String { "concept '\(concept)': \(message)" }
}
