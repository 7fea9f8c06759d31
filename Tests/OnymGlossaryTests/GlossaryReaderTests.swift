import Testing
@testable import OnymGlossary

@Suite struct GlossaryReaderTests {
    func read(_ yaml: String) throws(GlossaryError) -> GlossaryReader.Loaded {
        try GlossaryReader.read(bytes: Array(yaml.utf8), file: "g.yaml")
    }

    func problems(_ yaml: String) -> [String] {
        do { _ = try read(yaml); return [] } catch { return error.problems.map(\.description) }
    }

    @Test func readsTheDesignExample() throws {
        let loaded = try read("""
            glossary: news
            title: Newsroom names
            concepts:
              - id: kyiv
                kind: place
                note: Capital of Ukraine.
                sources: [https://example.org/kyiv]
                since: 2019-08-14
                terms:
                  en: { preferred: Kyiv, variants: [Kiev, Kyyiv], allow: ["Chicken Kiev", "Kievan Rus'"] }
                  de: { preferred: Kyjiw, variants: [Kiew] }
                  tr: Kiev
                  pt_br: { preferred: Kiev, admitted: Quieve }
            """)
        let g = loaded.glossary
        #expect(g.name == "news")
        #expect(g.title == "Newsroom names")
        let kyiv = g.concepts[0]
        #expect(kyiv == Concept(
            id: "kyiv", kind: .place, note: "Capital of Ukraine.", sources: ["https://example.org/kyiv"], since: "2019-08-14",
            terms: [
                "en": TermSet(preferred: "Kyiv", variants: ["Kiev", "Kyyiv"], allow: ["Chicken Kiev", "Kievan Rus'"]),
                "de": TermSet(preferred: "Kyjiw", variants: ["Kiew"]),
                "tr": TermSet(preferred: "Kiev"),
                "pt-BR": TermSet(preferred: "Kiev", admitted: ["Quieve"]),
            ], languages: ["en", "de", "tr", "pt-BR"]))
        #expect(loaded.lines.concepts == [4])
        #expect(loaded.lines.line(concept: 0, language: "de", form: "Kiew") == 11)
    }

    @Test func scalarsStayStrings() throws {
        let g = try read("glossary: g\nconcepts:\n  - id: no\n    kind: other\n    terms:\n      nb: { preferred: no, variants: [yes, 'null'] }\n").glossary
        #expect(g.concepts[0].terms["nb"] == TermSet(preferred: "no", variants: ["yes", "null"]))
    }

    @Test func everyProblemWithItsLine() {
        let found = problems("""
            glossary: g
            concepts:
              - id: Bad Id
                kind: place
                terms:
                  en: { preferred: X }
              - id: two
                kind: planet
                since: 2023-02-30
                colour: red
                terms:
                  en: { preferred: [A, B] }
                  english!: { preferred: C }
                  de: { variants: [D] }
              - id: empty
                kind: other
                terms:
                  en: { preferred: "  ", variants: [E] }
                  fr: { preferred: F, variants: [F] }
              - kind: other
                terms: { en: G }
            """)
        #expect(found == [
            "g.yaml:3: concept id 'Bad Id' must match [a-z0-9][a-z0-9._-]* (lower case, no spaces)",
            "g.yaml:8: kind 'planet' is not one of person, place, country, organisation, other",
            "g.yaml:9: 'since: 2023-02-30' is not a date written YYYY-MM-DD",
            "g.yaml:10: unknown key 'colour' in a concept (allowed: id, kind, note, sources, since, generate, terms)",
            "g.yaml:12: language 'en' has 2 preferred forms (A, B); keep one and make the others 'admitted'",
            "g.yaml:13: 'english!' is not a BCP 47 language tag (examples: en, pt-BR, sr-Latn)",
            "g.yaml:14: language 'de' has no preferred form",
            "g.yaml:18: an empty term in language 'en'",
            "g.yaml:19: 'F' is both the preferred form and a variant in language 'fr'",
            "g.yaml:20: a concept without 'id:'",
        ])
    }

    @Test func yamlSyntaxAndEncoding() {
        #expect(problems("glossary: g\nconcepts:\n  - id: [unclosed\n") == ["g.yaml:4: YAML syntax: did not find expected ',' or ']'"])
        #expect(problems("glossary: g\nglossary: h\nconcepts: []\n") == ["g.yaml:1: key 'glossary' appears twice in one mapping"])
        do {
            _ = try GlossaryReader.read(bytes: Array("glossary: g\nconcepts:\n  - id: k".utf8) + [0xFF], file: "b.yaml")
        } catch {
            #expect(error.problems.map(\.description) == ["b.yaml:3: invalid UTF-8 at byte offset 31"])
        }
        #expect(problems("") == ["g.yaml: the file is empty: it needs 'glossary:' and 'concepts:'"])
        #expect(problems("title: t\n") == ["g.yaml:1: missing 'glossary:' (the glossary's short name)",
                                           "g.yaml:1: missing 'concepts:' (the list of concepts)"])
    }
}
