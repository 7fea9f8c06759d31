import Testing
@testable import OnymLint

@Suite struct PlainTextScoperTests {
    func excludedTexts(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return PlainTextScoper.excludedRanges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func urlsAndEmails() {
        #expect(excludedTexts("Go to https://a.org/Kiev, (www.kiev.ua) or write to ed@paper.com today.")
                == ["https://a.org/Kiev,", "(www.kiev.ua)", "ed@paper.com"])
    }

    @Test func directives() {
        #expect(excludedTexts("a\n# onym: disable\nb\nonym: enable\nc\nonym:disable-next-line\nd\ne")
                == ["# onym: disable", "b", "onym: enable", "onym:disable-next-line", "d"])
        #expect(PlainTextScoper.directive(in: "onym: disabled") == nil)
    }
}
