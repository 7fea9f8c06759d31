import Testing
@testable import OnymText

@Suite struct WordTokenizerTests {
    @Test func wordsAndNumbers() {
        let words = WordTokenizer.words(in: "Kyiv’s mayor, 2,000 soldiers.")
        #expect(words.map(\.text) == ["Kyiv’s", "mayor", "2,000", "soldiers"])
        #expect(words.map(\.kind) == [.word, .word, .number, .word])
        #expect(words.map(\.utf8Range) == [0..<8, 9..<14, 16..<21, 22..<30])
    }

    @Test func everyTokenCoversTheText() {
        let text = "У Києві — «мир»! Türkiye'nin"
        let tokens = WordTokenizer.tokens(in: text)
        #expect(tokens.map(\.text).joined() == text)
        #expect(WordTokenizer.words(in: text).map(\.text) == ["У", "Києві", "мир", "Türkiye'nin"])
        #expect(tokens.last?.utf8Range.upperBound == text.utf8.count)
    }

    @Test func emptyText() {
        #expect(WordTokenizer.tokens(in: "").isEmpty)
    }
}
