import Foundation
import Testing
@testable import OnymGlossary
@testable import OnymLint
import OnymTestSupport

@Suite struct MatcherCacheTests {
    static let set = try! GlossarySet.bundled()

    @Test func aMatcherReadFromItsImageFindsTheSame() throws {
        let compiled = CompiledMatcher(set: Self.set, language: "en")
        let image = CompiledMatcher.compile(set: Self.set, language: "en")
        let folder = Leftovers.temporary("onym-image-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("matcher.bin")
        #expect(CacheFile.write(image, to: file))
        let mapped = try #require(ReadOnlyBytes(mapping: file.path))
        let restored = try #require(CompiledMatcher(image: mapped, language: "en"))
        let text = Array("In Kiev, KIEV and Kiev's; Turkey, turkey, Turkiye, Erdoğan, kyiv; Zelenskiy, Selenskyj, In Zelenskky; Kyіv, Tür\u{AD}kiye; Chicken Kiev.".utf8)
        let findings = try Linter(matcher: restored).lint(text)
        #expect(findings == (try Linter(matcher: compiled).lint(text)))
        #expect(findings.map(\.suggestion) == ["Kyiv", "KYIV", "Kyiv's", "Türkiye", "Türkiye", "Erdogan", "Kyiv",
                                               "Zelenskyy", "Zelenskyy", "Zelenskyy", "Kyiv", "Türkiye"])
        #expect(findings.map(\.concept) == ["kyiv", "kyiv", "kyiv", "turkiye", "turkiye", "erdogan", "kyiv",
                                            "zelenskyy", "zelenskyy", "zelenskyy", "kyiv", "turkiye"])
    }

    /// A server lets go of the pages loading read (they are mapped again when read): a
    /// matcher whose pages were released finds the same, and a copy in memory is unaffected.
    @Test func releasedPagesAreReadAgain() throws {
        let image = CompiledMatcher.compile(set: Self.set, language: "en")
        let folder = Leftovers.temporary("onym-image-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("matcher.bin")
        #expect(CacheFile.write(image, to: file))
        let bytes = try #require(ReadOnlyBytes(mapping: file.path))
        let mapped = try #require(CompiledMatcher(image: bytes, language: "en"))
        let copied = try #require(CompiledMatcher(image: ReadOnlyBytes(bytes: image), language: "en"))
        let text = Array("Kiev, Türkye, Selenskyj and Kyіv.".utf8)
        let before = try Linter(matcher: mapped).lint(text)
        mapped.releasePages()
        copied.releasePages()
        #expect(try Linter(matcher: mapped).lint(text) == before)
        #expect(try Linter(matcher: copied).lint(text) == before)
        #expect(before.map(\.suggestion) == ["Kyiv", "Türkiye", "Zelenskyy", "Kyiv"])
    }

    @Test func damagedOrForeignImagesAreNotUsed() {
        let image = CompiledMatcher.compile(set: Self.set, language: "en")
        #expect(CompiledMatcher(image: ReadOnlyBytes(bytes: Array(image.dropLast(8))), language: "en") == nil)
        #expect(CompiledMatcher(image: ReadOnlyBytes(bytes: image), language: "de") == nil)
        #expect(CompiledMatcher(image: ReadOnlyBytes(bytes: [1, 2, 3]), language: "en") == nil)
        // Bytes changed anywhere in the arrays are either caught on load or harmless: never a bad index.
        var damaged = image
        for at in stride(from: 64, to: damaged.count, by: damaged.count / 97) {
            damaged[at] ^= 0xFF
        }
        if let matcher = CompiledMatcher(image: ReadOnlyBytes(bytes: damaged), language: "en") {
            _ = try? Linter(matcher: matcher).lint(Array("Kiev, Türkye and Kyіv.".utf8))
        }
    }
}
