import Foundation
import OnymText

/// The glossaries a command works with, checked together, with their locale
/// profiles and generated variants. Built once per command.
///
/// ```swift
/// let set = try GlossarySet.bundled()
/// set.concept(id: "kyiv")?.terms["de"]?.preferred  // "Kyjiw"
/// ```
public struct GlossarySet: Sendable {
    /// The glossaries, in the order given.
    public let glossaries: [Glossary]
    /// Every concept of every glossary, in order.
    public let concepts: [Concept]
    /// Generated variants of `concepts[i]`, by language.
    public let generated: [[String: [GeneratedTerm]]]
    public let profiles: LocaleProfiles
    /// The key of these glossaries in the cache (their bytes, paths, profiles, schemes and the
    /// build), when they came from files or the bundle: derived artefacts can be cached under it.
    public internal(set) var cacheKey: String?

    /// Where Onym keeps what it derives from glossaries.
    public static var cacheDirectory: URL { GlossaryCache.directory }

    /// Checks `loaded` together (duplicate ids, conflicts) and derives generated variants.
    public init(loaded: [GlossaryReader.Loaded], profiles: LocaleProfiles) throws(GlossaryError) {
        let (problems, generated) = GlossaryValidator.check(loaded) { VariantGenerator.variants(of: $0, profiles: profiles) }
        if !problems.isEmpty { throw GlossaryError(problems) }
        glossaries = loaded.map(\.glossary)
        concepts = Glossary.concepts(of: glossaries)
        self.profiles = profiles
        self.generated = generated
    }

    /// A set restored from the cache (already checked when it was stored).
    init(glossaries: [Glossary], generated: [[String: [GeneratedTerm]]], profiles: LocaleProfiles) {
        self.glossaries = glossaries
        self.concepts = Glossary.concepts(of: glossaries)
        self.generated = generated
        self.profiles = profiles
    }

    /// The glossaries compiled into the binary (through the cache, like files).
    public static func bundled() throws(GlossaryError) -> GlossarySet {
        try load(contents: bundledContents, format: .yaml, useCache: true)
    }

    private static var bundledContents: [(path: String, bytes: [UInt8])] {
        BundledResources.glossaries.map { ("bundled:glossaries/\($0.file)", Array($0.text.utf8)) }
    }

    /// The cache key that ``bundled()`` gives its set, without loading it.
    public static var bundledCacheKey: String { GlossaryCache.key(files: bundledContents, format: .yaml) }

    /// The cache key that ``load(files:format:useCache:)`` gives the set of these files,
    /// without reading or checking them; nil when one cannot be read.
    public static func cacheKey(files: [String], format: InterchangeFormat? = nil) -> String? {
        // Mapped, not read: the key is computed on every run, over every byte.
        var mapped: [ReadOnlyBytes] = []
        for file in files {
            guard let bytes = ReadOnlyBytes(mapping: file) else { return nil }
            mapped.append(bytes)
        }
        return GlossaryCache.key(files: zip(files, mapped).map { ($0, $1.bytes) }, format: format)
    }

    /// The named files (YAML, long CSV, TBX or JSON by extension), each read and checked;
    /// every problem of every file is thrown together.
    /// Files already read and checked come from ``GlossaryCache`` (`useCache: false` always reads).
    public static func load(files: [String], format: InterchangeFormat? = nil, useCache: Bool = true) throws(GlossaryError) -> GlossarySet {
        var contents: [(path: String, bytes: [UInt8])] = []
        var problems: [GlossaryProblem] = []
        for file in files {
            do throws(GlossaryError) { contents.append((file, try readFile(file))) } catch { problems += error.problems }
        }
        return try load(contents: contents, format: format, useCache: useCache, problems: problems)
    }

    /// Reads, checks and expands file contents, or takes them from the cache.
    static func load(
        contents: [(path: String, bytes: [UInt8])], format: InterchangeFormat?, useCache: Bool, problems: [GlossaryProblem] = []
    ) throws(GlossaryError) -> GlossarySet {
        var problems = problems
        let profiles = try LocaleProfiles.bundled()
        let key = GlossaryCache.key(files: contents, format: format)
        if problems.isEmpty, useCache, let cached = GlossaryCache.load(key: key) {
            var set = GlossarySet(glossaries: cached.glossaries, generated: cached.generated, profiles: profiles)
            set.cacheKey = key
            return set
        }
        // The files that could be read are still checked, so that one run reports everything.
        var loaded: [GlossaryReader.Loaded] = []
        for (file, bytes) in contents {
            do throws(GlossaryError) {
                loaded.append(try GlossaryFileReader.read(bytes: bytes, file: file, format: format))
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw GlossaryError(problems) }
        var set = try GlossarySet(loaded: loaded, profiles: profiles)
        set.cacheKey = useCache ? key : nil
        // Small glossaries load faster than a cache file is written.
        if useCache, contents.reduce(0, { $0 + $1.bytes.count }) >= GlossaryCache.minimumSize {
            GlossaryCache.store(key: key, glossaries: set.glossaries, generated: set.generated)
        }
        return set
    }

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
        return GlossaryCache.key(files: [(path: "store:\(location)#\(try store.revision())", bytes: [UInt8]())], format: nil)
    }

    /// The bytes of a file, or a problem naming it.
    static func readFile(_ path: String) throws(GlossaryError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let reason = !exists ? "no such file" : (isDirectory.boolValue ? "is a directory, not a glossary file" : "cannot be read")
            throw GlossaryError(file: path, line: 0, rule: .unreadable, message: reason)
        }
        return [UInt8](data)
    }

    /// The concept with this id.
    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }

    /// Generated variants of the concept with this id.
    public func generated(for id: String) -> [String: [GeneratedTerm]] {
        guard let i = concepts.firstIndex(where: { $0.id == id }) else { return [:] }
        return generated[i]
    }
}
