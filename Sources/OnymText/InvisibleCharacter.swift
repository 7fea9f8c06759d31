/// An invisible character inside a word.
public struct InvisibleCharacter: Sendable, Hashable, Codable {
    /// The character.
    public let character: ScalarInfo
    /// Its offset in the word, in UTF-8 bytes.
    public let utf8Offset: Int
}
