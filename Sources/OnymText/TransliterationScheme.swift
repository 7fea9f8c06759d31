/// A named way of writing one script in another: an ICU built-in transform
/// or one of Onym's own rule files in `locales/translit/`.
public struct TransliterationScheme: Sendable, Hashable, Codable {
    /// The id used on the command line and in locale profiles (`uk-Latn-national`, `Any-Latin`).
    public let id: String
    /// What it converts from, e.g. `Cyrillic (uk)` or ICU's source name (`Ukrainian`).
    public let sourceScript: String
    /// One line on what it does.
    public let description: String
    /// The standard or style guide it follows.
    public let source: String
    /// True for Onym's own schemes (ICU rules in `locales/translit/`), false for ICU built-ins.
    public let isOnymScheme: Bool
    /// The ICU rules of an Onym scheme; nil for a built-in.
    public let rules: String?

    public init(id: String, sourceScript: String, description: String, source: String, rules: String?) {
        self.id = id
        self.sourceScript = sourceScript
        self.description = description
        self.source = source
        self.isOnymScheme = rules != nil
        self.rules = rules
    }
}
