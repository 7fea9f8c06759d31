import Testing
@testable import OnymLint

/// Words are remembered by their key's bytes and hash: two words with one hash are two words,
/// a word without a near miss is remembered as such, and a word never asked is unknown.
@Suite struct NearMissMemoTests {
    @Test func wordsAreToldApartByTheirBytes() {
        let memo = NearMissMemo()
        let turkiye = FuzzyIndex.Entry(key: Array("turkiye".unicodeScalars), concept: 3, form: "Türkiye")
        let turkye = Array("turkye".utf8), zelensky = Array("zelensky".utf8)
        #expect(memo.known(turkye[...], hash: 7) == nil)
        memo.remember(turkye[...], hash: 7, turkiye)
        // Another word with the same hash (as if they collided) is not the first one.
        #expect(memo.known(zelensky[...], hash: 7) == nil)
        memo.remember(zelensky[...], hash: 7, nil)
        #expect(memo.known(turkye[...], hash: 7)??.form == "Türkiye")
        #expect(memo.known(zelensky[...], hash: 7).map { $0 == nil } == true)
        // A slice of a larger text is asked by its bytes alone.
        let text = Array("in turkye today".utf8)
        #expect(memo.known(text[3..<9], hash: 7)??.concept == 3)
        #expect(memo.known(text[3..<9], hash: 8) == nil)
    }
}
