import Testing
@testable import OnymGlossary

@Suite struct VariantGeneratorTests {
    let profiles = try! LocaleProfiles.bundled()

    @Test func ukrainianFormAloneGivesThePressSpellings() {
        let concept = Concept(id: "zelenskyy", kind: .person, terms: [
            "uk": TermSet(preferred: "Зеленський"), "en": TermSet(preferred: "Zelenskyy"),
        ], languages: ["uk", "en"])
        let generated = VariantGenerator.variants(of: concept, profiles: profiles)
        let forms = generated["en"]!.map(\.form)
        for expected in ["Zelensky", "Zelenskyi", "Zelenskiy", "Selenskyj", "Zelenskij"] {
            #expect(forms.contains(expected), "\(expected) in \(forms)")
        }
        #expect(!forms.contains("Zelenskyy"))  // the preferred form is never a variant
        #expect(generated["uk"] == nil)        // only Latin-script languages get Latin variants
        #expect(generated["en"]!.first { $0.form == "Selenskyj" }?.origin == "uk-Latn-de")
        // Forms with the modifier letter ʹ (ISO 9, BGN) are kept only without it.
        #expect(forms == ["Zelenskyi", "Zelensky", "Selenskyj", "Zelenskij", "Zelenskiy"])
    }

    /// Exonyms generate nothing; renderings of the same name keep every transliteration;
    /// a language's own preferred form gives its stripped form, another language's does not.
    @Test func onlyPlausibleVariants() {
        let turkiye = Concept(id: "turkiye", kind: .country, terms: [
            "uk": TermSet(preferred: "Туреччина"), "en": TermSet(preferred: "Türkiye"), "de": TermSet(preferred: "Türkei"),
        ], languages: ["uk", "en", "de"])
        #expect(VariantGenerator.variants(of: turkiye, profiles: profiles).mapValues { $0.map(\.form) } == ["en": ["Turkiye"], "de": ["Turkei"]])
        let kyiv = Concept(id: "kyiv", kind: .place, terms: ["uk": TermSet(preferred: "Київ"), "en": TermSet(preferred: "Kyiv")], languages: ["uk", "en"])
        let forms = VariantGenerator.variants(of: kyiv, profiles: profiles)["en"]?.map(\.form) ?? []
        #expect(forms == ["Kyjiw", "Kiïv", "Kiiv", "Kyyiv"])
        let zelenskyy = Concept(id: "z", kind: .person, terms: ["uk": TermSet(preferred: "Зеленський"), "en": TermSet(preferred: "Zelenskyy")],
                                languages: ["uk", "en"])
        let z = VariantGenerator.variants(of: zelenskyy, profiles: profiles)["en"]?.map(\.form) ?? []
        #expect(z.contains("Zelenskiy") && z.contains("Selenskyj"))
    }

    @Test func strippedDiacriticsAndTheSwitch() {
        let turkiye = Concept(id: "turkiye", kind: .country, terms: [
            "en": TermSet(preferred: "Türkiye"), "tr": TermSet(preferred: "Türkiye"),
        ], languages: ["en", "tr"])
        #expect(VariantGenerator.variants(of: turkiye, profiles: profiles)
                == ["en": [GeneratedTerm(form: "Turkiye", origin: "strip-diacritics", sourceLanguage: "en")],
                    "tr": [GeneratedTerm(form: "Turkiye", origin: "strip-diacritics", sourceLanguage: "tr")]])
        var off = turkiye
        off.generate = false
        #expect(VariantGenerator.variants(of: off, profiles: profiles).isEmpty)
    }

    @Test func generatedFormsNeverTakeAnotherConceptsForm() throws {
        let set = try GlossarySet.bundled()
        // Ankara: every transliteration of Анкара is Ankara itself, so nothing is generated.
        #expect(set.generated(for: "ankara").isEmpty)
        #expect(set.generated(for: "moscow").isEmpty)
    }
}
