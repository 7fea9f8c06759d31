import Foundation
import Testing

/// `onym tm`, end to end, on a real SQLite file.
@Suite struct TMCommandTests {
    let folder: URL
    let env: [String: String]
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OnymTMTests/Fixtures")

    init() throws {
        folder = try TemporaryFolder.make("onym-tm-cli")
        env = ["ONYM_STORE": folder.appendingPathComponent("onym.sqlite").path, "USER": "ana",
               "ONYM_CACHE_DIR": folder.appendingPathComponent("cache").path]
    }

    func run(_ arguments: String...) throws -> OnymProcess.Result {
        try OnymProcess.run(arguments, environment: env)
    }

    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    @Test func importSearchConcordanceAndExport() throws {
        #expect(try run("tm", "import", fixture("pairs.csv"), fixture("other-tool.tmx"))
                == .init(status: 0, stdout: "\(fixture("pairs.csv")): 2 units, 2 pairs added, 0 merged\n\(fixture("other-tool.tmx")): 3 units, 9 pairs added, 0 merged\n", stderr: ""))
        #expect(try run("tm", "import", fixture("pairs.csv")).stdout == "\(fixture("pairs.csv")): 2 units, 0 pairs added, 2 merged\n")
        // 7 words against 6, two edits: 71, less 1 for Talks written talks; with the tags too, 69 is below --min.
        #expect(try run("tm", "search", "Peace talks in Kyiv resumed on Friday.", "--from", "en", "--to", "uk", "--min", "69") == .init(status: 0, stdout: """
            70  {+Peace+} [-Talks-]{+talks+} in Kyiv resumed on [-Monday-]{+Friday+}.
                 → Переговори в Києві відновилися в понеділок.
            69  {+Peace+} [-Talks-]{+talks+} in ⟨1⟩Kyiv⟨/1⟩ resumed on [-Monday-]{+Friday+}.
                 → Переговори в ⟨1⟩Києві⟨/1⟩ відновилися в понеділок.

            """, stderr: ""))
        #expect(try run("tm", "search", "Prices rose by 4 % & more", "--from", "en", "--to", "uk") == .init(status: 0, stdout: """
            97  Prices rose by [-3-]{+4+} % & more
                 → Ціни зросли на 3 % і більше
                 numbers differ: 4 (query) ≠ 3 (match)

            """, stderr: ""))
        let json = try run("tm", "search", "Prices rose by 4 % & more", "--from", "en", "--to", "uk", "--format", "json").stdout
        #expect(json.hasPrefix("{\"matches\":[{\"diff\":[{\"op\":\"equal\",\"text\":\"Prices\"},{\"op\":\"equal\",\"text\":\"rose\"},{\"op\":\"equal\",\"text\":\"by\"},{\"match\":\"3\",\"op\":\"replace\",\"query\":\"4\"},{\"op\":\"equal\",\"text\":\"more\"}],\"id\":10,\"meta\":{"))
        #expect(json.hasSuffix("\"numbers\":[{\"match\":\"3\",\"query\":\"4\"}],\"score\":97,\"source\":\"Prices rose by 3 % & more\",\"sourceLanguage\":\"en-US\",\"target\":\"Ціни зросли на 3 % і більше\",\"targetLanguage\":\"uk\"}],\"query\":\"Prices rose by 4 % & more\"}\n"))
        #expect(try run("tm", "search", "Nothing of the kind", "--from", "en", "--to", "uk") == .init(status: 1, stdout: "no match\n", stderr: ""))
        #expect(try run("tm", "concordance", "KYIV", "--from", "en", "--to", "uk") == .init(status: 0, stdout: """
            3  Talks in ⟨1⟩[Kyiv]⟨/1⟩ resumed on Monday.
                 → Переговори в ⟨1⟩Києві⟨/1⟩ відновилися в понеділок.
            1  Talks in [Kyiv] resumed on Monday.
                 → Переговори в Києві відновилися в понеділок.

