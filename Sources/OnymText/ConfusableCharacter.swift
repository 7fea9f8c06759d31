/// A character that looks like another of the word's main script.
public struct ConfusableCharacter: Sendable, Hashable, Codable {
    /// The odd character: code point, name, script.
    public let character: ScalarInfo
    /// Its offset in the word, in UTF-8 bytes.
    public let utf8Offset: Int
    /// The character it imitates (its UTS #39 prototype), if it has one.
    public let imitates: ScalarInfo?
}
