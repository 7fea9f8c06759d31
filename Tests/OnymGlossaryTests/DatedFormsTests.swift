import Foundation
import Testing
@testable import OnymGlossary

/// Forms with dates (`since`, `until`, `authority`, former preferred forms): how they are
/// read, checked, written and resolved for a day.
@Suite struct DatedFormsTests {
    func read(_ terms: String) throws(GlossaryError) -> GlossaryReader.Loaded {
        try GlossaryReader.read(bytes: Array("glossary: g\nconcepts:\n  - id: kyiv\n    kind: place\n    terms:\n      en:\n\(terms)".utf8), file: "g.yaml")
    }

    func problems(_ terms: String) -> [String] {
        do { _ = try read(terms); return [] } catch { return error.problems.map(\.description) }
    }

    static let kyiv = """
                preferred: { form: Kyiv, since: 2019-08-14, authority: AP }
                variants: [Kyyiv, { form: Kiev, since: 2019-08-14, authority: AP }]
                formerly: [{ form: Kiev, until: 2019-08-13 }]

        """

    @Test func datedFormsAreRead() throws {
        let set = try #require(try read(Self.kyiv).glossary.concepts.first?.terms["en"])
        #expect((set.preferred, set.variants, set.formerly) == ("Kyiv", ["Kyyiv", "Kiev"], ["Kiev"]))
        #expect(set.periods == [
            FormPeriod(form: "Kyiv", status: .preferred, since: "2019-08-14", authority: "AP"),
            FormPeriod(form: "Kiev", status: .deprecated, since: "2019-08-14", authority: "AP"),
            FormPeriod(form: "Kiev", status: .preferred, until: "2019-08-13"),
        ])
        #expect(set.period(of: "Kiev", .deprecated)?.description == "since 2019-08-14, AP")
        #expect(set.period(of: "Kiev", .preferred)?.description == "until 2019-08-13")
        #expect(FormPeriod(form: "x", status: .admitted, since: "2020-01-01", until: "2020-12-31", authority: "UN").description == "2020-01-01 to 2020-12-31, UN")
    }

    /// Adjoining periods are right; overlapping ones, a gap, backwards dates, a former form
    /// without dates and a date that is no day are each one problem with its line.
    @Test func periodsAreChecked() {
        #expect(problems(Self.kyiv) == [])
        #expect(problems("""
                    preferred: { form: Kyiv, since: 2019-08-14 }
                    formerly: [{ form: Kiev, until: 2019-08-14 }]

            """) == ["g.yaml:7: two preferred 'en' forms on 2019-08-14: 'Kiev' and 'Kyiv' (give them adjoining periods)"])
        #expect(problems("""
                    preferred: { form: Kyiv, since: 2019-08-14 }
                    formerly: [{ form: Kiev, until: 2019-08-01 }]

            """) == ["g.yaml:7: no preferred 'en' form from 2019-08-02 to 2019-08-13 (give the periods no gap between them)"])
        #expect(problems("""
                    preferred: Kyiv
                    formerly: [{ form: Kiev, until: 2019-08-13 }]

            """) == ["g.yaml:7: two preferred 'en' forms at the same time: 'Kyiv' and 'Kiev' (give them adjoining periods)"])
        #expect(problems("""
                    preferred: { form: Kyiv, since: 2019-08-14, until: 2019-08-01 }

            """) == ["g.yaml:7: 'Kyiv' (en): 'until' 2019-08-01 is before 'since' 2019-08-14"])
        #expect(problems("""
                    preferred: Kyiv
                    formerly: [Kiev]

            """) == ["g.yaml:7: 'Kiev' is under 'formerly' of 'en' without dates: write it as { form: Kiev, until: YYYY-MM-DD }"])
        #expect(problems("""
                    preferred: Kyiv
                    variants: [{ form: Kiev, until: 2019-02-30 }, { since: 2019-01-01 }]
                    allow: [{ form: Chicken Kiev, since: 2019-01-01 }]

            """) == ["g.yaml:8: 'until: 2019-02-30' is not a date written YYYY-MM-DD",
                     "g.yaml:8: a dated form of 'variants' has no 'form:'",
                     "g.yaml:9: 'allow' phrases of 'en' have no dates ('Chicken Kiev')"])
    }

    /// The glossaries on a day: before, on and after the change.
    @Test func theGlossariesOnADay() throws {
        let set = try GlossarySet(loaded: [read(Self.kyiv)], profiles: LocaleProfiles.bundled())
        #expect(set.periodBoundaries == ["2019-08-14"])
        #expect((set.epoch(of: "2019-08-13"), set.epoch(of: "2019-08-14"), set.epoch(of: "2024-01-01")) == ("", "2019-08-14", "2019-08-14"))
        let before = try set.asOf("2019-08-13").concepts[0].terms["en"]!
        #expect((before.preferred, before.variants) == ("Kiev", ["Kyyiv"]))
        let on = try set.asOf("2019-08-14").concepts[0].terms["en"]!
        #expect((on.preferred, on.variants) == ("Kyiv", ["Kyyiv", "Kiev"]))
        // Undated glossaries are themselves on every day.
        let bundled = try GlossarySet.bundled()
        #expect(bundled.periodBoundaries == [])
        #expect(try bundled.asOf("2001-01-01").concepts == bundled.concepts)
    }

    /// The cache and JSON keep the dates; JSON written before dates existed still reads.
    @Test func datesSurviveTheCacheAndJSON() throws {
        let loaded = try read(Self.kyiv)
        let encoded = GlossaryCache.encode(glossaries: [loaded.glossary], generated: [[:]])
        #expect(GlossaryCache.decode(encoded)?.glossaries.first?.concepts == loaded.glossary.concepts)
        let set = loaded.glossary.concepts[0].terms["en"]!
        let json = try JSONEncoder().encode(set)
        #expect(try JSONDecoder().decode(TermSet.self, from: json) == set)
        let old = #"{"preferred":"Kyiv","admitted":[],"variants":["Kiev"],"forbidden":[],"allow":[]}"#
        #expect(try JSONDecoder().decode(TermSet.self, from: Data(old.utf8)) == TermSet(preferred: "Kyiv", variants: ["Kiev"]))
        #expect(String(decoding: try JSONEncoder().encode(TermSet(preferred: "Kyiv")), as: UTF8.self).contains("periods") == false)
    }
}
