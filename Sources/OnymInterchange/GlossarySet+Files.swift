import OnymGlossary

/// Glossary files in any format Onym reads (YAML, long CSV, TBX, JSON), through the cache.
extension GlossarySet {
    /// The cache key that ``load(files:format:cache:)`` gives the set of these files,
    /// without reading or checking them; nil when one cannot be read.
    public static func cacheKey(files: [String], format: InterchangeFormat? = nil) -> String? {
        // Mapped, not read: the key is computed on every run, over every byte.
        var mapped: [ReadOnlyBytes] = []
        for file in files {
            guard let bytes = ReadOnlyBytes(mapping: file) else { return nil }
            mapped.append(bytes)
        }
        return GlossaryCache.key(files: zip(files, mapped).map { ($0, $1.bytes) }, reader: format?.rawValue ?? "auto")
    }

    /// The named files (YAML, long CSV, TBX or JSON by extension), each read and checked;
    /// every problem of every file is thrown together.
    /// Files already read and checked come from `cache` when one is given.
    public static func load(files: [String], format: InterchangeFormat? = nil, cache: GlossaryCache? = nil) throws(GlossaryError) -> GlossarySet {
        var contents: [(path: String, bytes: [UInt8])] = []
        var problems: [GlossaryProblem] = []
        for file in files {
            do throws(GlossaryError) { contents.append((file, try readFile(file))) } catch { problems += error.problems }
        }
        return try load(contents: contents, reader: format?.rawValue ?? "auto", cache: cache, problems: problems) {
            bytes, file throws(GlossaryError) in try GlossaryFileReader.read(bytes: bytes, file: file, format: format)
        }
    }
}
