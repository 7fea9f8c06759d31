import OnymText

/// Reads `locales/TAG.yaml`, strictly: unknown keys, unknown schemes and
/// malformed tags are errors with their line.
public enum LocaleProfileReader {
    static let keys = ["language", "name", "script", "case-locale", "apostrophes", "suffixes", "derivational-endings", "schemes", "inflected", "stem-changes"]

    public static func read(bytes: [UInt8], file: String) throws(GlossaryError) -> LocaleProfile {
        var doc = YAMLDocument(file: file, bytes: bytes)
        var fields: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var stemChanges: [(from: String, to: String)] = []
        if let root = doc.root, let pairs = doc.mapping(root, what: "a locale profile", allowed: keys) {
            for (key, _, value) in pairs {
                switch key {
                case "apostrophes", "suffixes", "derivational-endings":
                    lists[key] = doc.strings(value, what: "'\(key)'").map(\.0)
                case "schemes":
                    var ids: [String] = []
                    for (id, line) in doc.strings(value, what: "'schemes'") {
                        if SchemeCatalog.scheme(id: id) == nil {
                            let hint = SchemeCatalog.suggestion(for: id).map { "; did you mean \($0)?" } ?? ""
                            doc.report(line: line, .unknownScheme, "unknown scheme '\(id)'\(hint)")
                        } else {
                            ids.append(id)
                        }
                    }
                    lists[key] = ids
                case "stem-changes":
                    // A list of pairs: [[ї, є], [і, о]].
                    for pair in value.sequence.map(Array.init) ?? [] {
                        let parts = doc.strings(pair, what: "a stem change")
                        if parts.count == 2 { stemChanges.append((parts[0].0, parts[1].0)) } else {
                            doc.report(pair, .wrongType, "a stem change is a pair [from, to]")
                        }
                    }
                    if value.sequence == nil { doc.report(value, .wrongType, "'stem-changes' must be a list of pairs [from, to]") }
                case "inflected":
                    let v = doc.string(value, what: "'inflected'")
                    if v != "true" && v != "false" { doc.report(value, .wrongType, "'inflected' must be true or false") }
                    fields[key] = v
                default:
                    fields[key] = doc.string(value, what: "'\(key)'")
                }
            }
            for required in ["language", "name", "script", "case-locale"] where fields[required] == nil {
                doc.report(root, .missingKey, "missing '\(required):'")
            }
            if let tag = fields["language"] {
                do throws(TextError) { fields["language"] = try LanguageTag.canonical(tag) } catch {
                    doc.report(root, .invalidLanguage, GlossaryProblem.invalidLanguageMessage(tag))
                }
            }
        } else if doc.problems.isEmpty {
            doc.report(nil, .missingKey, "the file is empty")
        }
        if !doc.problems.isEmpty { throw GlossaryError(doc.problems) }
        return LocaleProfile(
            language: fields["language"]!, name: fields["name"]!, script: fields["script"]!,
            caseLocale: fields["case-locale"]!, apostrophes: lists["apostrophes"] ?? [],
            suffixes: lists["suffixes"] ?? [], derivationalEndings: lists["derivational-endings"] ?? [],
            schemes: lists["schemes"] ?? [], inflected: fields["inflected"] == "true", stemChanges: stemChanges)
    }
}
