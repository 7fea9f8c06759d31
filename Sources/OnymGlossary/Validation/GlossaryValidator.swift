import OnymText

/// The checks that span concepts and files: duplicate ids, a variant or
/// forbidden form of one concept that is another concept's preferred or
/// admitted form in the same language (which concept would win?), and a
/// variant or forbidden form of two concepts in the same language, compared by
/// match key (which concept does it name?) — unless the two prefer the same form
/// there: two glossaries that both know Türkiye may both list Turkey.
///
/// Forms are compared ignoring case, compatibility forms and invisible
/// characters, but not diacritics: "Rümeysa Hancer" (a variant of one
/// person) and "Rumeysa Hançer" (another's name) are both real spellings, and
/// the linter tells them apart by their exact form; only forms that read the
/// same are a conflict no rule can settle.
public enum GlossaryValidator {
    /// Every cross-concept problem among `loaded`, in file and line order.
    public static func problems(in loaded: [GlossaryReader.Loaded]) -> [GlossaryProblem] {
        check(loaded, generate: { _ in [:] }).problems
    }

    /// A form with its language and the hash of its ``conflictKey(_:)``: the hash finds
    /// candidates without building a key string per form; a hit is confirmed on the keys.
    private struct Form: Sendable {
        let language: String
        let form: String
        let status: TermStatus
        let slot: UInt64
        /// The match key in the language's folding, for variant and forbidden forms only.
        var matchKey: String?
    }

    /// What one concept contributes, computed on all cores.
    private struct Keyed: Sendable {
        var forms: [Form] = []
        var generated: [String: [GeneratedTerm]] = [:]
        var generatedSlots: [String: [UInt64]] = [:]
    }

    /// The owner of a good form (preferred or admitted): the first concept that has it.
    private struct Owner {
        let concept: Int
        let language: String
        let form: String
    }

    /// Good forms by slot; forms whose slot another key took first (a hash collision)
    /// are kept by their full key.
    private struct Owners {
        var bySlot: [UInt64: Owner] = [:]
        var collided: [String: Owner] = [:]

        mutating func claim(_ form: Form, concept: Int) {
            let owner = Owner(concept: concept, language: form.language, form: form.form)
            guard let taken = bySlot[form.slot] else { bySlot[form.slot] = owner; return }
            if taken.language == form.language, conflictKey(taken.form) == conflictKey(form.form) { return }
            let full = form.language + "\u{0}" + conflictKey(form.form)
            if collided[full] == nil { collided[full] = owner }
        }

        func owner(language: String, form: String, slot: UInt64) -> Owner? {
            guard let found = bySlot[slot] else { return nil }
            let key = conflictKey(form)
            if found.language == language, conflictKey(found.form) == key { return found }
            return collided[language + "\u{0}" + key]
        }
    }

