/// How `onym serve` listens and what it accepts, resolved by the front end from its flags.
public struct ServerSettings: Sendable {
    /// The address to bind; loopback unless told otherwise.
    public var host = "127.0.0.1"
    /// The port; 0 takes a free one (tests).
    public var port = 8080
    /// The largest request body accepted (413 above it).
    public var bodyLimit = 1 << 20
    /// Origins a browser page may call the API from (CORS); none by default.
    public var corsOrigins: [String] = []
    /// How often the glossaries are looked at for changes.
    public var reloadInterval: Duration = .seconds(1)
    /// Who may do what; nil: anyone who can connect may read, nobody may write.
    public var tokens: TokenFile?
    /// Requests a minute from one token or address (429 above); nil: no limit.
    public var ratePerMinute: Int?
    /// Onym's version, for LanguageTool's `software` and the OpenAPI document.
    public var version: String

    public init(version: String) {
        self.version = version
    }
}
