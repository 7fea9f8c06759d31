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
        let concepts = loaded.flatMap { file in file.glossary.concepts.enumerated().map { (file: file, index: $0.offset, concept: $0.element) } }
        for (file, i, concept) in concepts {
            let line = file.lines.concepts[i]
            if let first = firstSeen[concept.id] {
                problems.append(GlossaryProblem(
                    file: file.glossary.origin, line: line, rule: .duplicateId,
                    message: "concept id '\(concept.id)' is already used at \(first.file):\(first.line)"))
            } else {
                firstSeen[concept.id] = (file.glossary.origin, line)
            }
        }
        // The keys of every form, computed on all cores; the comparisons that follow are cheap.
        let keyed = ParallelMap.map(concepts.map(\.concept)) { concept in
            concept.languages.compactMap { language in
                concept.terms[language].map { set in (language, set.forms.map { ($0.form, $0.status, conflictKey($0.form)) }) }
            }
        }
        // Good forms (preferred, admitted) by language and key: which concept owns them.
        var owners: [String: [String: (id: String, form: String)]] = [:]
        for (c, languages) in zip(concepts, keyed) {
            for (language, forms) in languages {
                for (form, status, key) in forms where status == .preferred || status == .admitted {
                    if owners[language]?[key] == nil { owners[language, default: [:]][key] = (c.concept.id, form) }
                }
            }
        }
        for (c, languages) in zip(concepts, keyed) {
            for (language, forms) in languages {
                for (form, status, key) in forms where status == .deprecated || status == .forbidden {
                    guard let owner = owners[language]?[key], owner.id != c.concept.id else { continue }
                    let what = status == .forbidden ? "forbidden form" : "variant"
                    problems.append(GlossaryProblem(
                        file: c.file.glossary.origin, line: c.file.lines.line(concept: c.index, language: language, form: form),
                        rule: .conflict,
                        message: "\(what) '\(form)' of concept '\(c.concept.id)' is the \(language) form '\(owner.form)' of concept '\(owner.id)': which concept wins? Remove it from one of them"))
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
