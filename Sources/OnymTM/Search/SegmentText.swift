import OnymText

/// A text as the memory compares it: its words and numbers (UAX #29 word tokens of the
/// NFC text, from the text core's word iterator) with their match keys, its punctuation,
/// and its inline placeholders.
public struct SegmentText: Sendable {
    public struct Token: Sendable, Hashable {
        public let text: String
        /// The match key (case and diacritics folded); every number has the key `#`, so
        /// numbers that differ align, and cost a penalty, not an edit.
        public let key: String
        public let isNumber: Bool
        /// UTF-8 range in the text.
        public let range: Range<Int>
    }

    public let text: String
    public let tokens: [Token]
    /// Every segment that is neither a word, a number nor a space, in order.
    public let punctuation: [String]
    public let placeholders: [String]
    /// All segments in order (words and the rest), for showing a text with marks.
    let pieces: [(text: String, word: Int?)]

    public init(_ text: String, language: String) {
        self.text = text
        // Placeholders become spaces of the same length: offsets stay those of the text.
        let marks = InlineTags.placeholders(in: text)
        let bytes = Array(text.utf8)
        var plain = text
        if !marks.isEmpty {
            var blanked = bytes
            for m in marks { for i in m.range { blanked[i] = 0x20 } }
            plain = String(decoding: blanked, as: UTF8.self)
        }
        placeholders = marks.map(\.text)
        let folding = CaseFolding(language: language)
        var tokens: [Token] = [], punctuation: [String] = [], pieces: [(String, Int?)] = []
        for t in WordTokenizer.tokens(in: plain, locale: language) {
            let original = String(decoding: bytes[t.utf8Range], as: UTF8.self)
            if t.isWordLike {
                let number = t.kind == .number
                pieces.append((original, tokens.count))
                tokens.append(Token(text: t.text, key: number ? "#" : MatchKey.string(of: t.text, folding: folding), isNumber: number,
                                    range: t.utf8Range))
            } else {
                pieces.append((original, nil))
                let trimmed = t.text.filter { !$0.isWhitespace }
                if !trimmed.isEmpty { punctuation.append(trimmed) }
            }
        }
        self.tokens = tokens
        self.punctuation = punctuation
        self.pieces = pieces
    }

    /// The keys the index keeps for the text: each distinct key once.
    public var indexKeys: Set<String> { Set(tokens.map(\.key)) }
}
