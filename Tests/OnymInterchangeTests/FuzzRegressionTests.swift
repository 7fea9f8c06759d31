import Foundation
@testable import OnymGlossary
@testable import OnymInterchange
import Testing

/// Inputs the fuzz targets (Fuzz/, Scripts/fuzz.sh) found, kept so that they stay answered
/// with one clear message.
@Suite struct FuzzRegressionTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz/\(name)")
        return [UInt8](try Data(contentsOf: url))
    }

    /// Not XML at all ("\nz0\n"): FoundationXML leaked a CFError on this error path.
    @Test func aTBXThatIsNotXMLIsOneClearError() throws {
        let bytes = try Self.fixture("libxml2-error.tbx")
        #expect(throws: GlossaryError(file: "g.tbx", line: 2, rule: .yamlSyntax,
                                      message: "not well-formed XML: no element: the document does not start with '<'")) {
            try TBXReader.read(bytes: bytes, file: "g.tbx")
        }
    }

    /// Bytes that are not UTF-8 in an element's name: FoundationXML trapped (a crash) on them.
    @Test func aNameThatIsNotUTF8IsOneClearError() throws {
        let bytes = try Self.fixture("invalid-utf8-name.tbx")
        #expect(throws: GlossaryError(file: "g.tbx", line: 1, rule: .invalidUTF8, message: "invalid UTF-8 at byte offset 6")) {
            try TBXReader.read(bytes: bytes, file: "g.tbx")
        }
        // Another declared encoding is libxml2's to convert, not checked as UTF-8.
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><martif type=\"TBX-Basic\"><text><body/></text></martif>".utf8)
        #expect(latin1.withUnsafeBytes { XMLFailure.invalidUTF8(in: $0) } == nil)
        #expect(Array("<?xml version='1.0' encoding='UTF-8'?><a>\u{FF}</a>".utf8).withUnsafeBytes { XMLFailure.invalidUTF8(in: $0) } == nil)
        let bad: [UInt8] = Array("<?xml version='1.0' encoding='utf-8'?>\n<a>".utf8) + [0xFF] + Array("</a>".utf8)
        #expect(bad.withUnsafeBytes { XMLFailure.invalidUTF8(in: $0) }.map { [$0.offset, $0.line] } == [42, 2])
    }
}
