import OnymGlossary

/// A problem with a translation-memory file or the store's memory: where it is and what it is.
public struct TMError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the problem is not on one line.
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// A store problem (it cannot be opened, it is newer than this onym) as this module's error.
    init(_ error: GlossaryError) {
        let first = error.problems.first
        self.init(file: first?.file ?? "", line: first?.line ?? 0, message: first?.message ?? error.description)
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
