import Testing
@testable import OnymGlossary

@Suite struct GlossaryLookupTests {
    static let lookup = GlossaryLookup(try! GlossarySet.bundled())

    func first(_ query: String) -> LookupMatch? { Self.lookup.lookup(query).matches.first }

    @Test(arguments: [
        ("Kiev", "kyiv"), ("KIEV", "kyiv"), ("Київ", "kyiv"), ("Киев", "kyiv"), ("Kyjiw", "kyiv"), ("Kijów", "kyiv"),
        ("Zelensky", "zelenskyy"), ("Zelenskiy", "zelenskyy"), ("Zelenskij", "zelenskyy"), ("Selenskyj", "zelenskyy"),
        ("Зеленский", "zelenskyy"), ("Зеленський", "zelenskyy"),
        ("Turkey", "turkiye"), ("Turkiye", "turkiye"), ("Türkye", "turkiye"), ("TÜRKİYE", "turkiye"), ("Türkei", "turkiye"),
        ("Erdoğan", "erdogan"),
    ])
    func requiredLookups(query: String, concept: String) {
        #expect(first(query)?.concept.id == concept, "\(query)")
    }

    /// The index a server builds gives the answers of a pass over every form.
    @Test func theIndexAnswersAsTheScanDoes() throws {
        let indexed = GlossaryLookup(try GlossarySet.bundled(), indexed: true)
        let queries = ["Kiev", "KIEV", "Київ", "Киев", "Kyjiw", "Kijów", "Zelensky", "Зеленский", "Turkey", "Türkye", "TÜRKİYE",
                       "Odesaa", "Zaporizhzya", "Kharkov", "Харків", "Erdogan", "Erdoğan", "Selenskij", "Mykolaiv", "Qqqxyzzy", "Kyyv", "Ki"]
        for (language, query) in queries.map({ ("en", $0) }) + [("uk", "Київ"), ("de", "Kiew"), ("tr", "İstanbul")] {
            let a = Self.lookup.lookup(query, language: language), b = indexed.lookup(query, language: language)
            #expect(a.matches.map { "\($0.concept.id) \($0.how.rawValue) \($0.matched) \($0.score)" }
                    == b.matches.map { "\($0.concept.id) \($0.how.rawValue) \($0.matched) \($0.score)" }, "\(query)")
            #expect(a.suggestion == b.suggestion, "\(query)")
        }
    }

    @Test func howEachMatched() {
        let kiev = first("Kiev")!
        #expect((kiev.how, kiev.status, kiev.language, kiev.matched, kiev.score) == (.exact, .deprecated, "en", "Kiev", 1.0))
        let caps = first("KIEV")!
        #expect((caps.how, caps.status, caps.matched, caps.score) == (.key, .deprecated, "Kiev", 0.95))
        #expect((first("Türkye")!.how, first("Türkye")!.status) == (.fuzzy, .preferred))
        #expect(first("Türkye")!.matched == "Türkiye")
        #expect(first("Turkey")!.concept.kind == .country)
        #expect((first("Zelenskij")!.how, first("Zelenskij")!.status) == (.exact, .deprecated))
        let latin = first("Kyiv")!
        #expect((latin.how, latin.status, latin.language) == (.exact, .preferred, "en"))
        let cyrillic = first("Киев")!
        #expect((cyrillic.how, cyrillic.status, cyrillic.language) == (.exact, .preferred, "ru"))
    }

    /// A form a person wrote, matched exactly, outranks a generated form in the query's
    /// language: Selenskyj is the German preferred form, not an English generated variant.
    @Test func authoredFormsRankFirst() {
        for language in ["en", "de"] {
            let selenskyj = Self.lookup.lookup("Selenskyj", language: language).matches.first!
            #expect((selenskyj.how, selenskyj.status, selenskyj.language, selenskyj.score) == (.exact, .preferred, "de", 1.0), "\(language)")
        }
        // A generated form (Zelenskyi, from Зеленський) scores below an authored one, above a key.
        let generated = first("Zelenskyi")!
        #expect((generated.how, generated.status, generated.score) == (.exact, .generated, 0.97))
    }

    @Test func conceptById() {
        let found = Self.lookup.concept(id: "zelenskyy")
        #expect(found?.concept.terms["de"]?.preferred == "Selenskyj")
        #expect(found?.generated["en"]?.map(\.form).contains("Zelenskyi") == true)
        #expect(Self.lookup.concept(id: "nobody") == nil)
    }

    /// The indexed lookup keeps its concepts packed as bytes: each comes back whole, by id too.
    @Test func packedConceptsComeBackWhole() throws {
        let set = try GlossarySet.bundled()
        let indexed = GlossaryLookup(set, indexed: true)
        for (i, concept) in set.concepts.enumerated() {
            let found = try #require(indexed.concept(id: concept.id), "\(concept.id)")
            #expect(found.concept == concept)
            #expect(found.generated == set.generated[i])
        }
        #expect(indexed.concept(id: "nobody") == nil)
        #expect(indexed.concept(id: "") == nil)
    }

    @Test func noMatchSuggestsTheClosestForm() {
        let result = Self.lookup.lookup("Qqqxyzzy")
        #expect(result.matches.isEmpty)
        #expect(result.suggestion == nil)
        let near = Self.lookup.lookup("Kyv")
        #expect(near.matches.isEmpty)
        #expect(near.suggestion != nil)
    }

    /// Fuzzy matches at the edit limit of each kind (the letter-count filter must never
    /// drop one): substitutions, a transposition, insertions and deletions.
    @Test(arguments: [
        ("Zaporyzhzhya", 70), ("Zapoirzhzhia", 80), ("Zaporizzhzhiaa", 70), ("Zaprizhzhi", 70),
        ("Zapoirzhzha", 70), ("Zopyryzhzhia", nil),
    ] as [(String, Int?)])
    func fuzzyAtTheLimit(query: String, percent: Int?) throws {
        let yaml = """
        glossary: t
        concepts:
          - id: zaporizhzhia
            kind: place
            terms:
              en: Zaporizhzhia
        """
        let set = try GlossarySet(loaded: [GlossaryReader.read(bytes: Array(yaml.utf8), file: "t.yaml")], profiles: LocaleProfiles.bundled())
        let match = GlossaryLookup(set).lookup(query).matches.first
        #expect(match?.how == (percent == nil ? nil : .fuzzy), "\(query)")
        #expect(match.map { Int(($0.score * 100).rounded()) } == percent, "\(query)")
    }
}
