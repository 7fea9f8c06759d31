import Foundation
import Testing

@Suite struct LookupCommandTests {
    @Test func textOutput() throws {
        let r = try OnymProcess.run(["lookup", "Kiev", "--to", "en,de,uk"])
        #expect(r == .init(status: 0, stdout: """
            kyiv (place): "Kiev" is a variant in en
              Capital of Ukraine. "Kiev" is the Russian-derived spelling.
              en: Kyiv; variants: Kiev, Kyyiv; generated: Kyjiw, Kiïv, Kiiv, Kiyev, Kijew
              de: Kyjiw; variants: Kiew; generated: Kyiv, Kiïv, Kiiv, Kyyiv, Kiyev, Kijew, Kiev
              uk: Київ

            """, stderr: ""))
    }

    @Test func jsonOutput() throws {
        let r = try OnymProcess.run(["lookup", "--format", "json", "TÜRKİYE", "--to", "en,tr"])
        #expect(r == .init(status: 0, stdout: #"""
            {"matches":[{"concept":"turkiye","how":"key","kind":"country","lang":"en","matched":"Türkiye","score":0.95,"status":"preferred","terms":{"en":{"admitted":["Republic of Türkiye"],"forbidden":[],"generated":[],"note":"The country's name in English since 2022; \"Turkey\" is the former English name (the bird stays \"turkey\").","preferred":"Türkiye","variants":["Turkey","Republic of Turkey"]},"tr":{"admitted":["Türkiye Cumhuriyeti"],"forbidden":[],"generated":[],"preferred":"Türkiye","variants":[]}}},{"concept":"country.tr","how":"key","kind":"country","lang":"en","matched":"Türkiye","score":0.95,"status":"preferred","terms":{"en":{"admitted":[],"forbidden":[],"generated":[],"preferred":"Türkiye","variants":["Turkey"]},"tr":{"admitted":[],"forbidden":[],"generated":[],"preferred":"Türkiye","variants":[]}}}],"query":"TÜRKİYE"}

            """#, stderr: ""))
    }

    /// An empty or blank query is a mistake (exit 2), not a search with a "did you mean".
    @Test func blankQueriesAreErrors() throws {
        for query in ["", "  ", "\u{A0}\t"] {
            #expect(try OnymProcess.run(["lookup", query]) == .init(status: 2, stdout: "", stderr: "error: the query is empty: give a name to look up\n"))
        }
    }

    /// Text output says how the query matched and the status of the form it hit.
    @Test func howAndStatusInWords() throws {
        #expect(try OnymProcess.run(["lookup", "KIEV", "--to", "en"]).stdout.hasPrefix(
            "kyiv (place): \"Kiev\" is a variant in en (matched by its key: case, diacritics and apostrophes aside)\n"))
        #expect(try OnymProcess.run(["lookup", "Kyjiw", "--to", "de"]).stdout.hasPrefix("kyiv (place): \"Kyjiw\" is the preferred de form\n"))
        #expect(try OnymProcess.run(["lookup", "Zelenskyi", "--to", "en"]).stdout.hasPrefix("zelenskyy (person): \"Zelenskyi\" is a generated variant in en\n"))
        #expect(try OnymProcess.run(["lookup", "Kyev", "--to", "en"]).stdout.hasPrefix("kyiv (place): \"Kyiv\" is the preferred en form (a near miss of the query)\n"))
    }

    @Test func noMatchExitsOneWithASuggestion() throws {
        let r = try OnymProcess.run(["lookup", "Kyv"])
        #expect(r == .init(status: 1, stdout: "", stderr: "no concept found for 'Kyv'; did you mean Kyiv?\n"))
        let none = try OnymProcess.run(["lookup", "--format", "json", "Qqqxyz"])
        #expect(none == .init(status: 1, stdout: "{\"matches\":[],\"query\":\"Qqqxyz\"}\n", stderr: "no concept found for 'Qqqxyz'\n"))
    }

    @Test func glossaryOptionUsesOnlyThatFile() throws {
        let dir = try TemporaryFolder.make("onym-lookup")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("house.yaml")
        try "glossary: house\nconcepts:\n  - id: kyiv\n    kind: place\n    terms:\n      en: { preferred: Kyiv, variants: [Kiyv] }\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try OnymProcess.run(["lookup", "Kiyv", "--glossary", file.path])
        #expect(r == .init(status: 0, stdout: "kyiv (place): \"Kiyv\" is a variant in en\n  en: Kyiv; variants: Kiyv\n", stderr: ""))
        let other = try OnymProcess.run(["lookup", "Zelensky", "--glossary", file.path])
        #expect(other.status == 1)
    }
}
