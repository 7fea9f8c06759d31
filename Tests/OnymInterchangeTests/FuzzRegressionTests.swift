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
}
