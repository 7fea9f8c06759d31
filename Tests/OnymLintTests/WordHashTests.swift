import Testing
@testable import OnymLint

@Suite struct WordHashTests {
    /// The linter's one-load hash of a short word is the hash the glossary's first words are filed under.
    @Test func aShortWordHashesAsItsBytes() {
        for word in ["a", "by", "kyiv", "zelensk", "1991", "ab12cd"] {
            let bytes = Array(word.utf8)
            let chunk = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            #expect(WordHash.short(chunk, count: bytes.count) == WordHash.of(bytes, 0..<bytes.count))
        }
    }

    /// The same for words of 8 to 15 bytes, read as two loads.
    @Test func aLongWordHashesAsItsBytes() {
        for word in ["zelensky", "zelenskyy", "volodymyr", "dnipropetrovsk", "kyivskaoblast1"] {
            let bytes = Array(word.utf8)
            let padded = bytes + [UInt8](repeating: 0, count: 16 - bytes.count)
            func chunk(_ from: Int) -> UInt64 { (0..<8).reduce(UInt64(0)) { $0 | UInt64(padded[from + $1]) << (8 * UInt64($1)) } }
            #expect(WordHash.long(chunk(0), chunk(8), count: bytes.count) == WordHash.of(bytes, 0..<bytes.count))
        }
    }

    @Test func aWordInATextHashesAsTheWordAlone() {
        let text = Array("in Kyiv, zelenskyy said".utf8)
        #expect(WordHash.of(text, 3..<7) == WordHash.of(Array("Kyiv".utf8)[...]))
        #expect(WordHash.of(text, 9..<18) == WordHash.of(Array("zelenskyy".utf8), 0..<9))
    }

    /// Words that differ only in their last byte, or only in length, hash apart (FNV-1a's top
    /// bits did not tell "the" from "thy", and a third of all words walked the trie).
    @Test func wordsThatDifferAtTheEndHashApart() {
        let words = ["the", "thy", "thx", "th", "the0", "them", "zelenskyy", "zelenskyi", "zelenskyy1"]
        let hashes = words.map { WordHash.of(Array($0.utf8)[...]) }
        #expect(Set(hashes).count == words.count)
        #expect(Set(hashes.map { $0 >> 44 }).count == words.count)
        #expect(Set(hashes.map { $0 & 0xFFF }).count == words.count)
    }
}
