/// How an LSP position counts characters within a line: UTF-8 bytes when the client
/// offers it (no conversion), else UTF-16 code units (the protocol's default).
public enum PositionEncoding: String, Sendable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"

    /// The encoding to use of those a client offers (`general.positionEncodings`).
    public static func negotiate(_ offered: [String]?) -> PositionEncoding {
        (offered ?? []).contains("utf-8") ? .utf8 : .utf16
    }
}
