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
    public package(set) var cacheKey: String?

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
    package init(glossaries: [Glossary], generated: [[String: [GeneratedTerm]]], profiles: LocaleProfiles) {
        self.glossaries = glossaries
        self.concepts = Glossary.concepts(of: glossaries)
        self.generated = generated
        self.profiles = profiles
    }

    /// The glossaries compiled into the binary (through `cache`, like files, when one is given).
    public static func bundled(cache: GlossaryCache? = nil) throws(GlossaryError) -> GlossarySet {
        try load(contents: bundledContents, reader: "yaml", cache: cache) { bytes, file throws(GlossaryError) in
            try GlossaryReader.read(bytes: bytes, file: file)
        }
    }

    private static var bundledContents: [(path: String, bytes: [UInt8])] {
        BundledResources.glossaries.map { ("bundled:glossaries/\($0.file)", Array($0.text.utf8)) }
    }

    /// The cache key that ``bundled()`` gives its set, without loading it.
    public static var bundledCacheKey: String { GlossaryCache.key(files: bundledContents, reader: "yaml") }

    /// Reads, checks and expands file contents, or takes them from `cache`. `reader` names
    /// how they are read (a format, or "auto" by extension: part of the cache key) and `read`
    /// reads one file. Without a cache the set has no cache key: nothing is derived on disk.
    package static func load(
        contents: [(path: String, bytes: [UInt8])], reader: String, cache: GlossaryCache?, problems: [GlossaryProblem] = [],
        read: (_ bytes: [UInt8], _ file: String) throws(GlossaryError) -> GlossaryReader.Loaded
    ) throws(GlossaryError) -> GlossarySet {
        var problems = problems
        let profiles = try LocaleProfiles.bundled()
        let key = GlossaryCache.key(files: contents, reader: reader)
        if problems.isEmpty, let cache, let cached = cache.load(key: key) {
            var set = GlossarySet(glossaries: cached.glossaries, generated: cached.generated, profiles: profiles)
            set.cacheKey = key
            return set
        }
        // The files that could be read are still checked, so that one run reports everything.
        var loaded: [GlossaryReader.Loaded] = []
        for (file, bytes) in contents {
            do throws(GlossaryError) {
                loaded.append(try read(bytes, file))
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw GlossaryError(problems) }
        var set = try GlossarySet(loaded: loaded, profiles: profiles)
        set.cacheKey = cache == nil ? nil : key
        // Small glossaries load faster than a cache file is written.
        if let cache, contents.reduce(0, { $0 + $1.bytes.count }) >= GlossaryCache.minimumSize {
            cache.store(key: key, glossaries: set.glossaries, generated: set.generated)
        }
        return set
    }

    /// The bytes of a file, or a problem naming it.
    package static func readFile(_ path: String) throws(GlossaryError) -> [UInt8] {
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
