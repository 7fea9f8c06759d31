import OnymText
import Synchronization

/// Canonical language tags, each asked of ICU once per process: a glossary of
/// 100,000 concepts names the same few languages 100,000 times.
package enum CanonicalTags {
    private static let cache = Mutex<[String: String]>([:])

    package static func canonical(_ tag: String) throws(TextError) -> String {
        if let known = cache.withLock({ $0[tag] }) { return known }
        let canonical = try LanguageTag.canonical(tag)
        cache.withLock { $0[tag] = canonical }
        return canonical
    }
}
