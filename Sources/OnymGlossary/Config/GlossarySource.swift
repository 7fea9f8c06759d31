/// Where a command's glossaries come from: the files named with `--glossary`,
/// else those named by `.onym.yaml`, else the bundled ones.
public enum GlossarySource: Sendable, Equatable {
    case files([String])
    case config(path: String, files: [String])
    case bundled

    /// Chooses by the rule above.
    public static func choose(explicit: [String], config: OnymConfig?) -> GlossarySource {
        if !explicit.isEmpty { return .files(explicit) }
        if let config, !config.glossaries.isEmpty { return .config(path: config.path, files: config.glossaries) }
        return .bundled
    }

    /// The key under which the cache keeps what is derived from these glossaries, without
    /// reading or checking them; nil when a file cannot be read.
    public func cacheKey() -> String? {
        switch self {
        case .files(let files), .config(_, let files): GlossarySet.cacheKey(files: files)
        case .bundled: GlossarySet.bundledCacheKey
        }
    }

    /// The glossaries, read and checked.
    public func load() throws(GlossaryError) -> GlossarySet {
        switch self {
        case .files(let files), .config(_, let files): try GlossarySet.load(files: files)
        case .bundled: try GlossarySet.bundled()
        }
    }
}
