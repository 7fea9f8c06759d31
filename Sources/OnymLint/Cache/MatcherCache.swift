import Foundation
import OnymGlossary

/// Compiled matchers kept on disk in the glossary cache's folder, keyed by the
/// glossary set's cache key (its files, profiles, schemes and the build) and the
/// language: a second lint of the same glossaries maps the image and starts
/// without compiling, decoding, or even loading the glossary.
/// A file that cannot be read or does not check out is ignored and written again;
/// writes are atomic, and only the eight most recently written matchers are kept.
public enum MatcherCache {
    static func url(key: String, language: String, in cache: GlossaryCache) -> URL {
        cache.folder.appendingPathComponent("matcher-\(key)-\(language).bin")
    }

    /// The cached matcher for glossaries with cache key `key`, mapped from disk; nil when
    /// there is none (the caller then loads the glossaries and calls ``matcher(set:language:)``).
    public static func cached(key: String, language: String, in cache: GlossaryCache) -> CompiledMatcher? {
        guard let storage = ReadOnlyBytes(mapping: url(key: key, language: language, in: cache).path) else { return nil }
        return CompiledMatcher(image: storage, language: language)
    }

    /// The compiled matcher for the glossaries `glossaries` reads and `language`, from `cache`
    /// when it is there (and written to it when not); compiled in memory only without a
    /// cache. The compile is handed the glossaries and lets them go once it has read them
    /// (see ``CompiledMatcher/compilePieces(set:language:)``): a caller that keeps them for
    /// later does not save memory, one that hands them over does.
    public static func matcher(language: String, cache: GlossaryCache?,
                               glossaries: () throws(GlossaryError) -> GlossarySet) throws(GlossaryError) -> CompiledMatcher {
        let set = try glossaries()
        guard let key = set.cacheKey, let cache else { return CompiledMatcher(set: set, language: language) }
        if let cached = cached(key: key, language: language, in: cache) { return cached }
        var pieces = CompiledMatcher.compilePieces(set: consume set, language: language)
        let written = CacheFile.write(to: url(key: key, language: language, in: cache)) { put in
            pieces.allSatisfy { piece in piece.withUnsafeBytes { put($0) } }
        }
        if written {
            // Let go before the file is mapped: the two at once were the run's peak of memory.
            pieces = []
            CacheFile.prune(cache.folder, prefix: "matcher-", keeping: 8)
            // Mapped, as the next run's will be: pages that can be let go, not heap.
            if let written = cached(key: key, language: language, in: cache) { return written }
            // Written but not readable back (a full disk, a file replaced meanwhile): compiled again.
            return CompiledMatcher(set: try glossaries(), language: language)
        }
        return CompiledMatcher(image: ReadOnlyBytes(bytes: ImageWriter.joined(pieces)), language: language)!
    }
}
