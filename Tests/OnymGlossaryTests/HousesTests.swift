import Testing
@testable import OnymGlossary

/// A house's own forms (`houses:`): read, checked, and resolved for the house chosen.
@Suite struct HousesTests {
    func read(_ terms: String) throws(GlossaryError) -> GlossaryReader.Loaded {
        try GlossaryReader.read(bytes: Array("glossary: g\nconcepts:\n  - id: erdogan\n    kind: person\n    terms:\n      en: \(terms)\n".utf8), file: "g.yaml")
    }

    func problems(_ terms: String) -> [String] {
        do { _ = try read(terms); return [] } catch { return error.problems.map(\.description) }
    }

    static let erdogan = "{ preferred: Erdoğan, variants: [Erdogen], houses: { ap: Erdogan, wire: { preferred: Erdogan, admitted: [Erdoğan], variants: [R. T. Erdogan] } } }"

    @Test func housesAreRead() throws {
        let set = try #require(try read(Self.erdogan).glossary.concepts.first?.terms["en"])
        #expect(set.houses == ["ap": HouseForms(preferred: "Erdogan"),
                               "wire": HouseForms(preferred: "Erdogan", admitted: ["Erdoğan"], variants: ["R. T. Erdogan"])])
        #expect(problems("{ preferred: Erdoğan, houses: { AP: Erdogan } }") == ["g.yaml:6: house 'AP' must match [a-z0-9][a-z0-9-]* (ap, reuters)"])
        #expect(problems("{ preferred: Erdoğan, houses: { ap: { admitted: [Erdogan] } } }") == ["g.yaml:6: house 'ap' of 'en' has no preferred form"])
        #expect(problems("{ preferred: Erdoğan, houses: { ap: { preferred: Erdogan, note: x } } }")
                == ["g.yaml:6: unknown key 'note' in house 'ap' of 'en' (allowed: preferred, admitted, variants)"])
    }

    /// The house's preferred form wins; the glossary's becomes a variant unless the house admits it.
    @Test func theGlossariesForAHouse() throws {
        let set = try GlossarySet(loaded: [read(Self.erdogan)], profiles: LocaleProfiles.bundled())
        #expect(set.houses == ["ap", "wire"])
        let ap = try set.forHouse("ap").concepts[0].terms["en"]!
        #expect((ap.preferred, ap.admitted, ap.variants, ap.houses) == ("Erdogan", [], ["Erdogen", "Erdoğan"], [:]))
        let wire = try set.forHouse("wire").concepts[0].terms["en"]!
        #expect((wire.preferred, wire.admitted, wire.variants) == ("Erdogan", ["Erdoğan"], ["Erdogen", "R. T. Erdogan"]))
        #expect(throws: GlossaryError(file: "g.yaml", line: 0, rule: .unknownHouse, message: "no glossary has house 'bbc' (houses: ap, wire)")) {
            try set.forHouse("bbc")
        }
        #expect(throws: GlossaryError(file: "", line: 0, rule: .unknownHouse, message: "no glossary has house 'bbc' (the glossaries name no houses)")) {
            try GlossarySet(loaded: [], profiles: LocaleProfiles.bundled()).forHouse("bbc")
        }
    }
}
