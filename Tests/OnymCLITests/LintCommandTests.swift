import Foundation
import Testing

@Suite struct LintCommandTests {
    @Test func textReportWithCaretsAndSummary() throws {
        let r = try OnymProcess.run(["lint", "-"], stdin: Data("Talks in Kiev.\nThe KIEV office.\n".utf8))
        #expect(r == .init(status: 1, stdout: """
            <stdin>:1:10: warning: Kiev → Kyiv (variant of place "kyiv"; Capital of Ukraine. "Kiev" is the Russian-derived spelling.)
              Talks in Kiev.
                       ^^^^
            <stdin>:2:5: warning: KIEV → KYIV (variant of place "kyiv"; Capital of Ukraine. "Kiev" is the Russian-derived spelling.)
              The KIEV office.
                  ^^^^
            2 findings (0 errors, 2 warnings, 0 info) in 1 file

            """, stderr: ""))
    }

    @Test func jsonReport() throws {
        let r = try OnymProcess.run(["lint", "--format", "json", "-"], stdin: Data("In Türkye.".utf8))
        #expect(r == .init(status: 1, stdout: #"""
            {"files":[{"findings":[{"byteOffset":3,"column":4,"concept":"turkiye","found":"Türkye","kind":"misspelling","length":6,"line":1,"message":"Türkye → Türkiye (misspelling of country \"turkiye\"; The country's name in English since 2022; \"Turkey\" is the former English name (the bird stays \"turkey\").)","severity":"warning","suggestion":"Türkiye"}],"lang":"en","path":"<stdin>"}],"summary":{"errors":0,"files":1,"findings":1,"info":0,"warnings":1},"version":1}

            """#, stderr: ""))
    }

    @Test func exitCodes() throws {
        #expect(try OnymProcess.run(["lint", "-"], stdin: Data("Talks in Kyiv.".utf8)).status == 0)
        #expect(try OnymProcess.run(["lint", "--fail-on", "error", "-"], stdin: Data("Talks in Kiev.".utf8)).status == 0)
        #expect(try OnymProcess.run(["lint", "--no-fuzzy", "-"], stdin: Data("In Türkye.".utf8)).status == 0)
        let bad = try OnymProcess.run(["lint", "--fail-on", "fatal", "-"])
        #expect(bad == .init(status: 2, stdout: "", stderr: "error: --fail-on 'fatal' is not one of info, warning, error\n"))
    }

    @Test func foldersAndUnreadableFilesAreReportedAndTheRestChecked() throws {
        let dir = try TemporaryFolder.make("onym-lint")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        try "Kiev".write(to: dir.appendingPathComponent("sub/a.txt"), atomically: true, encoding: .utf8)
        try "Kiev".write(to: dir.appendingPathComponent(".hidden/b.txt"), atomically: true, encoding: .utf8)
        try Data([0x4B, 0xFF, 0x0A]).write(to: dir.appendingPathComponent("bad.txt"))
        try Data([0x00, 0x01]).write(to: dir.appendingPathComponent("image.bin"))
        let r = try OnymProcess.run(["lint", "--format", "json", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr == "error: \(dir.path)/bad.txt:1: invalid UTF-8 at byte offset 1\n")
        #expect(r.stdout.contains("\"path\":\"\(dir.path)/sub/a.txt\""))
        #expect(!r.stdout.contains("b.txt") && !r.stdout.contains("image.bin"))
        #expect(r.stdout.contains("\"summary\":{\"errors\":0,\"files\":1,\"findings\":1,\"info\":0,\"warnings\":1}"))
    }

    /// Each file of a folder is shown with its lines, as a file named alone is.
    @Test func aFolderReportIsShownWithExcerpts() throws {
        let dir = try TemporaryFolder.make("onym-lint")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Talks in Kiev today.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "# Also\n\nKiev.\n".write(to: dir.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let r = try OnymProcess.run(["lint", dir.path])
        let message = "warning: Kiev → Kyiv (variant of place \"kyiv\"; Capital of Ukraine. \"Kiev\" is the Russian-derived spelling.)"
        #expect(r == .init(status: 1, stdout: """
            \(dir.path)/a.txt:1:10: \(message)
              Talks in Kiev today.
                       ^^^^
            \(dir.path)/b.md:3:1: \(message)
              Kiev.
              ^^^^
            2 findings (0 errors, 2 warnings, 0 info) in 2 files

            """, stderr: ""))
    }

    @Test func exampleArticle() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let r = try OnymProcess.run(["lint", "--format", "json", root.appendingPathComponent("examples/story.txt").path])
        #expect(r.status == 1)
        let found = try JSONDecoder().decode(Report.self, from: Data(r.stdout.utf8)).files[0].findings.map { "\($0.found)→\($0.suggestion ?? "")" }
        #expect(found == ["Turkey→Türkiye", "Volodymyr Zelensky→Volodymyr Zelenskyy", "Kiev→Kyiv", "Odessa→Odesa", "Turkiye→Türkiye"])
    }

    struct Report: Decodable {
        struct File: Decodable { let findings: [F] }
        struct F: Decodable { let found: String; let suggestion: String? }
        let files: [File]
    }
}

extension LintCommandTests {
    /// A long line is shown as a window around each finding, not whole.
    @Test func longLinesAreShownAsAWindow() throws {
        let words = String(repeating: "word ", count: 200)
        let r = try OnymProcess.run(["lint", "-"], stdin: Data((words + "Kiev " + words + "\n").utf8))
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "<stdin>:1:1001: warning: Kiev → Kyiv (variant of place \"kyiv\"; Capital of Ukraine. \"Kiev\" is the Russian-derived spelling.)")
        // 160 columns: 78 before the name, 78 after, and "…" where the line goes on.
        #expect(lines[1] == "  …" + words.suffix(78) + "Kiev " + words.prefix(77) + "…")
        #expect(lines[2] == "  " + String(repeating: " ", count: 79) + "^^^^")
    }
}
