import Testing
@testable import OnymText

@Suite struct TextInspectorTests {
    @Test func wordsWithTheirProblems() {
        let report = TextInspector.inspect("Kyіv  Tu\u{308}r\u{AD}kiye", language: "en")
        #expect(report.map(\.word) == ["Kyіv", "Tu\u{308}r\u{AD}kiye"])
        #expect(report.map(\.offset) == [0, 7])
        #expect(report[0].isNFC)
        #expect(report[0].scripts.isMixedScript)
        #expect(report[0].matchKey == "kyіv")
        #expect(report[0].skeleton == "Kyiv")
        #expect(!report[1].isNFC)
        #expect(Array(report[1].nfc.unicodeScalars) == Array("Tür\u{AD}kiye".unicodeScalars))
        #expect(report[1].scripts.invisibleCharacters.map(\.utf8Offset) == [5])
        #expect(report[1].matchKey == "turkiye")
    }

    @Test func languageChangesTheKey() {
        #expect(TextInspector.inspect("ISPARTA", language: "tr")[0].matchKey == "ısparta")
        #expect(TextInspector.inspect("ISPARTA", language: "en")[0].matchKey == "isparta")
    }
}
