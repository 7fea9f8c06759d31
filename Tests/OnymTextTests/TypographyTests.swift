import Testing
@testable import OnymText

@Suite struct TypographyTests {
    @Test func plainWritesEachClassAsItsASCIICharacter() {
        #expect(Typography.plain("N’Djamena") == "N'Djamena")
        #expect(Typography.plain("Guinea\u{2011}Bissau") == "Guinea-Bissau")
        #expect(Typography.plain("Sri\u{A0}Lanka, Sri\u{2009}Lanka, Sri\u{202F}Lanka") == "Sri Lanka, Sri Lanka, Sri Lanka")
        #expect(Typography.plain("«Нафтогаз» “Naftogaz” „Naftogaz“") == "\"Нафтогаз\" \"Naftogaz\" \"Naftogaz\"")
        #expect(Typography.plain("Kyiv") == "Kyiv")
    }

    @Test func styledTakesTheModelsCharacterOfEachClass() {
        #expect(Typography.styled("Côte d’Ivoire", like: "Cote d'Ivoire") == "Côte d'Ivoire")
        #expect(Typography.styled("N'Djamena", like: "Ndjamena’s") == "N’Djamena")
        #expect(Typography.styled("Guinea-Bissau", like: "Guinee\u{2011}Bissau") == "Guinea\u{2011}Bissau")
        #expect(Typography.styled("Sri Lanka", like: "Sri\u{A0}Lnka") == "Sri\u{A0}Lanka")
        // A class the model does not write is left as the form has it.
        #expect(Typography.styled("Côte d’Ivoire", like: "Ivory Coast") == "Côte d’Ivoire")
    }

    @Test func houseApostrophes() {
        #expect(Typography.with(.curly, "N'Djamena's") == "N’Djamena’s")
        #expect(Typography.with(.straight, "N’Djamena ʼs") == "N'Djamena 's")
        #expect(Typography.hasOtherApostrophe(than: .curly, in: "N'Djamena"))
        #expect(!Typography.hasOtherApostrophe(than: .curly, in: "N’Djamena"))
        #expect(!Typography.hasOtherApostrophe(than: .straight, in: "Kyiv"))
    }

    /// Two forms equal but for typography have equal match keys.
    @Test func matchKeysUnifyWhatTypographyChooses() {
        let forms = ["N’Djamena", "N'Djamena", "Nʼdjamena", "“Azov”", "«Azov»", "\"Azov\"", "Guinea‑Bissau", "Guinea–Bissau", "Guinea-Bissau",
                     "Sri\u{A0}Lanka", "Sri\u{2009}Lanka", "Sri Lanka"]
        let keys = forms.map { MatchKey($0, language: "en").string }
        #expect(keys == ["n'djamena", "n'djamena", "n'djamena", "\"azov\"", "\"azov\"", "\"azov\"", "guinea-bissau", "guinea-bissau", "guinea-bissau",
                         "sri lanka", "sri lanka", "sri lanka"])
    }

    @Test func languagesScripts() {
        #expect(LanguageTag.likelyScript("en") == "Latin")
        #expect(LanguageTag.likelyScript("uk") == "Cyrillic")
        #expect(LanguageTag.likelyScript("sr") == "Cyrillic")
        #expect(LanguageTag.likelyScript("sr-Latn") == "Latin")
        #expect(LanguageTag.likelyScript("el") == "Greek")
        #expect(ScriptAnalysis.mainScript(of: "Одеса") == "Cyrillic")
        #expect(ScriptAnalysis.mainScript(of: "Kijów") == "Latin")
        #expect(ScriptAnalysis.mainScript(of: "1945") == nil)
    }
}
