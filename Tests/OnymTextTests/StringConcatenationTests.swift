import Testing
@testable import OnymText

@Suite struct StringConcatenationTests {
    /// Whole strings joined as bytes are the strings joined: any script, empty parts, and a
    /// combining mark that joins the character before it across the seam.
    @Test func joinsWholeStringsAsTheirBytes() {
        let parts = ["Kiev", " → ", "", "Київ", " (", "😀", "e", "\u{301}", ")"]
        let joined = String.concatenating(parts)
        #expect(Array(joined.utf8) == parts.flatMap { Array($0.utf8) })
        #expect(joined == parts.joined())
        #expect(joined.unicodeScalars.count == parts.reduce(0) { $0 + $1.unicodeScalars.count })
        #expect(String.concatenating([]) == "")
        #expect("Kyiv".followed(by: "") == "Kyiv")
        #expect("Kyiv".followed(by: "’s") == "Kyiv’s")
    }
}
