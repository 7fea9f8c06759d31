import Foundation

/// `.onym.yaml`, found in the working directory or the nearest folder above it:
///
/// ```yaml
/// glossaries: [names/house.yaml, names/countries.yaml]   # relative to this file
/// lang: en
/// ```
public struct OnymConfig: Sendable, Equatable {
    public static let fileName = ".onym.yaml"
    static let keys = ["glossaries", "lang"]

    /// Where the file is.
    public let path: String
    /// Glossary files, as absolute paths.
    public let glossaries: [String]
    /// The default language of documents.
    public let language: String?

    /// The nearest `.onym.yaml` at or above `directory`, read and checked; nil when there is none.
    public static func find(from directory: String) throws(GlossaryError) -> OnymConfig? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) {
                return try read(bytes: GlossarySet.readFile(candidate), path: candidate)
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Reads a config file's bytes; unknown keys are errors.
    public static func read(bytes: [UInt8], path: String) throws(GlossaryError) -> OnymConfig {
        var doc = YAMLDocument(file: path, bytes: bytes)
        var glossaries: [String] = []
        var language: String?
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        if let root = doc.root, let pairs = doc.mapping(root, what: "\(fileName)", allowed: keys) {
            for (key, _, value) in pairs {
                if key == "glossaries" {
                    glossaries = doc.strings(value, what: "'glossaries'").map { path, _ in
                        path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
                    }
                } else {
                    language = doc.string(value, what: "'lang'")
                }
            }
        }
        if !doc.problems.isEmpty { throw GlossaryError(doc.problems) }
        return OnymConfig(path: path, glossaries: glossaries, language: language)
    }
}
