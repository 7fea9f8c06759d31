import OnymGlossary
import OnymStore

/// What a front end works with: its glossaries and where derived data is cached, made from an
/// explicit configuration (a front end resolves flags, `.onym.yaml` and the environment into
/// it; nothing below reads them). The CLI uses it now, the servers next; more of the
/// commands' work (linting documents, fixing them, checking pairs) is to move here.
public struct Workspace: Sendable {
    public struct Configuration: Sendable, Equatable {
        /// Where the glossaries come from.
        public var glossaries: GlossarySource
        /// Where derived data (checked glossaries, compiled matchers) is kept; nil keeps none on disk.
        public var cache: GlossaryCache?

        public init(glossaries: GlossarySource, cache: GlossaryCache? = nil) {
            self.glossaries = glossaries
            self.cache = cache
        }
    }

    public let configuration: Configuration

    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// The questions lookups ask: answered by a store's indexes when the glossaries are a store,
    /// else by the glossaries in memory.
    public func queries() throws(GlossaryError) -> any GlossaryQueries {
        if case .store(let location) = configuration.glossaries {
            return StoreLookup(try StoreLocation.open(location, create: false))
        }
        return GlossaryLookup(try configuration.glossaries.load(cache: configuration.cache))
    }

    /// The concepts a name in any language or script refers to, best first; `language` is
    /// the query's (its case rules apply, its forms rank first).
    public func lookup(_ query: String, language: String) throws(GlossaryError) -> LookupResult {
        try queries().lookup(query, language: language)
    }
}
