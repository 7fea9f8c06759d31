import Testing
@testable import OnymText

@Suite struct EditDistanceTests {
    func d(_ a: String, _ b: String, limit: Int = .max) -> Int? {
        EditDistance.damerauLevenshtein(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    @Test func distances() {
        #expect(d("turkye", "turkiye") == 1)
        #expect(d("zelenskky", "zelenskyy") == 1)
        #expect(d("kyvi", "kyiv") == 1)  // a transposition is one edit
        #expect(d("kiev", "kyiv") == 2)
        #expect(d("", "abc") == 3)
        #expect(d("same", "same") == 0)
    }

    @Test func limitCutsOff() {
        #expect(d("kiev", "kyiv", limit: 1) == nil)
        #expect(d("a", "abcdef", limit: 2) == nil)
        #expect(d("selenskij", "zelenskyy", limit: 3) == 3)
    }
}
