import Testing
@testable import OnymGlossary

@Suite struct LocaleProfileTests {
    @Test func bundledProfiles() throws {
        let profiles = try LocaleProfiles.bundled()
        #expect(profiles.byLanguage.keys.sorted() == ["de", "en", "es", "fr", "it", "pl", "pt", "ru", "tr", "uk"])
        let tr = profiles.profile(for: "tr")
        #expect(tr.caseLocale == "tr")
        #expect(tr.folding == .turkic)
        #expect(tr.suffixes.contains("'nin") && tr.suffixes.contains("'de") && tr.suffixes.contains("'li"))
        #expect(profiles.profile(for: "en").suffixes == ["'s", "’s", "'", "’"])
        #expect(profiles.profile(for: "de").suffixes.first == "s")
        #expect(profiles.profile(for: "uk").schemes.first == "uk-Latn-national")
        #expect(profiles.profile(for: "pt-BR").language == "pt")
        #expect(profiles.profile(for: "ka").schemes == ["Any-Latin"])
    }

    @Test func strictProfiles() {
        let yaml = "language: xx\nname: X\nscript: Latin\ncase-locale: xx\nschemes: [uk-Latn-natonal]\ncolour: red\n"
        #expect(throws: GlossaryError([
            // "xx" is well-formed but names no language.
            GlossaryProblem(file: "xx.yaml", line: 1, rule: .invalidLanguage, message: "'xx' is not a BCP 47 language tag (examples: en, pt-BR, sr-Latn)"),
            GlossaryProblem(file: "xx.yaml", line: 5, rule: .unknownScheme, message: "unknown scheme 'uk-Latn-natonal'; did you mean uk-Latn-national?"),
            GlossaryProblem(file: "xx.yaml", line: 6, rule: .unknownKey, message: "unknown key 'colour' in a locale profile (allowed: language, name, script, case-locale, apostrophes, suffixes, derivational-endings, schemes, inflected, stem-changes)"),
        ])) {
            try LocaleProfileReader.read(bytes: Array(yaml.utf8), file: "xx.yaml")
        }
    }
}
