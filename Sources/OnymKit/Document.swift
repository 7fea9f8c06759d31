import OnymLint

/// A text to check: its name (a path, `<stdin>`, an editor's URI), bytes and format,
/// and its language when the caller knows it (else the document says, else the
/// workspace's default).
public struct Document: Sendable, Equatable {
    public var name: String
    public var bytes: [UInt8]
    public var format: DocumentFormat
    public var language: String?

    public init(name: String, bytes: [UInt8], format: DocumentFormat, language: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.format = format
        self.language = language
    }

    /// A text given as a string.
    public init(name: String, text: String, format: DocumentFormat, language: String? = nil) {
        self.init(name: name, bytes: Array(text.utf8), format: format, language: language)
    }
}
