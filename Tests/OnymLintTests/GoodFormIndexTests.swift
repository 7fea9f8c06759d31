import Testing
@testable import OnymGlossary
@testable import OnymLint

@Suite struct GoodFormIndexTests {
    /// Only good forms count, each value's own, and a written form must be a form whole.
    @Test func tellsAValuesGoodFormsByTheirBytes() {
        let p = TermRef.Status.preferred.code, v = TermRef.Status.variant.code, a = TermRef.Status.allowed.code
        let index = GoodFormIndex(termStarts: [0, 2, 3, 5], statuses: [p, v, v, a, p | 0x80],
                                  forms: StringColumn(["Kyiv", "Kiev", "Kiew", "Chicken Kiev", "Києві"]))
        func has(_ value: Int, _ s: String) -> Bool { index.contains(value, Array(s.utf8)[...]) }
        #expect(has(0, "Kyiv"))
        #expect(!has(0, "Kiev"))  // a variant
        #expect(!has(0, "Kyi"))
        #expect(!has(0, "Kyivs"))
        #expect(!has(1, "Kiew"))
        #expect(!has(1, "Kyiv"))  // another value's form
        #expect(has(2, "Chicken Kiev"))
        #expect(has(2, "Києві"))
    }

    @Test func anIndexThatDoesNotFitItsValuesIsRefused() {
        let index = GoodFormIndex(termStarts: [0, 1], statuses: [TermRef.Status.preferred.code], forms: StringColumn(["Kyiv"]))
        var writer = ImageWriter()
        index.write(into: &writer)
        var reader = ImageReader(ReadOnlyBytes(bytes: writer.bytes))
        #expect(GoodFormIndex(image: &reader, valueCount: 1) != nil)
        var wrong = ImageReader(ReadOnlyBytes(bytes: writer.bytes))
        #expect(GoodFormIndex(image: &wrong, valueCount: 2) == nil)
    }
}
