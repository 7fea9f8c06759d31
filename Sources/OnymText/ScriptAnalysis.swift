import CICU

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

extension ScriptAnalysis {
    /// The script most of `word`'s letters are in (Unicode names: "Latin", "Cyrillic"), without
    /// the rest of an analysis; nil when it has no letters of any script.
    public static func mainScript(of word: String) -> String? {
        // ASCII letters are Latin; most names are told here.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } ? "Latin" : nil
        }
        var counts: [Int32: Int] = [:]
        var order: [Int32] = []
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            let code = cicu_script(Int32(bitPattern: scalar.value))
            guard code > 1 else { continue }  // Common (0), Inherited (1), unknown (-1)
            if counts[code] == nil { order.append(code) }
            counts[code, default: 0] += 1
        }
        guard let main = order.max(by: { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }) else { return nil }
        return ScalarInfo.scriptName(main)
    }
}
