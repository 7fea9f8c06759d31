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
        // An encoding libxml2 does not know ("UT1-8") is read as UTF-8, and checked as such.
        #expect(throws: GlossaryError(file: "g.tbx", line: 6, rule: .invalidUTF8, message: "invalid UTF-8 at byte offset 189")) {
            try TBXReader.read(bytes: try Self.fixture("unknown-encoding.tbx"), file: "g.tbx")
        }
        // "<?xml" without a space is an instruction, not a declaration: its encoding does not count.
        #expect(throws: GlossaryError(file: "g.tbx", line: 1, rule: .invalidUTF8, message: "invalid UTF-8 at byte offset 5")) {
            try TBXReader.read(bytes: try Self.fixture("not-a-declaration.tbx"), file: "g.tbx")
        }
        // A declaration broken by markup declares nothing: UTF-8, checked.
        #expect(throws: GlossaryError(file: "g.tbx", line: 5, rule: .invalidUTF8, message: "invalid UTF-8 at byte offset 89")) {
            try TBXReader.read(bytes: try Self.fixture("broken-declaration.tbx"), file: "g.tbx")
        }
        // Another declared encoding is libxml2's to convert, not checked as UTF-8.
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><martif type=\"TBX-Basic\"><text><body/></text></martif>".utf8)
        #expect(latin1.withUnsafeBytes { XMLFailure.invalidUTF8(in: $0) } == nil)
        #expect(Array("<?xml version='1.0' encoding='UTF-8'?><a>\u{FF}</a>".utf8).withUnsafeBytes { XMLFailure.invalidUTF8(in: $0) } == nil)
        let bad: [UInt8] = Array("<?xml version='1.0' encoding='utf-8'?>\n<a>".utf8) + [0xFF] + Array("</a>".utf8)
        #expect(bad.withUnsafeBytes { XMLFailure.invalidUTF8(in: $0) }.map { [$0.offset, $0.line] } == [42, 2])
    }

    /// `<?z?>`: FoundationXML read the instruction's missing data with strlen (a crash); the
    /// same text inside a comment or CDATA is no instruction.
    @Test func processingInstructionsWithoutDataAreOneClearError() throws {
        let text = "<?xml version=\"1.0\"?>\n<!-- <?x?> --><martif><![CDATA[<?y?>]]>\n<?z ?></martif>"
        #expect(throws: GlossaryError(file: "g.tbx", line: 3, rule: .yamlSyntax,
                                      message: "a processing instruction without data (<?name?>): Foundation's XML parser cannot read one; remove it or give it data")) {
            try TBXReader.read(bytes: Array(text.utf8), file: "g.tbx")
        }
        // After a declaration that never ends, an empty instruction further on is still found.
        #expect(throws: GlossaryError(file: "g.tbx", line: 6, rule: .yamlSyntax,
                                      message: "a processing instruction without data (<?name?>): Foundation's XML parser cannot read one; remove it or give it data")) {
            try TBXReader.read(bytes: try Self.fixture("unterminated-declaration.tbx"), file: "g.tbx")
        }
        let fine = Array("<?xml version=\"1.0\"?><!-- <?x?> --><a><![CDATA[<?y?>]]><?z data?></a>".utf8)
        #expect(fine.withUnsafeBytes { XMLFailure.emptyProcessingInstruction(in: $0) } == nil)
    }
}
