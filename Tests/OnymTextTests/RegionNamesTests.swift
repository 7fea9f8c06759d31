import Testing
@testable import OnymText

@Suite struct RegionNamesTests {
    @Test func cldrNamesThroughICU() {
        #expect(RegionNames.isoCountries.count >= 249)
        #expect(RegionNames.isoCountries.contains("TR") && RegionNames.isoCountries.contains("UA"))
        let en = RegionNames.names(locale: "en")
        #expect(en["TR"] == "Turkey")
        #expect(en["CZ"] == "Czechia")
        #expect(en["MM"] == "Myanmar (Burma)")
        #expect(RegionNames.names(locale: "en", form: .variant)["TR"] == "Türkiye")
        #expect(RegionNames.names(locale: "en", form: .variant)["CZ"] == "Czech Republic")
        #expect(RegionNames.names(locale: "en", form: .short)["MM"] == "Myanmar")
        #expect(RegionNames.names(locale: "uk")["UA"] == "Україна")
        #expect(RegionNames.names(locale: "de")["TR"] == "Türkei")
        #expect(RegionNames.names(locale: "qq").isEmpty)
    }
}
