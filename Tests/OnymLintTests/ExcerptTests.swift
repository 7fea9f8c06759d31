import Testing
@testable import OnymLint

@Suite struct ExcerptTests {
    func finding(at offset: Int, _ found: String) -> Finding {
        Finding(line: 1, column: 1, byteOffset: offset, length: found.unicodeScalars.count, found: found, suggestion: nil,
                concept: "c", kind: .variant, severity: .warning, message: "")
    }

    @Test func aShortLineIsShownWhole() {
        let text = Array("First line.\nTalks in Kiev on Friday.\r\nLast.".utf8)
        #expect(Excerpt.around(finding(at: 21, "Kiev"), in: text, base: 0) == Excerpt(text: "Talks in Kiev on Friday.", column: 9))
    }

    /// A long line is cut to about `width` scalars around the finding, "…" where it goes on.
    @Test func aLongLineIsAWindow() {
        let before = String(repeating: "ab ", count: 100), after = String(repeating: " cd", count: 100)
        let text = Array((before + "Київ" + after).utf8)
        let e = Excerpt.around(finding(at: before.utf8.count, "Київ"), in: text, base: 0, width: 20)
        #expect(e == Excerpt(text: "…b ab ab Київ cd cd c…", column: 9))
        // At the line's start, the room goes after the finding.
        let start = Excerpt.around(finding(at: 0, "ab"), in: text, base: 0, width: 10)
        #expect(start == Excerpt(text: "ab ab ab a…", column: 0))
    }

    /// A piece of a file: offsets are the file's, the bytes start at `base`.
    @Test func aPieceOfAFile() {
        let piece = Array("in Kiev.\n".utf8)
        #expect(Excerpt.around(finding(at: 1_000_003, "Kiev"), in: piece, base: 1_000_000) == Excerpt(text: "in Kiev.", column: 3))
    }
}
