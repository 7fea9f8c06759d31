import Foundation
import Synchronization
import Testing
@testable import OnymGlossary
@testable import OnymLint
import OnymTestSupport

@Suite struct MatcherSourceTests {
    /// The bundled glossaries, counting how often they are read.
    final class CountingProvider: GlossaryProvider {
        let loads = Mutex(0)

        func cacheKey() -> String? { GlossarySet.bundledCacheKey }

        func load(cache: GlossaryCache?) throws(GlossaryError) -> GlossarySet {
            loads.withLock { $0 += 1 }
            var set = try GlossarySet.bundled()
            set.cacheKey = cacheKey()
            return set
        }
    }

    /// The glossaries read at the start are handed to the first compile, which lets them go:
    /// a second language's compile reads them again, and both matchers find what a matcher
    /// compiled directly finds.
    @Test func eachCompileIsHandedTheGlossaries() throws {
        let folder = Leftovers.temporary("onym-matchers-\(UUID().uuidString)")
        let provider = CountingProvider()
        let source = try MatcherSource(provider, language: "en", cache: GlossaryCache(folder: folder))
        #expect(provider.loads.withLock { $0 } == 1)
        let set = try GlossarySet.bundled()
        for (language, text) in [("en", "Talks in Kiev and Turkey."), ("de", "Gespräche in Kiew und in der Türkei.")] {
            let matcher = try source.matcher(for: language)
            let bytes = Array(text.utf8)
            #expect(try Linter(matcher: matcher).lint(bytes) == (try Linter(matcher: CompiledMatcher(set: set, language: language)).lint(bytes)))
        }
        #expect(try Linter(matcher: source.matcher(for: "en")).lint(Array("Talks in Kiev.".utf8)).map(\.suggestion) == ["Kyiv"])
        #expect(try Linter(matcher: source.matcher(for: "de")).lint(Array("Gespräche in Kiev.".utf8)).map(\.suggestion) == ["Kyjiw"])
        #expect(provider.loads.withLock { $0 } == 2)
        // A new source finds both matchers in the cache and reads nothing.
        let again = try MatcherSource(provider, language: "en", cache: GlossaryCache(folder: folder))
        _ = try again.matcher(for: "de")
        #expect(provider.loads.withLock { $0 } == 2)
    }
}
