import Foundation
import Testing
@testable import OnymLint
import OnymTestSupport

@Suite struct FilePiecesTests {
    /// Writes `text` to a temporary file and gives its pieces to `body`.
    func withPieces(_ text: [UInt8], size: Int, _ body: (FilePieces) throws -> Void) throws {
        let url = Leftovers.temporary("onym-pieces-\(UUID().uuidString).txt")
        try Data(text).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        try body(FilePieces(fd: fd, size: text.count, pieceSize: size))
    }

    /// The pieces cover the file once, in order, each after a line break.
    @Test func piecesEndAfterALineBreakAndCoverTheFile() throws {
        let text = Array((0..<300).map { "line \($0) of the text\n" }.joined().utf8)
        try withPieces(text, size: 100) { pieces in
            #expect(pieces.count == (text.count + 99) / 100)
            var next = 0
            for p in 0..<pieces.count {
                let range = pieces.range(p)
                #expect(range.lowerBound == next)
                if !range.isEmpty, range.upperBound < text.count { #expect(text[range.upperBound - 1] == 0x0A) }
                #expect(pieces.read(range) == Array(text[range]))
                next = range.upperBound
            }
            #expect(next == text.count)
        }
    }

    /// A line longer than four pieces is cut after a space; with no space, at a scalar's start.
    @Test func aLongLineIsCutAfterASpaceElseBetweenScalars() throws {
        let spaced = Array((String(repeating: "Kyiv ", count: 200) + "\nend\n").utf8)
        try withPieces(spaced, size: 64) { pieces in
            let cut = pieces.cut(64)
            #expect(spaced[cut - 1] == 0x20)
            #expect(cut == 65)
        }
        let unspaced = Array((String(repeating: "ї", count: 500) + "\n").utf8)
        try withPieces(unspaced, size: 64) { pieces in
            // Byte 65 is the second byte of a ї: the cut goes back to its first.
            #expect(pieces.cut(65) == 64)
            #expect(pieces.cut(64) == 64)
        }
    }
}
