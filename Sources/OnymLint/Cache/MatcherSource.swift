import OnymGlossary
import Synchronization

/// The matchers of one lint run, one per language: mapped from the cache when
/// they are there, else compiled from the glossaries, which are then loaded
/// (once) and checked. Without a cache, every matcher is compiled in memory.
public final class MatcherSource: Sendable {
    private let source: any GlossaryProvider
    private let cache: GlossaryCache?
    private let key: String?
    private let set = Mutex<GlossarySet?>(nil)
    private let matchers = Mutex<[String: CompiledMatcher]>([:])

    /// A source for the glossaries of `source`. A cached matcher exists only for glossaries
    /// that loaded without a problem, so when there is none for `language` (the run's first
    /// language) the glossaries are loaded now: their problems stop the run before any text.
    public init(_ source: any GlossaryProvider, language: String, cache: GlossaryCache?) throws(GlossaryError) {
        self.source = source
        self.cache = cache
        key = cache == nil ? nil : source.cacheKey()
        if let key, let cache, let cached = MatcherCache.cached(key: key, language: language, in: cache) {
            matchers.withLock { $0[language] = cached }
        } else {
            let loaded = try source.load(cache: cache)
            set.withLock { $0 = loaded }
        }
    }

    /// The matcher for documents in `language`.
    public func matcher(for language: String) throws(GlossaryError) -> CompiledMatcher {
        if let known = matchers.withLock({ $0[language] }) { return known }
        let made: CompiledMatcher
        if let key, let cache, let cached = MatcherCache.cached(key: key, language: language, in: cache) {
            made = cached
        } else {
            made = try MatcherCache.matcher(language: language, cache: cache, glossaries: handedOver)
        }
        return matchers.withLock { all in
            if let known = all[language] { return known }
            all[language] = made
            return made
        }
    }

    /// The matcher for documents in `language` written on `day`: the glossaries as they stood
    /// then (``GlossarySet/asOf(_:)``), compiled once for all the days between two changes
    /// and cached like the others. The plain matcher when no form is dated.
    public func matcher(for language: String, on day: String) throws(GlossaryError) -> CompiledMatcher {
        let base = try matcher(for: language)
        guard !base.periodBoundaries.isEmpty else { return base }
        let name = "\(language)@\(GlossarySet.epoch(of: day, boundaries: base.periodBoundaries))"
        if let known = matchers.withLock({ $0[name] }) { return known }
        let made = try MatcherCache.matcher(language: language, cache: cache) { () throws(GlossaryError) in try handedOver().asOf(day) }
        return matchers.withLock { all in
            if let known = all[name] { return known }
            all[name] = made
            return made
        }
    }

    /// Lets go of the glossaries read at the start and not yet handed to a compile (a
    /// long-running process keeps its matchers, not them); they are read again if a matcher
    /// must be compiled.
    public func releaseGlossaries() {
        set.withLock { $0 = nil }
    }

    /// The glossaries for a compile, handed over: the source keeps no copy, so the compile can
    /// let them go before it builds the trie (at 100,000 concepts they are some 65 MB of a
    /// first compile's peak). Another language's matcher, rarely needed in the same run,
    /// reads them again (from the glossary cache: a fraction of a compile's time).
    private func handedOver() throws(GlossaryError) -> GlossarySet {
        if let loaded = set.withLock({ kept in defer { kept = nil }; return kept }) { return loaded }
        return try source.load(cache: cache)
    }
}
