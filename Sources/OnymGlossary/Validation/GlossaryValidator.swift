import OnymText

/// The checks that span concepts and files: duplicate ids, and a variant or
/// forbidden form of one concept that is another concept's preferred or
/// admitted form in the same language (which concept would win?).
///
/// Forms are compared ignoring case, compatibility forms and invisible
/// characters, but not diacritics: "Rümeysa Hancer" (a variant of one
/// person) and "Rumeysa Hançer" (another's name) are both real spellings, and
/// the linter tells them apart by their exact form; only forms that read the
/// same are a conflict no rule can settle.
public enum GlossaryValidator {
    /// Every cross-concept problem among `loaded`, in file and line order.
    public static func problems(in loaded: [GlossaryReader.Loaded]) -> [GlossaryProblem] {
        var problems: [GlossaryProblem] = []
        var firstSeen: [String: (file: String, line: Int)] = [:]
        // Good forms (preferred, admitted) by language and key: which concept owns them.
        var owners: [String: [String: (id: String, form: String)]] = [:]
        for file in loaded {
            for (i, concept) in file.glossary.concepts.enumerated() {
                let line = file.lines.concepts[i]
                if let first = firstSeen[concept.id] {
                    problems.append(GlossaryProblem(
                        file: file.glossary.origin, line: line, rule: .duplicateId,
                        message: "concept id '\(concept.id)' is already used at \(first.file):\(first.line)"))
                } else {
                    firstSeen[concept.id] = (file.glossary.origin, line)
                }
                for (language, set) in concept.terms {
                    for form in [set.preferred] + set.admitted {
                        let key = conflictKey(form)
                        if owners[language]?[key] == nil { owners[language, default: [:]][key] = (concept.id, form) }
                    }
                }
            }
        }
        for file in loaded {
            for (i, concept) in file.glossary.concepts.enumerated() {
                for language in concept.languages {
                    guard let set = concept.terms[language] else { continue }
                    for (form, status) in set.forms where status == .deprecated || status == .forbidden {
                        guard let owner = owners[language]?[conflictKey(form)], owner.id != concept.id else { continue }
                        let what = status == .forbidden ? "forbidden form" : "variant"
                        problems.append(GlossaryProblem(
                            file: file.glossary.origin, line: file.lines.line(concept: i, language: language, form: form),
                            rule: .conflict,
                            message: "\(what) '\(form)' of concept '\(concept.id)' is the \(language) form '\(owner.form)' of concept '\(owner.id)': which concept wins? Remove it from one of them"))
                    }
                }
            }
        }
        return problems
    }

    /// NFKC_Casefold: case, compatibility forms and default-ignorables folded; diacritics kept.
    static func conflictKey(_ form: String) -> String {
        // ASCII folds by lower-casing alone; only other text needs ICU.
        if form.utf8.allSatisfy({ $0 < 0x80 }) { return form.lowercased() }
        return Normalizer.normalize(form, to: .nfkcCasefold)
    }
}
