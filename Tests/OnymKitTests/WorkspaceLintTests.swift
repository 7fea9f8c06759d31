import Foundation
import OnymTestSupport
import OnymGlossary
@testable import OnymKit
import OnymLint
import OnymTM
import Synchronization
import Testing

/// What every front end gets from a workspace: documents linted and fixed, files linted in
/// order, translations checked — with the configuration's language and settings.
@Suite struct WorkspaceLintTests {
    static let glossary = TestGlossary.yaml

    /// A folder with the glossary (and whatever else a test writes there).
    static func folder() throws -> URL {
        let folder = Leftovers.temporary("onym-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try glossary.write(to: folder.appendingPathComponent("g.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    static func workspace(_ folder: URL, language: String? = nil, settings: LintSettings = LintSettings(),
                          warn: @escaping @Sendable (WorkspaceWarning) -> Void = { _ in }) -> Workspace {
        Workspace(.init(glossaries: .files([folder.appendingPathComponent("g.yaml").path]), language: language, settings: settings), warn: warn)
    }

    static func lines(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.line):\($0.column) \($0.kind.rawValue) \($0.severity.rawValue) \($0.found) → \($0.suggestion ?? "-")" }
    }

    @Test func aDocumentIsCheckedInTheLanguageItSays() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = "<html lang=\"en\"><p>Talks in Kiev.</p><p lang=\"uk\">Переговори в Киев.</p></html>"
        let linted = try Self.workspace(folder).lint(document: Document(name: "page.html", text: html, format: .html))
        #expect(linted.language == "en")
        #expect(Self.lines(linted.findings) == ["1:29 variant warning Kiev → Kyiv", "1:64 variant warning Киев → Київ"])
        // A language the caller gives wins over the document's; the configuration's over both.
        let asUkrainian = try Self.workspace(folder).lint(document: Document(name: "t.txt", text: "Киев", format: .plain, language: "uk"))
        #expect((asUkrainian.language, Self.lines(asUkrainian.findings)) == ("uk", ["1:1 variant warning Киев → Київ"]))
        let forced = try Self.workspace(folder, language: "en").lint(document: Document(name: "t.txt", text: "Киев", format: .plain, language: "uk"))
        #expect((forced.language, forced.findings.count) == ("en", 0))
    }

    @Test func settingsChangeSeveritiesAndTurnKindsOff() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var settings = LintSettings()
        settings.severities = ["variant": .error]
        let text = "Kiev and Turkey."
        #expect(Self.lines(try Self.workspace(folder, settings: settings).lint(document: Document(name: "t", text: text, format: .plain)).findings)
                == ["1:1 variant error Kiev → Kyiv", "1:10 variant error Turkey → Türkiye"])
        settings.severities = ["variant": Severity?.none]
        #expect(try Self.workspace(folder, settings: settings).lint(document: Document(name: "t", text: text, format: .plain)).findings.isEmpty)
    }

    @Test func aFixRewritesWhatIsSafeAndKeepsWhatIsLeft() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Self.workspace(folder)
        let fixed = try workspace.fix(document: Document(name: "t.md", text: "# Kiev\n\nIn Turkey, `Kiev` stays.\n", format: .markdown))
        #expect(String(decoding: fixed.text, as: UTF8.self) == "# Kyiv\n\nIn Türkiye, `Kiev` stays.\n")
        #expect(Self.lines(fixed.fixed) == ["1:3 variant warning Kiev → Kyiv", "3:4 variant warning Turkey → Türkiye"])
        #expect(fixed.remaining.isEmpty && fixed.changed)
        let again = try workspace.fix(document: Document(name: "t.md", bytes: fixed.text, format: .markdown))
        #expect(again.text == fixed.text && !again.changed)
    }

    @Test func filesAreDeliveredInTheOrderGivenWhateverTheJobs() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for i in 0..<6 {
            let path = folder.appendingPathComponent("a\(i).txt").path
            try (String(repeating: "Fine text. ", count: i * 50) + "Kiev \(i)\n").write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        paths.append(folder.appendingPathComponent("missing.txt").path)
        func run(jobs: Int) -> [String] {
            var out: [String] = []
            Self.workspace(folder).lint(files: paths.map { InputFile($0) }, jobs: jobs, keepText: false) { event in
                switch event {
                case .document(let d): out.append("\(URL(fileURLWithPath: d.name).lastPathComponent) \(d.findings.map(\.column))")
                case .failure(let error): out.append("failed \(error.description.replacingOccurrences(of: folder.path, with: "…"))")
                case .begin, .piece, .end: out.append("streamed")
                }
            }
            return out
        }
        let expected = (0..<6).map { "a\($0).txt [\($0 * 550 + 1)]" } + ["failed …/missing.txt: no such file"]
        #expect(run(jobs: 1) == expected)
        #expect(run(jobs: 4) == expected)
    }

    @Test func aWalkedBinaryFileIsLeftOutAndANamedOneChecked() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("image.bin").path
        try Data([0x4B, 0x69, 0x65, 0x76, 0x20, 0x00, 0x01]).write(to: URL(fileURLWithPath: binary))
        let text = folder.appendingPathComponent("a.txt").path
        try Data("Kiev".utf8).write(to: URL(fileURLWithPath: text))
        var out: [String] = []
        let files = [InputFile(binary, skipsBinary: true), InputFile(text, skipsBinary: true), InputFile(binary)]
        Self.workspace(folder).lint(files: files, jobs: 2, keepText: true) { event in
            if case .document(let d) = event {
                out.append("\(URL(fileURLWithPath: d.name).lastPathComponent) \(Self.lines(d.findings)) \(d.text.count)")
            }
        }
        #expect(out == ["a.txt [\"1:1 variant warning Kiev → Kyiv\"] 4", "image.bin [\"1:1 variant warning Kiev → Kyiv\"] 7"])
    }

    @Test func aLanguageWithoutTermsIsWarnedOfOnce() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let heard = Mutex<[WorkspaceWarning]>([])
        let workspace = Self.workspace(folder) { warning in heard.withLock { $0.append(warning) } }
        for _ in 0..<2 { _ = try workspace.lint(document: Document(name: "t", text: "Hallo", format: .plain, language: "de")) }
        #expect(heard.withLock { $0 } == [.noTerms(language: "de", known: ["en", "uk"])])
        #expect(heard.withLock { $0.map(\.description) } == ["warning: no glossary has terms in 'de'; only en, uk"])
    }

    @Test func translationsAreCheckedAgainstTheGlossary() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pairs = [CheckPair(id: "1", line: 1, source: "Переговори в Києві.", target: "Talks in Kiev."),
                     CheckPair(id: "2", line: 2, source: "Київ", target: "")]
        let findings = try Self.workspace(folder).check(pairs: pairs, from: "uk", to: "en")
        #expect(findings.map { "\($0.segment) \($0.kind.rawValue) \($0.found ?? "-") → \($0.suggestion ?? "-")" }
                == ["1 variant Kiev → Kyiv", "2 untranslated - → -"])
        // A bad file is one error naming it.
        #expect(throws: WorkspaceError.input(file: "/nonexistent.tmx", line: nil, message: "no such file")) {
            try Self.workspace(folder).check(file: "/nonexistent.tmx", from: "uk", to: "en")
        }
    }
}
