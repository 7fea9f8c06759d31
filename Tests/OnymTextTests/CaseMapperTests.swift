import Testing
@testable import OnymText

@Suite struct CaseMapperTests {
    @Test func localeRules() {
        #expect(CaseMapper.uppercase("istanbul", locale: "tr") == "İSTANBUL")
        #expect(CaseMapper.uppercase("istanbul", locale: "en") == "ISTANBUL")
        #expect(CaseMapper.lowercase("ISPARTA", locale: "tr") == "ısparta")
        #expect(CaseMapper.uppercase("Kyiv's", locale: "en") == "KYIV'S")
        #expect(CaseMapper.titlecase("bila tserkva", locale: "en") == "Bila Tserkva")
        #expect(CaseMapper.uppercase("straße", locale: "de") == "STRASSE")
        #expect(CaseMapper.lowercase("", locale: "en") == "")
    }
}
