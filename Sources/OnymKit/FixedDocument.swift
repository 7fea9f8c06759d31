import OnymLint

/// A document with the safe suggestions applied: the text before and after, the findings
/// fixed, and those left (positions in `text`, the fixed text).
public struct FixedDocument: Sendable, Equatable {
    public let name: String
    public let language: String
    public let original: [UInt8]
    public let text: [UInt8]
    public let fixed: [Finding]
    public let remaining: [Finding]

    /// True when the fixes changed the text.
    public var changed: Bool { !fixed.isEmpty }
}
