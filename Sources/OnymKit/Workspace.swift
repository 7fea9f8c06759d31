import OnymGlossary
import OnymLint
import OnymStore
import OnymText
import OnymTM
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What a front end works with: its glossaries, where derived data is cached, the
/// documents' language and how they are checked — made from an explicit configuration
/// (a front end resolves flags, `.onym.yaml` and the environment into it; nothing below
/// reads them). It lints and fixes documents, looks names up and checks translations;
/// the CLI, the server and the editor servers all go through it.
///
/// The glossaries are read (or their compiled matchers mapped from the cache) on first
/// use and kept: one workspace serves many documents. A front end that must see the
/// glossaries change makes a new one.
public final class Workspace: Sendable {
    public struct Configuration: Sendable, Equatable {
        /// Where the glossaries come from.
        public var glossaries: GlossarySource
        /// Where derived data (checked glossaries, compiled matchers) is kept; nil keeps none on disk.
        public var cache: GlossaryCache?
        /// The language of every document, whatever it says (`--lang`); nil lets each say.
        public var language: String?
        /// The language of a document that does not say.
        public var defaultLanguage: String
        /// How documents are checked.
        public var settings: LintSettings
        /// The house whose style applies (`house:` in `.onym.yaml`, `--house`); nil: the
        /// glossaries' own preferred forms.
        public var house: String?
        /// The day every document is checked against (`--as-of`, `YYYY-MM-DD`); nil lets each
        /// say (front matter, published time), else today.
        public var asOf: String?
        /// The store whose translation memory gives 100 % matches to `check`; nil: none.
        public var memory: String?
        /// True answers lookups from the glossaries in memory even when they are a store (a
        /// long-running server: fast answers for the memory they take); false asks a store's
        /// indexes (a command: no glossary read for one lookup).
        public var lookupInMemory = false

        public init(glossaries: GlossarySource, cache: GlossaryCache? = nil, language: String? = nil, defaultLanguage: String = "en",
                    settings: LintSettings = LintSettings(), memory: String? = nil) {
            self.glossaries = glossaries
            self.cache = cache
            self.language = language
            self.defaultLanguage = defaultLanguage
            self.settings = settings
            self.memory = memory
        }
    }

    public let configuration: Configuration
    private let warn: @Sendable (WorkspaceWarning) -> Void
    private let matchers = Mutex<MatcherSource?>(nil)
    private let linters = Mutex<[String: Linter]>([:])
    private let openedMemory = Mutex<TMStore?>(nil)
    private let madeQueries = Mutex<(any GlossaryQueries)?>(nil)
    /// The glossaries read whole, while they are kept.
    private let loaded = Mutex<(set: GlossarySet?, keep: Bool)>((nil, true))
    private let languages = Mutex<[String]?>(nil)

    /// `warn` hears of what does not stop the work (a language without terms), once each.
    public init(_ configuration: Configuration, warn: @escaping @Sendable (WorkspaceWarning) -> Void = { _ in }) {
        self.configuration = configuration
        self.warn = warn
    }

    /// The language documents are checked in when they do not say.
    public var documentLanguage: String { configuration.language ?? configuration.defaultLanguage }

    /// The questions lookups ask: answered by a store's indexes when the glossaries are a store,
    /// else by the glossaries in memory. Made on first use and kept (one store connection, one
    /// index in memory, for every lookup of the workspace).
    public func queries() throws(GlossaryError) -> any GlossaryQueries {
        if let made = madeQueries.withLock({ $0 }) { return made }
        let made: any GlossaryQueries
        // A house's forms are the glossaries' read through it: answered from memory.
        if case .store(let location) = configuration.glossaries, !configuration.lookupInMemory, configuration.house == nil {
            made = StoreLookup(try StoreAccess.glossary(location, create: false))
        } else {
            made = GlossaryLookup(try glossarySet())
        }
        return madeQueries.withLock { kept in
            if let known = kept { return known }
            kept = made
            return made
        }
    }

    /// Builds the lookups' index (``GlossaryLookup``'s `indexed`) and answers from it from then
    /// on; until it is done, lookups are answered by a pass over the forms (the same answers).
    /// A server calls it once its glossaries are read, off the path of its first requests.
    ///
    /// The indexed lookup keeps the concepts packed, so the workspace lets go of the glossaries
    /// read whole (most of a server's memory otherwise): ``glossarySet()`` reads them again
    /// when asked (an export; from the cache when the configuration has one).
    public func indexLookups() throws(GlossaryError) {
        guard configuration.lookupInMemory else { return }
        // The pass's lookup has every form's key already: the index is built over them.
        guard let scan = try queries() as? GlossaryLookup else { return }
        _ = try languagesWithTerms()
        let indexed = scan.indexed()
        madeQueries.withLock { $0 = indexed }
        loaded.withLock { $0 = (nil, false) }
    }

