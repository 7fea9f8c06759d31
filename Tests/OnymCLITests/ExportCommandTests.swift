import Foundation
import Testing

@Suite struct ExportCommandTests {
    func temporaryFolder() throws -> URL {
        let dir = try TemporaryFolder.make("onym-export")
        return dir
    }

    @Test func pairsForDeepL() throws {
        let r = try OnymProcess.run(["export", "--layout", "pairs", "--from", "en", "--to", "de", "--for", "deepl", "--kind", "person"])
        #expect(r == .init(status: 0, stdout: [
            "Erdogan,Erdoğan", "Erdoghan,Erdoğan", "Putin,Putin", "Zelenskyy,Selenskyj", "Zelensky,Selenskyj", "Zelenskiy,Selenskyj",
            "Zelenskij,Selenskyj", "Zelenski,Selenskyj", "Volodimir Zelensky,Selenskyj", "Vladimir Zelensky,Selenskyj",
        ].map { $0 + "\r\n" }.joined(), stderr: ""))
    }

    @Test func wideReportsLeftOutConcepts() throws {
        let dir = try TemporaryFolder.make("onym-export")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("g.yaml")
        try "glossary: g\nconcepts:\n  - id: a\n    kind: place\n    terms: { en: A, de: Ä }\n  - id: b\n    kind: place\n    terms: { en: B }\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try OnymProcess.run(["export", "--glossary", file.path, "--layout", "wide", "--langs", "en,de"])
        #expect(r == .init(status: 0, stdout: "en,de\r\nA,Ä\r\n", stderr: "left out 1 concept without every language of the layout\n"))
    }

    /// Exports hold what the authors wrote; --include-generated adds the generated forms.
    /// The wide layout without --langs has every language, the configured one first.
    @Test func generatedOnlyOnRequestAndEveryLanguageByDefault() throws {
        let dir = try TemporaryFolder.make("onym-export")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("g.yaml")
        try "glossary: g\nconcepts:\n  - id: kyiv\n    kind: place\n    terms: { uk: Київ, en: Kyiv, de: Kyjiw }\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let plain = try OnymProcess.run(["export", "--glossary", file.path, "--format", "tbx"])
        #expect(plain.status == 0 && !plain.stdout.contains("onym:generated"))
        let tbx = try OnymProcess.run(["export", "--glossary", file.path, "--format", "tbx", "--include-generated"]).stdout
        #expect(tbx.contains("""
                      <term>Kiiv</term>
                        <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                        <note>onym:generated uk-Latn-iso9</note>
            """))
        let json = try OnymProcess.run(["export", "--glossary", file.path, "--format", "json"]).stdout
        #expect(!json.contains("generated\""))
        try "lang: de\n".write(to: dir.appendingPathComponent(".onym.yaml"), atomically: true, encoding: .utf8)
        let wide = try OnymProcess.run(["export", "--glossary", file.path, "--layout", "wide"], currentDirectory: dir)
        #expect(wide == .init(status: 0, stdout: "de,uk,en\r\nKyjiw,Київ,Kyiv\r\n", stderr: ""))
    }

    @Test func violationsWriteNothing() throws {
        let dir = try TemporaryFolder.make("onym-export")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("g.yaml"), out = dir.appendingPathComponent("out.csv")
        try "glossary: g\nconcepts:\n  - id: a\n    kind: place\n    terms: { en: A, uk: \"=A\" }\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try OnymProcess.run(["export", "--glossary", file.path, "--layout", "wide", "--langs", "en,uk", "--for", "amazon", "-o", out.path])
        #expect(r == .init(status: 2, stdout: "", stderr: """
            error: 1 row break amazon's rules; nothing was written (--skip-invalid drops them)
            concept 'a': '=A' starts with '=' (Amazon rejects it as a formula)

            """))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.yaml"])
        let skipped = try OnymProcess.run(["export", "--glossary", file.path, "--layout", "wide", "--langs", "en,uk", "--for", "amazon", "--skip-invalid", "-o", out.path])
        #expect(skipped == .init(status: 0, stdout: "", stderr: "skipped: concept 'a': '=A' starts with '=' (Amazon rejects it as a formula)\n"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "en,uk\r\n")
    }

    @Test func badOptionValues() throws {
        let r = try OnymProcess.run(["export", "--layout", "tall"])
        #expect(r == .init(status: 2, stdout: "", stderr: "error: --layout 'tall' is not one of long, wide, pairs\n"))
        let missing = try OnymProcess.run(["export", "--layout", "pairs"])
        #expect(missing == .init(status: 2, stdout: "", stderr: "error: the pairs layout needs --from and --to\n"))
    }
}
