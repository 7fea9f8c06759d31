import Testing
@testable import OnymGlossary

@Suite struct GlossaryValidatorTests {
    func load(_ files: [(String, String)]) throws(GlossaryError) -> GlossarySet {
        var loaded: [GlossaryReader.Loaded] = []
        for (name, yaml) in files { loaded.append(try GlossaryReader.read(bytes: Array(yaml.utf8), file: name)) }
        return try GlossarySet(loaded: loaded, profiles: try LocaleProfiles.bundled())
    }

    @Test func duplicateIdsAcrossFilesAndConflicts() {
        let a = ("a.yaml", """
            glossary: a
            concepts:
              - id: georgia
                kind: country
                terms:
                  en: { preferred: Georgia }
            """)
        let b = ("b.yaml", """
            glossary: b
            concepts:
              - id: georgia
                kind: place
                terms:
                  en: { preferred: Georgia (US state) }
              - id: tbilisi
                kind: place
                terms:
                  en: { preferred: Tbilisi, variants: [GEORGIA, Tiflis] }
            """)
        do {
            _ = try load([a, b])
            Issue.record("expected problems")
        } catch {
            #expect(error.problems.map(\.description) == [
                "b.yaml:3: concept id 'georgia' is already used at a.yaml:3",
                "b.yaml:10: variant 'GEORGIA' of concept 'tbilisi' is the en form 'Georgia' of concept 'georgia': which concept wins? Remove it from one of them",
            ])
            #expect(error.problems.map(\.rule) == [.duplicateId, .conflict])
        }
    }

    /// The same variant (by match key and spelling) of two concepts in one language: which one
    /// does it name? Variants that differ by diacritics are two names (ISO 9 Âkimenko is
    /// Якименко, Akimenko is Акименко) and no conflict.
    @Test func aVariantOfTwoConceptsIsAConflict() {
        let a = ("a.yaml", """
            glossary: a
            concepts:
              - id: kyiv
                kind: place
                terms:
                  en: { preferred: Kyiv, variants: [Kiev] }
                  de: { preferred: Kyjiw, variants: [Kiew] }
              - id: yakymenko
                kind: person
                terms:
                  en: { preferred: Maryna Yakymenko, variants: [Marina Âkimenko] }
            """)
        let b = ("b.yaml", """
            glossary: b
            concepts:
              - id: kievsky
                kind: person
                terms:
                  en: { preferred: Ivan Kievsky, forbidden: [KIEV] }
                  de: { preferred: Iwan Kiewski, variants: [Kiew] }
              - id: city.kyiv
                kind: place
                terms:
                  en: { preferred: Kyiv, variants: [Kiev] }
              - id: akymenko
                kind: person
                terms:
                  en: { preferred: Maryna Akymenko, variants: [Marina Akimenko] }
            """)
        do {
            _ = try load([a, b])
            Issue.record("expected problems")
        } catch {
            // city.kyiv prefers Kyiv too: its Kiev names the same city, and is no conflict.
            #expect(error.problems.map(\.description) == [
                "b.yaml:6: forbidden form 'KIEV' of concept 'kievsky' is also the en variant 'Kiev' of concept 'kyiv' (a.yaml:6): which concept does it name? Remove it from one of them",
                "b.yaml:7: variant 'Kiew' of concept 'kievsky' is also the de variant 'Kiew' of concept 'kyiv' (a.yaml:7): which concept does it name? Remove it from one of them",
            ])
        }
    }

    @Test func bundledGlossariesAreValid() throws {
        let set = try GlossarySet.bundled()
        #expect(set.glossaries.map(\.name) == ["news", "countries"])
        #expect(set.glossaries.map(\.concepts.count) == [22, 253])
        for concept in set.glossaries[0].concepts {
            #expect(concept.note != nil, "\(concept.id)")
            #expect(!concept.sources.isEmpty, "\(concept.id)")
            for language in ["en", "tr", "uk", "ru", "de", "fr", "pl"] {
                #expect(concept.terms[language] != nil, "\(concept.id) \(language)")
            }
        }
    }
}
