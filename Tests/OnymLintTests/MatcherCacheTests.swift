import Testing
@testable import OnymGlossary
@testable import OnymLint

@Suite struct MatcherCacheTests {
    static let set = try! GlossarySet.bundled()

    @Test func aRestoredMatcherFindsTheSame() throws {
        let compiled = CompiledMatcher(set: Self.set, language: "en")
        let bytes = MatcherCache.encode(compiled)
        let restored = try #require(MatcherCache.decode(bytes, set: Self.set, language: "en"))
        let text = Array("In Kiev, KIEV and Kiev's; Turkey, turkey, Turkiye, Erdoğan, kyiv; Zelenskiy, Selenskyj, In Zelenskky; Kyіv, Tür\u{AD}kiye; Chicken Kiev.".utf8)
        #expect(try Linter(matcher: restored).lint(text) == Linter(matcher: compiled).lint(text))
        #expect(try Linter(matcher: restored).lint(text).count == 12)
    }

    @Test func damagedOrForeignFilesAreNotUsed() {
        let bytes = MatcherCache.encode(CompiledMatcher(set: Self.set, language: "en"))
        #expect(MatcherCache.decode(Array(bytes.dropLast()), set: Self.set, language: "en") == nil)
        #expect(MatcherCache.decode(bytes, set: Self.set, language: "de") == nil)
        #expect(MatcherCache.decode([1, 2, 3], set: Self.set, language: "en") == nil)
    }
}