    /// For a long-running front end once the workspace is ready (and a replaced one dropped):
    /// the glossaries read to compile matchers are dropped, the mapped matchers' pages that
    /// loading read to check them are let go (a document touches few;
    /// ``CompiledMatcher/releasePages()``), and the heap's free pages — the
    /// lookup used before the index was ready, a replaced workspace — go back to the system.
    public func releaseMemory() {
        matchers.withLock { $0 }?.releaseGlossaries()
        for linter in linters.withLock({ Array($0.values) }) { linter.matcher.releasePages() }
        #if canImport(Glibc)
        // glibc's malloc_trim, which Swift's Glibc module does not declare (it is <malloc.h>'s).
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
    }

    /// The glossaries, read and checked on first use and kept (exports read them whole),
    /// until ``indexLookups()`` lets them go.
    public func glossarySet() throws(GlossaryError) -> GlossarySet {
        if let known = loaded.withLock({ $0.set }) { return known }
        let made = try glossaries.load(cache: configuration.cache)
        return loaded.withLock { kept in
            if let known = kept.set { return known }
            if kept.keep { kept.set = made }
            return made
        }
    }

    /// The concepts a name in any language or script refers to, best first; `language` is
    /// the query's (its case rules apply, its forms rank first).
    public func lookup(_ query: String, language: String) throws(GlossaryError) -> LookupResult {
        try queries().lookup(query, language: language)
    }

    /// Reads the glossaries now (or maps their matcher for the documents' language), so that
    /// their problems are known before any document is read.
    public func prepare() throws(GlossaryError) {
        _ = try linter(for: documentLanguage)
    }

    /// The linter for documents in `language`, set up by the configuration's settings; made
    /// on first use (a language no glossary has terms in is warned of then).
    public func linter(for language: String) throws(GlossaryError) -> Linter {
        if let known = linters.withLock({ $0[language] }) { return known }
        let source = try matcherSource()
        let made = configuration.settings.linter(try source.matcher(for: language))
        let (linter, isNew) = linters.withLock { all in
            if let known = all[language] { return (known, false) }
            all[language] = made
            return (made, true)
        }
        if isNew, !linter.matcher.hasTerms {
            warn(.noTerms(language: language, known: (try? languagesWithTerms()) ?? []))
        }
        return linter
    }

    /// The linter for documents in `language` written on `day` (else the configuration's
    /// `asOf`, else today): the glossaries as they stood then, when forms are dated.
    public func linter(for language: String, on day: String?) throws(GlossaryError) -> Linter {
        let base = try linter(for: language)
        guard !base.matcher.periodBoundaries.isEmpty else { return base }
        let day = day ?? configuration.asOf ?? ISODate.today()
        let name = "\(language)@\(GlossarySet.epoch(of: day, boundaries: base.matcher.periodBoundaries))"
        if let known = linters.withLock({ $0[name] }) { return known }
        let made = configuration.settings.linter(try matcherSource().matcher(for: language, on: day))
        return linters.withLock { all in
            if let known = all[name] { return known }
            all[name] = made
            return made
        }
    }

    /// The languages the glossaries have terms in, sorted; worked out once.
    public func languagesWithTerms() throws(GlossaryError) -> [String] {
        if let known = languages.withLock({ $0 }) { return known }
        let made = Set(try glossarySet().concepts.flatMap { $0.terms.keys }).sorted()
        languages.withLock { $0 = made }
        return made
    }

    /// The translation memory of the configuration's store, opened on first use; nil when none is named.
    public func memory() throws(WorkspaceError) -> TMStore? {
        guard let location = configuration.memory else { return nil }
        if let known = openedMemory.withLock({ $0 }) { return known }
        let made: TMStore
        do { made = try StoreAccess.memory(location, create: false) } catch { throw WorkspaceError(error) }
        return openedMemory.withLock { opened in
            if let known = opened { return known }
            opened = made
            return made
        }
    }

    /// The glossaries as the configuration reads them: through its house when it names one.
    private var glossaries: any GlossaryProvider {
        configuration.house.map { HouseGlossaries(base: configuration.glossaries, house: $0) } ?? configuration.glossaries
    }

    private func matcherSource() throws(GlossaryError) -> MatcherSource {
        if let known = matchers.withLock({ $0 }) { return known }
        let made = try MatcherSource(glossaries, language: documentLanguage, cache: configuration.cache)
        return matchers.withLock { source in
            if let known = source { return known }
            source = made
            return made
        }
    }
}
