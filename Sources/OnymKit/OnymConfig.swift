import Foundation
import OnymGlossary

/// `.onym.yaml`, found in the working directory or the nearest folder above it:
///
/// ```yaml
/// glossaries: [names/house.yaml, names/countries.yaml]   # relative to this file
/// lang: en
/// severity: { case: off, misspelling: error }   # per finding kind: error, warning, info, off
/// fuzzy: false                                   # no near misses
/// ignore: ["drafts/*", "*.min.html"]             # paths not linted (relative to this file)
/// fail-on: error
/// store: names/onym.sqlite                       # a glossary store instead of files
/// typography: { apostrophe: curly }              # another apostrophe in a name is a finding
/// foreign-script: flag                           # Одеса in English is a variant, not a quotation
/// house: ap                                      # a house's own forms where the glossary gives them
/// first-mention: formerly                        # "Türkiye (formerly Turkey)" is right ({ formerly: must }: required)
/// ```
public struct OnymConfig: Sendable, Equatable {
    public static let fileName = ".onym.yaml"
    static let keys = ["glossaries", "lang", "severity", "fuzzy", "ignore", "fail-on", "store", "typography", "foreign-script", "house", "first-mention"]
    /// The finding kinds of `lint` and `check`, as config values (the linter and the checker own their meaning).
    static let kinds = ["variant", "forbidden", "diacritics", "case", "misspelling", "confusable", "invisible", "typography", "first-mention",
                        "term", "inconsistent", "untranslated"]
    static let apostrophes = ["curly", "straight"]
    static let foreignScripts = ["quotation", "flag"]
    static let severities = ["error", "warning", "info", "off"]

    /// Where the file is.
    public let path: String
    /// Glossary files, as absolute paths.
    public var glossaries: [String]
    /// The default language of documents.
    public var language: String?
    /// Severity by finding kind (`off` drops the kind).
    public var severity: [String: String] = [:]
    /// False turns near misses off.
    public var fuzzy: Bool?
    /// Glob patterns of paths not to lint, relative to the config's folder.
    public var ignore: [String] = []
    /// The least severity that fails the run.
    public var failOn: String?
    /// A glossary store (a path, made absolute), used when no glossary file is named.
    public var store: String?
    /// The house's apostrophe, `curly` or `straight`; nil leaves it to the writer.
    public var apostrophe: String?
    /// `flag` reports another language's form in another script as a variant; nil or
    /// `quotation` takes it for a quotation.
    public var foreignScript: String?
    /// The house whose forms apply (a term set's `houses:`); nil: the glossary's own.
    public var house: String?
    /// `may` or `must`: a renamed name's first mention may (or must) say its former name.
    public var firstMention: String?

    public init(path: String, glossaries: [String], language: String?) {
        self.path = path
        self.glossaries = glossaries
        self.language = language
    }

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
        var config = OnymConfig(path: path, glossaries: [], language: nil)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        if let root = doc.root, let pairs = doc.mapping(root, what: "\(fileName)", allowed: keys) {
            for (key, _, value) in pairs {
                switch key {
                case "glossaries":
                    config.glossaries = doc.strings(value, what: "'glossaries'").map { path, _ in
                        path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
                    }
                case "lang":
                    config.language = doc.string(value, what: "'lang'")
                case "severity":
                    for (kind, kindNode, level) in doc.mapping(value, what: "'severity'", allowed: kinds) ?? [] {
                        guard let level = doc.string(level, what: "the severity of '\(kind)'") else { continue }
                        if severities.contains(level) { config.severity[kind] = level } else {
                            doc.report(kindNode, .wrongType, "severity '\(level)' of '\(kind)' is not one of \(severities.joined(separator: ", "))")
                        }
                    }
                case "fuzzy":
                    let v = doc.string(value, what: "'fuzzy'")
                    if v == "true" || v == "false" { config.fuzzy = v == "true" } else { doc.report(value, .wrongType, "'fuzzy' must be true or false") }
                case "ignore":
                    config.ignore = doc.strings(value, what: "'ignore'").map(\.0)
                case "store":
                    config.store = doc.string(value, what: "'store'").map { path in
                        path.hasPrefix("/") || path.contains("://") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
                    }
                case "typography":
                    for (_, _, style) in doc.mapping(value, what: "'typography'", allowed: ["apostrophe"]) ?? [] {
                        guard let v = doc.string(style, what: "'apostrophe'") else { continue }
                        if apostrophes.contains(v) { config.apostrophe = v } else {
                            doc.report(style, .wrongType, "'apostrophe' must be \(apostrophes.joined(separator: " or ")), not '\(v)'")
                        }
                    }
                case "first-mention":
                    // `formerly` (may), or `{ formerly: may | must }`.
                    if value.scalar != nil {
                        if doc.string(value, what: "'first-mention'") == "formerly" { config.firstMention = "may" } else {
                            doc.report(value, .wrongType, "'first-mention' must be formerly, or { formerly: may } or { formerly: must }")
                        }
                    } else {
                        for (_, _, level) in doc.mapping(value, what: "'first-mention'", allowed: ["formerly"]) ?? [] {
                            let v = doc.string(level, what: "'formerly'")
                            if let v, v == "may" || v == "must" { config.firstMention = v } else {
                                doc.report(level, .wrongType, "'formerly' must be may or must")
                            }
                        }
                    }
                case "house":
                    if let v = doc.string(value, what: "'house'") {
                        if let breach = ConceptRules.house(v) { doc.report(value, breach) } else { config.house = v }
                    }
                case "foreign-script":
                    let v = doc.string(value, what: "'foreign-script'")
                    if let v, foreignScripts.contains(v) { config.foreignScript = v } else {
                        doc.report(value, .wrongType, "'foreign-script' must be \(foreignScripts.joined(separator: " or "))")
                    }
                default:
                    let v = doc.string(value, what: "'fail-on'")
                    if let v, severities.dropLast().contains(v) { config.failOn = v } else {
                        doc.report(value, .wrongType, "'fail-on' must be error, warning or info")
                    }
                }
            }
        }
        if !doc.problems.isEmpty { throw GlossaryError(doc.problems) }
        return config
    }
}