            """, stderr: ""))
        #expect(try run("tm", "concordance", "kyiv", "--from", "en", "--to", "uk", "--limit", "1", "--format", "json").stdout.hasPrefix(
            "{\"hits\":[{\"highlights\":[{\"length\":4,\"start\":12}],\"id\":3,"))
        #expect(try run("tm", "export", "--format", "csv", "--from", "en", "--to", "uk") == .init(status: 2, stdout: "",
            stderr: "error: CSV holds one language pair, and these languages give en-US→uk, en→uk: name one with --from and --to (en-US, not en)\n"))
        #expect(try run("tm", "export", "--format", "csv", "--from", "en-us", "--to", "uk") == .init(status: 0,
            stdout: "en-US,uk\r\nTalks in ⟨1⟩Kyiv⟨/1⟩ resumed on Monday.,Переговори в ⟨1⟩Києві⟨/1⟩ відновилися в понеділок.\r\nThe president met reporters⟨1/⟩ at noon.,Президент зустрівся з журналістами⟨1/⟩ опівдні.\r\nPrices rose by 3 % & more,Ціни зросли на 3 % і більше\r\n",
            stderr: ""))
        let out = folder.appendingPathComponent("out.tmx").path
        #expect(try run("tm", "export", "--from", "en", "--to", "uk", "-o", out) == .init(status: 0, stdout: "", stderr: ""))
        let tmx = try String(contentsOfFile: out, encoding: .utf8)
        #expect(tmx.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header creationtool=\"onym\" creationtoolversion=\"0.1.0\" segtype=\"sentence\" o-tmf=\"onym\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n"))
        // en takes en-US: the CSV's two pairs and the TMX's three.
        #expect(tmx.split(separator: "\n").filter { $0.hasPrefix("    <tu ") || $0 == "    <tu>" }.count == 5)
    }

    /// True when `tool` is on the PATH.
    static func installed(_ tool: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    /// The export is well-formed XML with the TMX DTD's structure. Needs xmllint (Debian's
    /// libxml2-utils, which CI installs); skipped, saying so, without it.
    @Test(.enabled(if: installed("xmllint"), "xmllint is not installed (Debian: apt-get install libxml2-utils)"))
    func theExportIsValidTMX() throws {
        #expect(try run("tm", "import", fixture("pairs.csv"), fixture("other-tool.tmx")).status == 0)
        let out = folder.appendingPathComponent("valid.tmx").path
        #expect(try run("tm", "export", "--from", "en", "--to", "uk", "-o", out) == .init(status: 0, stdout: "", stderr: ""))
        let lint = try OnymProcess.run(["xmllint", "--noout", "--dtdvalid", Self.fixtures.appendingPathComponent("tmx14.dtd").path, out],
                                       executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(lint == .init(status: 0, stdout: "", stderr: ""))
    }

    @Test func badInputIsOneMessageAndExit2() throws {
        let bad = folder.appendingPathComponent("bad.tmx")
        try Data("<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n<tu><tuv><seg>x</seg></tuv></tu>\n</body>\n</tmx>\n".utf8).write(to: bad)
        #expect(try run("tm", "import", bad.path) == .init(status: 2, stdout: "", stderr: "error: \(bad.path):4: <tuv> has no xml:lang\n"))
        #expect(try run("tm", "import", folder.appendingPathComponent("none.tmx").path)
                == .init(status: 2, stdout: "", stderr: "error: \(folder.appendingPathComponent("none.tmx").path): no such file\n"))
        #expect(try run("tm", "import", fixture("pairs.csv").replacingOccurrences(of: ".csv", with: ".docx")).status == 2)
        #expect(try run("tm", "search", "x", "--from", "en!", "--to", "uk").stderr == "error: --from: 'en!' is not a BCP 47 language tag (examples: en, pt-BR, sr-Latn)\n")
    }
}
