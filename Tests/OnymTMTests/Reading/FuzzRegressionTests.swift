import Testing
@testable import OnymTM

/// Inputs the fuzz targets (Fuzz/, Scripts/fuzz.sh) found, kept so that they stay answered
/// with one clear message. These made FoundationXML leak a CFError on its error path; the
/// reader's answer is what is checked here.
@Suite struct FuzzRegressionTests {
    @Test func aTMXWithMismatchedTagsIsOneClearError() {
        let path = Fixture.path("fuzz/libxml2-error.tmx")
        #expect(throws: TMError(file: path, line: 13, message: "not well-formed XML: an end tag that does not match its start tag")) {
            try TMXReader.read(path) { _ in }
        }
    }

    @Test func anXLIFFWithMismatchedTagsIsOneClearError() {
        let path = Fixture.path("fuzz/libxml2-error.xlf")
        #expect(throws: TMError(file: path, line: 12, message: "not well-formed XML: an end tag that does not match its start tag")) {
            try XLIFFReader.read(path) { _ in }
        }
    }

    /// Bytes that are not UTF-8 in an element's name: FoundationXML trapped (a crash) on them.
    @Test func namesThatAreNotUTF8AreOneClearError() {
        let tmx = Fixture.path("fuzz/invalid-utf8-name.tmx")
        #expect(throws: TMError(file: tmx, line: 3, message: "invalid UTF-8 at byte offset 84")) { try TMXReader.read(tmx) { _ in } }
        let xliff = Fixture.path("fuzz/invalid-utf8-name.xlf")
        #expect(throws: TMError(file: xliff, line: 3, message: "invalid UTF-8 at byte offset 122")) { try XLIFFReader.read(xliff) { _ in } }
    }

    /// `<?xm?>`: FoundationXML read the instruction's missing data with strlen (a crash).
    @Test func processingInstructionsWithoutDataAreOneClearError() {
        let message = "a processing instruction without data (<?name?>): Foundation's XML parser cannot read one; remove it or give it data"
        let tmx = Fixture.path("fuzz/empty-processing-instruction.tmx")
        #expect(throws: TMError(file: tmx, line: 1, message: message)) { try TMXReader.read(tmx) { _ in } }
        let xliff = Fixture.path("fuzz/empty-processing-instruction.xlf")
        #expect(throws: TMError(file: xliff, line: 1, message: message)) { try XLIFFReader.read(xliff) { _ in } }
        // `<?<?xml?>`: the empty one inside a broken one.
        let nested = Fixture.path("fuzz/nested-instruction.xlf")
        #expect(throws: TMError(file: nested, line: 1, message: message)) { try XLIFFReader.read(nested) { _ in } }
    }
}