    /// The problems, and the generated variants of every concept (in the order of
    /// `loaded`'s concepts) without those that are another concept's preferred or
    /// admitted form: generated forms are guesses, typed forms win.
    package static func check(
        _ loaded: [GlossaryReader.Loaded], generate: @Sendable (Concept) -> [String: [GeneratedTerm]]
    ) -> (problems: [GlossaryProblem], generated: [[String: [GeneratedTerm]]]) {
        // Flat positions: (file, index in file) of every concept, in order.
        var positions: [(file: Int, index: Int)] = []
        for (f, file) in loaded.enumerated() { positions += file.glossary.concepts.indices.map { (f, $0) } }
        let concepts = Glossary.concepts(of: loaded.map(\.glossary))
        let keyed = ParallelMap.map(concepts) { concept in
            var out = Keyed()
            for language in concept.languages {
                guard let set = concept.terms[language] else { continue }
                let folding = CaseFolding(language: language)
                func add(_ forms: [String], _ status: TermStatus) {
                    for form in forms {
                        let bad = status == .deprecated || status == .forbidden
                        out.forms.append(Form(language: language, form: form, status: status, slot: slot(language, form),
                                              matchKey: bad ? MatchKey.string(of: form, folding: folding) : nil))
                    }
                }
                add([set.preferred], .preferred)
                add(set.admitted, .admitted)
                add(set.variants, .deprecated)
                add(set.forbidden, .forbidden)
            }
            out.generated = generate(concept)
            for (language, terms) in out.generated { out.generatedSlots[language] = terms.map { slot(language, $0.form) } }
            return out
        }

        var problems: [GlossaryProblem] = []
        var firstSeen: [String: Int] = [:]
        firstSeen.reserveCapacity(concepts.count)
        for (c, concept) in concepts.enumerated() {
            if let first = firstSeen[concept.id] {
                let (f, i) = positions[c], (ff, fi) = positions[first]
                problems.append(GlossaryProblem(
                    file: loaded[f].glossary.origin, line: loaded[f].lines.concepts[i], rule: .duplicateId,
                    message: "concept id '\(concept.id)' is already used at \(loaded[ff].glossary.origin):\(loaded[ff].lines.concepts[fi])"))
            } else {
                firstSeen[concept.id] = c
            }
        }
        // A variant (or forbidden form) of two concepts, by match key and spelling (spellingKey):
        // the first concept that has it keeps it.
        var badOwners: [String: (concept: Int, form: String)] = [:]
        for (c, k) in keyed.enumerated() {
            for form in k.forms {
                guard let key = form.matchKey else { continue }
                let full = form.language + "\u{0}" + key + "\u{0}" + spellingKey(form.form)
                guard let first = badOwners[full] else { badOwners[full] = (c, form.form); continue }
                guard first.concept != c,
                      !Self.preferSameForm(concepts[c], concepts[first.concept], in: form.language) else { continue }
                let (f, i) = positions[c], (ff, fi) = positions[first.concept]
                let what = form.status == .forbidden ? "forbidden form" : "variant"
                problems.append(GlossaryProblem(
                    file: loaded[f].glossary.origin, line: loaded[f].lines.line(concept: i, language: form.language, form: form.form),
                    rule: .conflict,
                    message: GlossaryProblem.sharedVariantMessage(what: what, form: form.form, concept: concepts[c].id, language: form.language,
                                                                  otherForm: first.form, other: concepts[first.concept].id,
                                                                  at: "\(loaded[ff].glossary.origin):\(loaded[ff].lines.line(concept: fi, language: form.language, form: first.form))")))
            }
        }
        var owners = Owners()
        owners.bySlot.reserveCapacity(concepts.count)
        for (c, k) in keyed.enumerated() {
            for form in k.forms where form.status == .preferred || form.status == .admitted { owners.claim(form, concept: c) }
        }
        let (owned, placed) = (owners, positions)
        // Read-only from here: the conflicts and the generated forms to drop, on all cores.
        let checked = ParallelMap.map(Array(keyed.indices)) { c in
            let k = keyed[c]
            var found: [GlossaryProblem] = []
            for form in k.forms where form.status == .deprecated || form.status == .forbidden {
                guard let owner = owned.owner(language: form.language, form: form.form, slot: form.slot),
                      owner.concept != c else { continue }
                let (f, i) = placed[c]
                let what = form.status == .forbidden ? "forbidden form" : "variant"
                found.append(GlossaryProblem(
                    file: loaded[f].glossary.origin, line: loaded[f].lines.line(concept: i, language: form.language, form: form.form),
                    rule: .conflict,
                    message: GlossaryProblem.conflictMessage(what: what, form: form.form, concept: concepts[c].id, language: form.language,
                                                             goodForm: owner.form, owner: concepts[owner.concept].id)))
            }
            var kept = k.generated
            for (language, terms) in k.generated {
                let slots = k.generatedSlots[language]!
                let others = zip(terms, slots).map { term, slot in
                    owned.owner(language: language, form: term.form, slot: slot).map { $0.concept != c } ?? false
                }
                guard others.contains(true) else { continue }
                let survivors = zip(terms, others).filter { !$0.1 }.map(\.0)
                kept[language] = survivors.isEmpty ? nil : survivors
            }
            return (found, kept)
        }
        problems += checked.flatMap(\.0)
        return (problems, checked.map(\.1))
    }

    /// True when `a` and `b` prefer the same form in `language` (by match key): a variant they
    /// share names the same thing and is fixed the same way.
    static func preferSameForm(_ a: Concept, _ b: Concept, in language: String) -> Bool {
        guard let x = a.terms[language]?.preferred, let y = b.terms[language]?.preferred else { return false }
        let folding = CaseFolding(language: language)
        return MatchKey.string(of: x, folding: folding) == MatchKey.string(of: y, folding: folding)
    }

    /// NFKC_Casefold: case, compatibility forms and default-ignorables folded; diacritics kept.
    public static func conflictKey(_ form: String) -> String {
        // ASCII folds by lower-casing alone; only other text needs ICU.
        if form.utf8.allSatisfy({ $0 < 0x80 }) { return form.lowercased() }
        return Normalizer.normalize(form, to: .nfkcCasefold)
    }

    /// A form as spelling sees it: its conflict key with typography unified. Two variants of
    /// different concepts conflict when these are equal ("Kiev", "KIEV"), not merely their
    /// match keys: transliteration schemes tell names apart by diacritics (ISO 9 "Marina
    /// Âkimenko" is Марина Якименко, "Marina Akimenko" is Марина Акименко, two people), and
    /// the linter tells them apart by the exact form a text writes.
    package static func spellingKey(_ form: String) -> String { conflictKey(Typography.plain(form)) }

    /// FNV-1a of the language and the form's conflict key; ASCII is folded on the fly.
    static func slot(_ language: String, _ form: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(bytes: language.utf8)
        hash.add(UInt8(0xFF))
        if form.utf8.allSatisfy({ $0 < 0x80 }) {
            hash.add(bytes: form.utf8.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        } else {
            hash.add(bytes: conflictKey(form).utf8)
        }
        return hash.value
    }
}
