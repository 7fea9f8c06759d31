import Foundation
import OnymGlossary
import OnymInterchange
import OnymStore

/// Where a command's glossaries come from: the files named with `--glossary`,
/// else a store (the one named — `--store` or `$ONYM_STORE`, resolved by the front
/// end — else `store:` in `.onym.yaml`), else the files named by `.onym.yaml`, else
/// the bundled ones.
public enum GlossarySource: GlossaryProvider, Equatable {
    case files([String])
    case store(String)
    case config(path: String, files: [String])
    case bundled

    /// Chooses by the rule above.
    public static func choose(explicit: [String], store: String? = nil, config: OnymConfig?) -> GlossarySource {
        if !explicit.isEmpty { return .files(explicit) }
        if let store = store.flatMap({ $0.isEmpty ? nil : $0 }) ?? config?.store { return .store(store) }
        if let config, !config.glossaries.isEmpty { return .config(path: config.path, files: config.glossaries) }
        return .bundled
    }

    /// The key under which the cache keeps what is derived from these glossaries, without
    /// reading or checking them; nil when a file cannot be read.
    public func cacheKey() -> String? {
        switch self {
        case .files(let files), .config(_, let files): GlossarySet.cacheKey(files: files)
        case .store(let location): try? GlossarySet.cacheKey(store: StoreAccess.glossary(location, create: false))
        case .bundled: GlossarySet.bundledCacheKey
        }
    }

    /// What changes when the glossaries do, cheap to ask every second: the files' sizes and
    /// modification times, the store's revision; nil when a file or the store cannot be read.
    public func changeStamp() -> String? {
        switch self {
        case .files(let files), .config(_, let files):
            var stamp = ""
            for file in files {
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { return nil }
                let size = (attributes[.size] as? Int) ?? -1
                let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                stamp += "\(file)\t\(size)\t\(time)\n"
            }
            return stamp
        case .store(let location):
            return (try? StoreAccess.glossary(location, create: false).revision()).map { "\(location)#\($0)" }
        case .bundled:
            return "bundled"
        }
    }

    /// The glossaries, read and checked.
    public func load(cache: GlossaryCache?) throws(GlossaryError) -> GlossarySet {
        switch self {
        case .files(let files), .config(_, let files): try GlossarySet.load(files: files, cache: cache)
        case .store(let location): try GlossarySet.load(store: StoreAccess.glossary(location, create: false), cache: cache)
        case .bundled: try GlossarySet.bundled(cache: cache)
        }
    }
}
