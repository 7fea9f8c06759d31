import OnymText

/// The rules one concept must keep on its own, each written once with its one message.
/// Every reader (YAML, TBX, long CSV, JSON) asks them of each part as it reads it, and
/// places what they say at the line it read that part from (a format without lines says
/// where otherwise); a command that makes a concept (`onym add`, `onym set`) and the store
/// ask ``problems(of:source:)``, which runs them all. The rules between concepts (a form
/// of two concepts) are ``GlossaryValidator``'s.
public enum ConceptRules {
    /// A rule broken: which, and the message; a reader gives it a place with ``at(_:line:)``.
    public struct Breach: Error, Sendable, Hashable {
        public let rule: GlossaryProblem.Rule
        public let message: String

        public func at(_ file: String, line: Int) -> GlossaryProblem {
            GlossaryProblem(file: file, line: line, rule: rule, message: message)
        }
    }

    /// A concept id: `[a-z0-9][a-z0-9._-]*`.
    public static func id(_ id: String) -> Breach? {
        ConceptID.isValid(id) ? nil : Breach(rule: .invalidId, message: GlossaryProblem.invalidIdMessage(id))
    }

    /// A concept kind, read from its name.
    public static func kind(_ name: String) -> Result<ConceptKind, Breach> {
        ConceptKind(rawValue: name).map { .success($0) } ?? .failure(Breach(rule: .invalidKind, message: GlossaryProblem.invalidKindMessage(name)))
    }

    /// A date (`since`): YYYY-MM-DD.
    public static func date(_ date: String) -> Breach? {
        ISODate.isValid(date) ? nil : Breach(rule: .invalidDate, message: GlossaryProblem.invalidDateMessage(date))
    }

    /// A language tag, in canonical form (`EN-gb` is `en-GB`).
    public static func language(_ tag: String) -> Result<String, Breach> {
        do throws(TextError) { return .success(try CanonicalTags.canonical(tag)) } catch {
            return .failure(Breach(rule: .invalidLanguage, message: GlossaryProblem.invalidLanguageMessage(tag)))
        }
    }

    /// A form: not empty or only spaces.
    public static func form(_ form: String, language: String?) -> Breach? {
        form.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? Breach(rule: .emptyTerm, message: GlossaryProblem.emptyTermMessage(language: language)) : nil
    }

    /// A language that has forms but no preferred one.
    public static func missingPreferred(language: String) -> Breach {
        Breach(rule: .missingPreferred, message: GlossaryProblem.missingPreferredMessage(language: language))
    }

    /// A language's forms: the preferred one is not also a variant or forbidden.
    public static func variantsArePreferred(_ set: TermSet, language: String) -> [Breach] {
        (set.variants + set.forbidden).filter { $0 == set.preferred }.map {
            Breach(rule: .variantIsPreferred, message: GlossaryProblem.variantIsPreferredMessage($0, language: language))
        }
    }

    /// A house's name, chosen with `house:`: `[a-z0-9][a-z0-9-]*` (ap, reuters, house-style).
    public static func house(_ name: String) -> Breach? {
        let bytes = Array(name.utf8)
        let ok = !bytes.isEmpty && bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D } && bytes[0] != 0x2D
        return ok ? nil : Breach(rule: .invalidId, message: "house '\(name)' must match [a-z0-9][a-z0-9-]* (ap, reuters)")
    }

    /// A language's dated forms: each period the right way round, each former preferred form
    /// dated, and the preferred forms' periods (the current one's and the former ones')
    /// neither overlapping nor leaving a gap — on any day one form is the preferred one.
    public static func periods(_ set: TermSet, language: String) -> [Breach] {
        var breaches: [Breach] = []
        for period in set.periods where period.since != nil && period.until != nil && period.until! < period.since! {
            breaches.append(Breach(rule: .invalidPeriod, message: GlossaryProblem.periodBackwardsMessage(period, language: language)))
        }
        var preferred = [set.period(of: set.preferred, .preferred) ?? FormPeriod(form: set.preferred, status: .preferred)]
        for form in set.formerly where form != set.preferred {
            guard let period = set.period(of: form, .preferred), period.since != nil || period.until != nil else {
                breaches.append(Breach(rule: .invalidPeriod, message: GlossaryProblem.undatedFormerMessage(form, language: language)))
                continue
            }
            preferred.append(period)
        }
        guard breaches.isEmpty, preferred.count > 1 else { return breaches }
        // In order of their starts (an open start first); each must end the day before the next starts.
        preferred.sort { ($0.since ?? "") < ($1.since ?? "") }
        for (a, b) in zip(preferred, preferred.dropFirst()) {
            if let end = a.until, let start = b.since, end < start {
                if ISODate.next(end) != start {
                    breaches.append(Breach(rule: .missingPreferred, message: GlossaryProblem.preferredGapMessage(
                        language: language, from: ISODate.next(end), to: ISODate.previous(start))))
                }
            } else {
                breaches.append(Breach(rule: .twoPreferred, message: GlossaryProblem.overlappingPreferredMessage(
                    language: language, a.form, b.form, on: b.since)))
            }
        }
        return breaches
    }

    /// A concept's forms of one language: every one listed together (YAML's `preferred: [A, B]`)…
    public static func preferredForms(_ forms: [String], language: String) -> Breach? {
        forms.count > 1 ? Breach(rule: .twoPreferred, message: GlossaryProblem.twoPreferredMessage(language: language, forms: forms)) : nil
    }

    /// …or, in a format of one form a row (CSV, TBX), the row that gives a second one.
    public static func secondPreferred(concept: String, language: String, form: String) -> Breach {
        Breach(rule: .twoPreferred, message: GlossaryProblem.secondPreferredMessage(concept: concept, language: language, form: form))
    }

    /// A concept has terms in one language at least.
    public static func terms(of concept: Concept) -> Breach? {
        concept.terms.isEmpty ? Breach(rule: .missingKey, message: GlossaryProblem.noTermsMessage(concept.id)) : nil
    }

    /// Every rule above, over a whole concept (no lines: `source` names where it came from).
    public static func problems(of concept: Concept, source: String) -> [GlossaryProblem] {
        var out: [Breach] = []
        if let b = id(concept.id) { out.append(b) }
        if let since = concept.since, let b = date(since) { out.append(b) }
        if let b = terms(of: concept) { out.append(b) }
        for language in concept.languages {
            guard let set = concept.terms[language] else { continue }
            // Stored tags are canonical: one that is not was never checked.
            if case .success(let canonical) = Self.language(language), canonical == language {} else {
                out.append(Breach(rule: .invalidLanguage, message: GlossaryProblem.invalidLanguageMessage(language)))
            }
            if form(set.preferred, language: language) != nil { out.append(missingPreferred(language: language)) }
            for f in set.admitted + set.variants + set.forbidden + set.allow { if let b = form(f, language: language) { out.append(b) } }
            out += variantsArePreferred(set, language: language)
            for p in set.periods {
                for day in [p.since, p.until].compactMap({ $0 }) { if let b = date(day) { out.append(b) } }
            }
            out += periods(set, language: language)
        }
        return out.map { $0.at(source, line: 0) }
    }
}
