import Foundation
import OnymGlossary

/// A store's concepts as a glossary set, for the linter and the checks.
extension GlossarySet {
    /// Every concept of a store, with the generated variants it keeps, as one glossary named
    /// `store`; cached derivations are keyed by the store's location and revision.
    public static func load(store: any GlossaryStore) throws(GlossaryError) -> GlossarySet {
        let key = try cacheKey(store: store)
        let stored = try store.concepts(kind: nil, language: nil)
        var set = GlossarySet(glossaries: [Glossary(name: "store", concepts: stored.map(\.concept), origin: store.location)],
                              generated: stored.map(\.generated), profiles: try LocaleProfiles.bundled())
        set.cacheKey = key
        return set
    }

    /// The cache key of a store's glossary: its location and revision (and this build's identity).
    public static func cacheKey(store: any GlossaryStore) throws(GlossaryError) -> String {
        let location = URL(fileURLWithPath: store.location).standardizedFileURL.path
        return GlossaryCache.key(files: [(path: "store:\(location)#\(try store.revision())", bytes: [UInt8]())], reader: "auto")
    }
}
