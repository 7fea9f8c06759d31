/// What `onym inspect` reports about one word: normalisation, scripts,
/// look-alike and invisible characters, and the keys it matches on.
public struct WordInspection: Sendable, Hashable, Codable {
    /// The word as given.
    public let word: String
    /// Its offset in the inspected text, in UTF-8 bytes.
    public let offset: Int
    /// True when the word is already NFC.
    public let isNFC: Bool
    /// The word in NFC (equal to `word` when `isNFC`).
    public let nfc: String
    /// Scripts, odd characters and invisible characters.
    public let scripts: ScriptAnalysis
    /// The match key the linter compares.
    public let matchKey: String
    /// The UTS #39 skeleton: words with equal skeletons look alike.
    public let skeleton: String
}
