import Testing
@testable import OnymGlossary

@Suite struct ConceptChunksTests {
    static let news = Array(BundledResources.glossaries.first { $0.file == "news.yaml" }!.text.utf8)

    @Test func chunkedReadingGivesTheSameGlossaryAndLines() throws {
        #expect(ConceptChunks.split(Self.news, parts: 4)?.chunks.count == 4)
        let whole = try GlossaryReader.read(bytes: Self.news, file: "news.yaml", chunkedFrom: .max)
        let chunked = try GlossaryReader.read(bytes: Self.news, file: "news.yaml", chunkedFrom: 0)
        #expect(chunked.glossary == whole.glossary)
        #expect(chunked.lines == whole.lines)
    }

    @Test func problemsKeepTheirLines() {
        var text = String(decoding: Self.news, as: UTF8.self)
        text = text.replacingOccurrences(of: "  - id: lviv\n    kind: place", with: "  - id: lviv\n    kind: planet")
        #expect(throws: GlossaryError(file: "n.yaml", line: 232, rule: .invalidKind, message: "kind 'planet' is not one of person, place, country, organisation, other")) {
            try GlossaryReader.read(bytes: Array(text.utf8), file: "n.yaml", chunkedFrom: 0)
        }
    }

    @Test func aliasesAcrossChunksFallBackToOnePiece() throws {
        let items = (0..<40).map { i in "  - id: c\(i)\n    kind: place\n    terms:\n      en: \(i == 0 ? "&first " : (i == 39 ? "*first" : "N\(i)"))\(i == 0 ? "N0" : "")\n" }
        let text = "glossary: g\nconcepts:\n" + items.joined()
        #expect(ConceptChunks.split(Array(text.utf8), parts: 4) != nil)
        let loaded = try GlossaryReader.read(bytes: Array(text.utf8), file: "g.yaml", chunkedFrom: 0)
        #expect(loaded.glossary.concepts.last?.terms["en"]?.preferred == "N0")
    }

    @Test func otherLayoutsAreNotSplit() {
        #expect(ConceptChunks.split(Array("glossary: g\nconcepts: []\n".utf8), parts: 2) == nil)
        #expect(ConceptChunks.split(Array("concepts:\n  - id: a\n  - id: b\ntitle: after\n".utf8), parts: 2) == nil)
    }
}
