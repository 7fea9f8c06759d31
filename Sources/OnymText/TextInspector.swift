/// Looks at each word of a text the way a copy editor needs when two
/// spellings "look the same" but do not match.
///
/// ```swift
/// let report = TextInspector.inspect("Kyіv", language: "en")
/// report[0].scripts.isMixedScript  // true: the і is Cyrillic
/// ```
public enum TextInspector {
    /// One inspection per whitespace-separated word (invisible characters stay inside the word).
    public static func inspect(_ text: String, language: String = "en") -> [WordInspection] {
        let folding = CaseFolding(language: language)
        var results: [WordInspection] = []
        var word = String.UnicodeScalarView()
        var wordStart = 0
        var offset = 0
        func flush() {
            guard !word.isEmpty else { return }
            let text = String(word)
            let nfc = Normalizer.normalize(text, to: .nfc)
            results.append(WordInspection(
                word: text, offset: wordStart, isNFC: Normalizer.isNFC(text), nfc: nfc,
                scripts: Confusables.analyze(text), matchKey: MatchKey(text, folding: folding).string,
                skeleton: Confusables.skeleton(text)))
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                flush()
            } else {
                if word.isEmpty { wordStart = offset }
                word.append(scalar)
            }
            offset += UTF8.width(scalar)
        }
        flush()
        return results
    }
}
