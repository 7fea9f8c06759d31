/// The scripts of one word and the characters that do not belong to its main script.
public struct ScriptAnalysis: Sendable, Hashable, Codable {
    /// The scripts of its letters, most frequent first (Common and Inherited left out).
    public let scripts: [String]
    /// The script most of its letters are in, if it has letters.
    public let mainScript: String?
    /// True when its letters come from more than one script.
    public let isMixedScript: Bool
    /// Characters outside the main script, with what they imitate.
    public let oddCharacters: [ConfusableCharacter]
    /// Default-ignorable characters (soft hyphen, zero-width characters, bidi marks) and their offsets.
    public let invisibleCharacters: [InvisibleCharacter]
}
