import Testing
@testable import OnymText

@Suite struct LanguageTagTests {
    @Test func canonicalTags() throws {
        #expect(try LanguageTag.canonical("en") == "en")
        #expect(try LanguageTag.canonical("pt_br") == "pt-BR")
        #expect(try LanguageTag.canonical("SR-latn") == "sr-Latn")
        #expect(try LanguageTag.canonical("uk-UA") == "uk-UA")
    }

    @Test func malformedTags() {
        // Well-formed but no language ICU knows: english, xx, qqq.
        for tag in ["", "english!", "e", "en--US", "12", "english", "xx", "qqq-Latn"] {
            #expect(throws: TextError.invalidLanguageTag(tag)) { try LanguageTag.canonical(tag) }
        }
    }

    @Test func caseFoldingFromTag() {
        #expect(CaseFolding(language: "tr") == .turkic)
        #expect(CaseFolding(language: "az-Latn-AZ") == .turkic)
        #expect(CaseFolding(language: "TR_tr") == .turkic)
        #expect(CaseFolding(language: "en") == .standard)
        #expect(CaseFolding(language: "trv") == .standard)
    }
}
