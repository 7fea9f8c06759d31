/// A file `onym lint` is asked to check: named by the user (checked whatever its bytes) or
/// found by walking a folder (left out when it is binary, as grep and typos leave them).
public struct InputFile: Sendable, Equatable {
    public let path: String
    /// True for a file found in a folder: a NUL byte in its first 8 KiB leaves it out.
    public let skipsBinary: Bool

    public init(_ path: String, skipsBinary: Bool = false) {
        self.path = path
        self.skipsBinary = skipsBinary
    }
}
