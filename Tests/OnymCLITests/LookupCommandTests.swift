import Foundation
import Testing

@Suite struct LookupCommandTests {
    @Test func textOutput() throws {
        let r = try OnymProcess.run(["lookup", "Kiev", "--to", "en,de,uk"])
        #expect(r == .init(status: 0, stdout: """
            kyiv (place): "Kiev" is a variant in en
              Capital of Ukraine. "Kiev" is the Russian-derived spelling.
              en: Kyiv; variants: Kiev, Kyyiv; generated: Kijow, Kyjiw, Kiïv, Kiiv, Kiyev, Kijew
              de: Kyjiw; variants: Kiew; generated: Kijow, Kyiv, Kiïv, Kiiv, Kyyiv, Kiyev, Kijew, Kiev
              uk: Київ

            """, stderr: ""))
    }

    @Test func jsonOutput() throws {
        let r = try OnymProcess.run(["lookup", "--format", "json", "TÜRKİYE", "--to", "en,tr"])
        #expect(r == .init(status: 0, stdout: #"""
            {"matches":[{"concept":"turkiye","how":"key","kind":"country","lang":"en","matched":"Türkiye","score":0.95,"status":"preferred","terms":{"en":{"admitted":["Republic of Türkiye"],"forbidden":[],"generated":[],"preferred":"Türkiye","variants":["Turkey","Republic of Turkey"]},"tr":{"admitted":["Türkiye Cumhuriyeti"],"forbidden":[],"generated":[],"preferred":"Türkiye","variants":[]}}},{"concept":"country.tr","how":"key","kind":"country","lang":"en","matched":"Türkiye","score":0.95,"status":"preferred","terms":{"en":{"admitted":[],"forbidden":[],"generated":[],"preferred":"Türkiye","variants":["Turkey"]},"tr":{"admitted":[],"forbidden":[],"generated":[],"preferred":"Türkiye","variants":[]}}}],"query":"TÜRKİYE"}

            """#, stderr: ""))
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
