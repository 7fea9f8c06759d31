import CICU

/// Splits text at UAX #29 word boundaries (ICU's word break iterator).
///
/// ```swift
/// WordTokenizer.words(in: "Kyiv’s mayor, 2022.").map(\.text)  // ["Kyiv’s", "mayor", "2022"]
/// ```
public enum WordTokenizer {
    /// Every segment of `text`, words and the rest, in order.
    public static func tokens(in text: String, locale: String = "") -> [WordToken] {
        var text = text
        return text.withUTF8 { utf8 in
            var tokens: [WordToken] = []
            guard let base = utf8.baseAddress, utf8.count > 0 else { return tokens }
            var error: Int32 = 0
            guard let words = cicu_words_open(locale, base, Int64(utf8.count), &error) else {
                // ICU fails to open an iterator only without memory or data; the whole text is then one token.
                return [WordToken(text: String(decoding: utf8, as: UTF8.self), utf8Range: 0..<utf8.count, kind: .other)]
            }
            defer { cicu_words_close(words) }
            var start = 0
            var status: Int32 = 0
            while true {
                let end = Int(cicu_words_next(words, &status))
                if end < 0 { break }
                let kind: WordToken.Kind = switch status {
                case 100..<200: .number
                case 200..<500: .word
                default: .other
                }
                let slice = UnsafeBufferPointer(rebasing: utf8[start..<end])
                tokens.append(WordToken(text: String(decoding: slice, as: UTF8.self), utf8Range: start..<end, kind: kind))
                start = end
            }
            return tokens
        }
    }

    /// The words and numbers of `text`, without spaces and punctuation.
    public static func words(in text: String, locale: String = "") -> [WordToken] {
        tokens(in: text, locale: locale).filter(\.isWordLike)
    }
}
