/// Where a set of glossaries comes from, as far as those who compile it need to know (the
/// linter's matcher cache): a key for what is derived from it, found without reading or
/// checking it, and the set itself. Files and stores are providers (the front-end layer's
/// `GlossarySource`), so the linter never links a database client.
public protocol GlossaryProvider: Sendable {
    /// The key under which caches keep what is derived from these glossaries; nil when there
    /// is none (a file cannot be read): then nothing is cached.
    func cacheKey() -> String?
    /// The glossaries, read and checked (through `cache` when one is given).
    func load(cache: GlossaryCache?) throws(GlossaryError) -> GlossarySet
}
