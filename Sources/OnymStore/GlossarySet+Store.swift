import Foundation
import OnymGlossary

/// A store's concepts as a glossary set, for the linter and the checks.
extension GlossarySet {
    /// Every concept of a store, with the generated variants it keeps, as one glossary named
    /// `store`; cached derivations are keyed by the store's location and revision. With a
    /// cache, the concepts of a revision already read come from it (a server that starts
    /// again, or takes in a change, does not read 100,000 rows again).
    public static func load(store: any GlossaryStore, cache: GlossaryCache? = nil) throws(GlossaryError) -> GlossarySet {
        let key = try cacheKey(store: store)
        var set: GlossarySet
        if let cache, let cached = cache.load(key: key) {
            set = GlossarySet(glossaries: cached.glossaries, generated: cached.generated, profiles: try LocaleProfiles.bundled())
        } else {
            let stored = try store.concepts(kind: nil, language: nil)
            let glossaries = [Glossary(name: "store", concepts: stored.map(\.concept), origin: store.location)]
            set = GlossarySet(glossaries: glossaries, generated: stored.map(\.generated), profiles: try LocaleProfiles.bundled())
            cache?.store(key: key, glossaries: glossaries, generated: stored.map(\.generated))
        }
        set.cacheKey = key
        return set
    }

    /// The cache key of a store's glossary: its location and revision (and this build's identity).
    public static func cacheKey(store: any GlossaryStore) throws(GlossaryError) -> String {
        let location = URL(fileURLWithPath: store.location).standardizedFileURL.path
        return GlossaryCache.key(files: [(path: "store:\(location)#\(try store.revision())", bytes: [UInt8]())], reader: "auto")
    }
}
