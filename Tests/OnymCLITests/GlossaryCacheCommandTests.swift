import Foundation
import Testing

/// A large glossary is read once; the next command on the same bytes uses the cache.
@Suite struct GlossaryCacheCommandTests {
    @Test func secondRunUsesTheCacheAndGivesTheSameAnswer() throws {
        let dir = try TemporaryFolder.make("onym-cache")
        let cache = dir.appendingPathComponent("cache")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.yaml")
        let concepts = (0..<3000).map { i in
            "  - id: c\(i)\n    kind: place\n    note: A place with a long enough note to make the file large, number \(i).\n    terms:\n      en: { preferred: Place\(i), variants: [Plaec\(i)] }\n"
        }
        try ("glossary: big\nconcepts:\n" + concepts.joined()).write(to: file, atomically: true, encoding: .utf8)
        let environment = ["ONYM_CACHE_DIR": cache.path]
        let first = try OnymProcess.run(["lookup", "Plaec42", "--glossary", file.path], environment: environment)
        #expect(first == .init(status: 0, stdout: "c42 (place): \"Plaec42\" is a variant in en\n  A place with a long enough note to make the file large, number 42.\n  en: Place42; variants: Plaec42\n", stderr: ""))
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        #expect(cached.count == 1 && cached[0].hasPrefix("glossary-") && cached[0].hasSuffix(".bin"))
        let second = try OnymProcess.run(["lookup", "Plaec42", "--glossary", file.path], environment: environment)
        #expect(second == first)
        // An edited file is a new key: read again, and its problems are found.
        try ("glossary: big\nconcepts:\n" + concepts.joined() + "  - id: Bad\n    kind: place\n    terms: { en: X }\n").write(to: file, atomically: true, encoding: .utf8)
        let edited = try OnymProcess.run(["lookup", "Plaec42", "--glossary", file.path], environment: environment)
        #expect(edited.status == 2)
        #expect(edited.stderr.contains(":15003: concept id 'Bad' must match"))
    }
}
