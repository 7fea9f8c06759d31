import Foundation
import OnymText

/// Glossaries already read, checked and expanded (generated variants), kept on
/// disk keyed by a hash of their files' bytes and of the locale profiles, so
/// that the next command on the same files skips the YAML parse and the checks;
/// the linter keeps its compiled matchers in the same folder.
///
/// The folder is the caller's choice (the CLI's is `$ONYM_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/onym`, else `~/.cache/onym`); a library user who passes no
/// cache gets none on disk. A file that cannot be read or decoded is ignored and
/// rewritten; writes are atomic (temporary file, then rename).
public struct GlossaryCache: Sendable, Equatable {
    /// The folder the cache files are kept in (made when first written).
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Bumped whenever the encoding or what is derived on load changes.
    static let formatVersion = 5
    static let magic = "onym-glossary-cache"
    /// Files (all together) smaller than this are not cached: reading them is as fast.
    static let minimumSize = 256 * 1024

    /// FNV-1a (64 bit) over every input that decides the result.
    /// `reader` names how the files are read (a format, or "auto": by extension).
    package static func key<Bytes: Collection<UInt8>>(files: [(path: String, bytes: Bytes)], reader: String) -> String {
        var hasher = ContentHasher()
        hasher.mix("\(magic) \(formatVersion) \(reader)".utf8)
        // A new build may derive differently (schemes, generated variants): its identity is part of the key.
        hasher.mix(buildIdentity.utf8)
        for (_, text) in BundledResources.locales { hasher.mix(text.utf8) }
        for scheme in SchemeCatalog.onymSchemes { hasher.mix((scheme.rules ?? "").utf8) }
        for file in files {
            hasher.mix(file.path.utf8)  // origins are part of the result (problem messages name them)
            hasher.mix(file.bytes)
        }
        return hasher.hex
    }

    /// The running executable's size and modification time.
    static let buildIdentity: String = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(date)"
    }()

    func url(for key: String) -> URL { folder.appendingPathComponent("glossary-\(key).bin") }

    package func load(key: String) -> (glossaries: [Glossary], generated: [[String: [GeneratedTerm]]])? {
        guard let data = FileManager.default.contents(atPath: url(for: key).path) else { return nil }
        return Self.decode([UInt8](data))
    }

    package func store(key: String, glossaries: [Glossary], generated: [[String: [GeneratedTerm]]]) {
        if CacheFile.write(Self.encode(glossaries: glossaries, generated: generated), to: url(for: key)) {
            CacheFile.prune(folder, prefix: "glossary-", keeping: 8)
        }
    }

    static func encode(glossaries: [Glossary], generated: [[String: [GeneratedTerm]]]) -> [UInt8] {
        var w = BinaryWriter()
        w.string(magic)
        w.int(formatVersion)
        w.int(glossaries.count)
        var index = 0
        for g in glossaries {
            w.string(g.name); w.optional(g.title); w.string(g.origin)
            w.int(g.concepts.count)
            for c in g.concepts {
                w.concept(c, generated: generated[index])
                index += 1
            }
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) -> (glossaries: [Glossary], generated: [[String: [GeneratedTerm]]])? {
        var r = BinaryReader(bytes: bytes)
        guard r.string() == magic, r.int() == formatVersion, let count = r.int(), count >= 0 else { return nil }
        var glossaries: [Glossary] = []
        var generated: [[String: [GeneratedTerm]]] = []
        for _ in 0..<count {
            guard let name = r.string(), let title = r.optional(), let origin = r.string(), let n = r.int(), n >= 0 else { return nil }
            var concepts: [Concept] = []
            concepts.reserveCapacity(n)
            for _ in 0..<n {
                guard let (concept, derived) = r.concept() else { return nil }
                concepts.append(concept)
                generated.append(derived)
            }
            glossaries.append(Glossary(name: name, title: title, concepts: concepts, origin: origin))
        }
        return r.offset == bytes.count ? (glossaries, generated) : nil
    }
}
