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
    /// Good forms (preferred, admitted) by language and ``conflictKey(_:)``: the concept that owns each.
    public typealias Owners = [String: [String: (id: String, form: String)]]

    public static func problems(in loaded: [GlossaryReader.Loaded]) -> [GlossaryProblem] {
        check(loaded).problems
    }

    /// The problems, and the owners of the good forms (for dropping generated forms that are another concept's).
    static func check(_ loaded: [GlossaryReader.Loaded]) -> (problems: [GlossaryProblem], owners: Owners) {
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
        // The keys of every form, in the order of `forms(of:)`, computed on all cores.
        let keys = ParallelMap.map(concepts.map(\.concept)) { concept in forms(of: concept).map { conflictKey($0.form) } }
        // Good forms (preferred, admitted) by language and key: which concept owns them.
        var owners: Owners = [:]
        for (c, conceptKeys) in zip(concepts, keys) {
            for (form, key) in zip(forms(of: c.concept), conceptKeys) where form.status == .preferred || form.status == .admitted {
                if owners[form.language]?[key] == nil { owners[form.language, default: [:]][key] = (c.concept.id, form.form) }
            }
        }
        for (c, conceptKeys) in zip(concepts, keys) {
            for (form, key) in zip(forms(of: c.concept), conceptKeys) where form.status == .deprecated || form.status == .forbidden {
                guard let owner = owners[form.language]?[key], owner.id != c.concept.id else { continue }
                let what = form.status == .forbidden ? "forbidden form" : "variant"
                problems.append(GlossaryProblem(
                    file: c.file.glossary.origin, line: c.file.lines.line(concept: c.index, language: form.language, form: form.form),
                    rule: .conflict,
                    message: "\(what) '\(form.form)' of concept '\(c.concept.id)' is the \(form.language) form '\(owner.form)' of concept '\(owner.id)': which concept wins? Remove it from one of them"))
            }
        }
        return (problems, owners)
    }

    /// Every typed form of a concept with its language, in file order.
    static func forms(of concept: Concept) -> [(language: String, form: String, status: TermStatus)] {
        concept.languages.flatMap { language in
            (concept.terms[language]?.forms ?? []).map { (language, $0.form, $0.status) }
        }
    }

    /// NFKC_Casefold: case, compatibility forms and default-ignorables folded; diacritics kept.
    public static func conflictKey(_ form: String) -> String {
        // ASCII folds by lower-casing alone; only other text needs ICU.
        if form.utf8.allSatisfy({ $0 < 0x80 }) { return form.lowercased() }
        return Normalizer.normalize(form, to: .nfkcCasefold)
    }
}
