import Testing
@testable import OnymLSP

@Suite struct LineIndexTests {
    /// "😀 Talks in Kiev." then "Café — Turkey's" with CRLF: positions in both encodings.
    static let text = Array("😀 Talks in Kiev.\r\nCafé — Turkey's\rlast".utf8)

    @Test func positionsInBothEncodings() {
        let lines = LineIndex(Self.text)
        #expect(lines.starts == [0, 21, 40])
        let kiev = 14  // after 😀 (4 bytes), a space and "Talks in "
        #expect(lines.position(of: kiev, .utf8) == (0, 14))
        #expect(lines.position(of: kiev, .utf16) == (0, 12))
        let turkey = 21 + 10  // after "Café — " (5 + 1 + 3 + 1 bytes)
        #expect(lines.position(of: turkey, .utf8) == (1, 10))
        #expect(lines.position(of: turkey, .utf16) == (1, 7))
        #expect(lines.position(of: 40, .utf16) == (2, 0))
        #expect(lines.position(of: 999, .utf16) == (2, 4))
    }

    @Test func offsetsBackAndClamped() {
        let lines = LineIndex(Self.text)
        #expect(lines.offset(line: 0, character: 12, .utf16) == 14)
        #expect(lines.offset(line: 0, character: 14, .utf8) == 14)
        #expect(lines.offset(line: 1, character: 7, .utf16) == 31)
        // Past a line's end is its end (before CRLF or CR); past the last line, the text's end.
        #expect(lines.offset(line: 0, character: 99, .utf16) == 19)
        #expect(lines.offset(line: 1, character: 99, .utf8) == 39)
        #expect(lines.offset(line: 7, character: 0, .utf16) == Self.text.count)
        #expect(lines.offset(line: -1, character: 0, .utf16) == 0)
        // Inside a surrogate pair: the character's end, never its middle.
        #expect(lines.offset(line: 0, character: 1, .utf16) == 4)
    }

    @Test func theEncodingIsUTF8WhenOffered() {
        #expect(PositionEncoding.negotiate(["utf-16", "utf-8"]) == .utf8)
        #expect(PositionEncoding.negotiate(["utf-32"]) == .utf16)
        #expect(PositionEncoding.negotiate(nil) == .utf16)
    }
}
