import Testing
@testable import OnymGlossary

@Suite struct GlossaryCacheTests {
    @Test func encodesAndDecodesExactly() throws {
        let set = try GlossarySet.bundled()
        let bytes = GlossaryCache.encode(glossaries: set.glossaries, generated: set.generated)
        let decoded = try #require(GlossaryCache.decode(bytes))
        #expect(decoded.glossaries == set.glossaries)
        #expect(decoded.generated == set.generated)
    }

    @Test func damagedFilesAreNotUsed() throws {
        let set = try GlossarySet.bundled()
        let bytes = GlossaryCache.encode(glossaries: set.glossaries, generated: set.generated)
        #expect(GlossaryCache.decode(Array(bytes.dropLast())) == nil)
        #expect(GlossaryCache.decode(bytes + [0]) == nil)
        #expect(GlossaryCache.decode(Array("not a cache".utf8)) == nil)
    }

    @Test func keyFollowsContentPathAndFormat() {
        let a = GlossaryCache.key(files: [("g.yaml", Array("x".utf8))], reader: "auto")
        #expect(a == GlossaryCache.key(files: [("g.yaml", Array("x".utf8))], reader: "auto"))
        #expect(a != GlossaryCache.key(files: [("g.yaml", Array("y".utf8))], reader: "auto"))
        #expect(a != GlossaryCache.key(files: [("h.yaml", Array("x".utf8))], reader: "auto"))
        #expect(a != GlossaryCache.key(files: [("g.yaml", Array("x".utf8))], reader: "yaml"))
    }
}
