import Foundation
import Testing

@Suite struct ValidateCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func shippedGlossaryIsValid() throws {
        let r = try OnymProcess.run(["validate", Self.root.appendingPathComponent("glossaries/news.yaml").path])
        #expect(r.status == 0)
        #expect(r.stdout.hasSuffix("glossaries/news.yaml (22 concepts, 7 languages)\n"))
    }

    @Test func everyProblemOfEveryFile() throws {
        let dir = try TemporaryFolder.make("onym-validate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.yaml"), b = dir.appendingPathComponent("b.yaml")
        try "glossary: a\nconcepts:\n  - id: x\n    kind: place\n    terms:\n      en: { preferred: [X, Y] }\n".write(to: a, atomically: true, encoding: .utf8)
        try "glossary: b\nconcepts:\n  - id: x\n    kind: place\n    terms: { en: Z }\n  - id: y\n    kind: other\n".write(to: b, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("missing.yaml").path
        let r = try OnymProcess.run(["validate", a.path, b.path, missing])
        #expect(r == .init(status: 2, stdout: "", stderr: """
            \(a.path):6: language 'en' has 2 preferred forms (X, Y); keep one and make the others 'admitted'
            \(b.path):6: concept 'y' has no 'terms:'
            \(missing): no such file
            3 problems in 3 files

            """))
    }

    @Test func badGlossaryStopsOtherCommandsWithExitTwo() throws {
        let dir = try TemporaryFolder.make("onym-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("g.yaml")
        try "glossary: g\nconcepts:\n  - id: x\n    kind: place\n    terms: { en: X, xx!: Y }\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try OnymProcess.run(["lookup", "X", "--glossary", file.path])
        #expect(r == .init(status: 2, stdout: "", stderr: "error: \(file.path):5: 'xx!' is not a BCP 47 language tag (examples: en, pt-BR, sr-Latn)\n"))
    }
}
