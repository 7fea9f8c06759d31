import CSV
import OnymText
import OnymGlossary

/// The `long` CSV layout, written and read back without loss.
///
/// Header `concept,kind,lang,term,status,note`, then the metadata columns
/// `glossary,glossary-title,sources,concept-since,generate,language-note` (the
/// row's language's own note, when it has one), then `since,until,authority`
/// (the period of a dated form in the row's status) and `house` (a house's own
/// form: the row's status is in that house's style); one row per term,
/// every row carrying its concept's and glossary's metadata, so that a tool
/// reading the `term` column only ever sees terms. Besides the term statuses
/// (preferred, admitted, deprecated, forbidden, generated), a row may carry
/// `formerly` (a former preferred form, with its dates) or `allow` (a phrase in
/// which a variant is correct). Sources are separated by
/// line breaks in their cell; `generate` is `true` or `false`. Generated rows
/// (written on request) are for reading; on import they are derived again, not
/// stored. Files in the layouts of earlier versions — twelve columns (no dates),
/// or six with metadata rows — are read too.
public enum LongCSV {
    public static let header = ["concept", "kind", "lang", "term", "status", "note"]
    /// The metadata columns after `header`.
    public static let metadata = ["glossary", "glossary-title", "sources", "concept-since", "generate", "language-note"]
    /// The row's form's period in its status, when it is dated (``FormPeriod``), and the
    /// house whose form it is (empty: the glossary's own).
    public static let dates = ["since", "until", "authority", "house"]

    /// The glossaries of a set as one long CSV (the first glossary's name heads it).
    public static func write(_ glossary: Glossary, generated: [String: [String: [GeneratedTerm]]], bom: Bool = false) -> String {
        var csv = CSVWriter(bom: bom)
        csv.append(header + metadata + dates)
        for c in glossary.concepts {
            let note = c.note ?? ""
            let meta = [glossary.name, glossary.title ?? "", c.sources.joined(separator: "\n"), c.since ?? "", c.generate ? "true" : "false"]
            func row(_ lang: String, _ term: String, _ status: String, _ period: FormPeriod? = nil, house: String = "") {
                csv.append([c.id, c.kind.rawValue, lang, term, status, note] + meta + [c.terms[lang]?.note ?? "",
                                                                                    period?.since ?? "", period?.until ?? "", period?.authority ?? "", house])
            }
            for language in c.languages {
                guard let set = c.terms[language] else { continue }
                for (form, status) in set.forms { row(language, form, status.rawValue, set.period(of: form, status)) }
                // A former preferred form is its own status here: a second `preferred` row is an error.
                for form in set.formerly { row(language, form, "formerly", set.period(of: form, .preferred)) }
                for phrase in set.allow { row(language, phrase, "allow") }
                // A house's own forms: rows of their statuses, the house named.
                for (house, forms) in set.houses.sorted(by: { $0.key < $1.key }) {
                    row(language, forms.preferred, TermStatus.preferred.rawValue, house: house)
                    for form in forms.admitted { row(language, form, TermStatus.admitted.rawValue, house: house) }
                    for form in forms.variants { row(language, form, TermStatus.deprecated.rawValue, house: house) }
                }
                for term in generated[c.id]?[language] ?? [] { row(language, term.form, TermStatus.generated.rawValue) }
            }
        }
        return csv.text
    }

    /// Reads a long CSV; every problem is reported with its line.
    public static func read(text: String, file: String) throws(GlossaryError) -> GlossaryReader.Loaded {
        var problems: [GlossaryProblem] = []
        func report(_ line: Int, _ rule: GlossaryProblem.Rule, _ message: String) {
            problems.append(GlossaryProblem(file: file, line: line, rule: rule, message: message))
        }
        /// A concept rule broken on a row (``ConceptRules``).
        func report(_ line: Int, _ breach: ConceptRules.Breach) {
            problems.append(breach.at(file, line: line))
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard let reader = try? CSVReader(string: body, hasHeaderRow: false) else {
            throw GlossaryError(file: file, line: 0, rule: .yamlSyntax, message: "not CSV")
        }
        var name = "", title: String?
        var order: [String] = []
        var builders: [String: (concept: Concept, line: Int)] = [:]
        var lines = SourceLines()
        var formLines: [(String, String, String, Int)] = []
        var line = 1
        var first = true
        var columns = header.count + metadata.count + dates.count
        var conceptsWithMetadata: Set<String> = []
        while let fields = reader.next() {
            let rowLine = line
            line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            if first {
                first = false
                // The layouts of earlier versions: without dates, and without metadata.
                if fields == header { columns = header.count; continue }
                if fields == header + metadata { columns = header.count + metadata.count; continue }
                if fields != header + metadata + dates {
                    report(rowLine, .missingKey, "the header must be \((header + metadata + dates).joined(separator: ",")) (the long layout), not \(fields.joined(separator: ","))")
                    break
                }
                columns = header.count + metadata.count + dates.count
                continue
            }
            if fields == [""] { continue }
            guard fields.count == columns else {
                report(rowLine, .wrongType, "a row has \(fields.count) fields; the long layout has \(columns)")
                continue
            }
            let (id, kindText, langText, rawTerm, status, note) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5])
            let term = Normalizer.normalize(rawTerm, to: .nfc)
            if status == "glossary" { name = term; title = note.isEmpty ? nil : note; continue }
            if let breach = ConceptRules.id(id) {
                report(rowLine, breach)
                continue
            }
            let kind: ConceptKind
            switch ConceptRules.kind(kindText) {
            case .success(let k): kind = k
            case .failure(let breach):
                report(rowLine, breach)
                continue
            }
            if builders[id] == nil {
                order.append(id)
                builders[id] = (Concept(id: id, kind: kind, note: note.isEmpty ? nil : note, terms: [:], languages: []), rowLine)
            }
            // The metadata columns: the concept's from its first row, the glossary's from any.
            if columns > header.count {
                let (glossaryName, glossaryTitle, sources, since, generate) = (fields[6], fields[7], fields[8], fields[9], fields[10])
                if name.isEmpty { name = glossaryName }
                if title == nil, !glossaryTitle.isEmpty { title = glossaryTitle }
                if conceptsWithMetadata.insert(id).inserted {
                    builders[id]!.concept.sources = sources.isEmpty ? [] : sources.split(separator: "\n", omittingEmptySubsequences: false).map {
                        Normalizer.normalize(String($0.hasSuffix("\r") ? $0.dropLast() : $0), to: .nfc)
                    }
                    if !since.isEmpty {
                        if let breach = ConceptRules.date(since) { report(rowLine, breach) } else { builders[id]!.concept.since = since }
                    }
                    switch generate {
                    case "true", "": builders[id]!.concept.generate = true
                    case "false": builders[id]!.concept.generate = false
                    default: report(rowLine, .wrongType, "'generate' must be true or false, not '\(generate)'")
                    }
                }
            }
            if let breach = ConceptRules.form(term, language: langText.isEmpty ? nil : langText) {
                report(rowLine, breach)
                continue
            }
            if langText.isEmpty {
                switch status {
                case "source": builders[id]!.concept.sources.append(term)
                case "since":
                    if let breach = ConceptRules.date(term) { report(rowLine, breach) } else { builders[id]!.concept.since = term }
                case "generate": builders[id]!.concept.generate = term != "false"
                default: report(rowLine, .wrongType, "status '\(status)' needs a language")
                }
                continue
            }
            let language: String
            switch ConceptRules.language(langText) {
            case .success(let canonical): language = canonical
            case .failure(let breach):
                report(rowLine, breach)
                continue
            }
            var concept = builders[id]!.concept
            if concept.terms[language] == nil {
                concept.terms[language] = TermSet(preferred: "")
                concept.languages.append(language)
            }
            // A house's form.
            if columns == header.count + metadata.count + dates.count, !fields[15].isEmpty {
                let house = fields[15]
                if let breach = ConceptRules.house(house) { report(rowLine, breach); continue }
                var forms = concept.terms[language]!.houses[house] ?? HouseForms(preferred: "")
                switch status {
                case "preferred":
                    if !forms.preferred.isEmpty { report(rowLine, .twoPreferred, "house '\(house)' of '\(language)' has a second preferred form '\(term)'") }
                    forms.preferred = term
                case "admitted": forms.admitted.append(term)
                case "deprecated": forms.variants.append(term)
                default:
                    report(rowLine, .wrongType, "a house's row is preferred, admitted or deprecated, not '\(status)'")
                    continue
                }
                concept.terms[language]!.houses[house] = forms
                builders[id]!.concept = concept
                continue
            }
            switch status {
            case "preferred":
                if !concept.terms[language]!.preferred.isEmpty {
                    report(rowLine, ConceptRules.secondPreferred(concept: id, language: language, form: term))
                }
                concept.terms[language]!.preferred = term
            case "admitted": concept.terms[language]!.admitted.append(term)
            case "deprecated": concept.terms[language]!.variants.append(term)
            case "forbidden": concept.terms[language]!.forbidden.append(term)
            case "formerly": concept.terms[language]!.formerly.append(term)
            case "allow": concept.terms[language]!.allow.append(term)
            case "generated": break  // derived again from the other terms
            default:
                report(rowLine, .wrongType, "unknown status '\(status)' (preferred, admitted, deprecated, forbidden, formerly, allow, generated, source, since, generate)")
            }
            // The row's dates: its form's period in its status.
            if columns == header.count + metadata.count + dates.count, !(fields[12] + fields[13] + fields[14]).isEmpty {
                let periodStatus: TermStatus? = status == "formerly" ? .preferred : TermStatus(rawValue: status).flatMap { $0 == .generated ? nil : $0 }
                var valid = true
                for (key, value) in [("since", fields[12]), ("until", fields[13])] where !value.isEmpty && !ISODate.isValid(value) {
                    report(rowLine, .invalidDate, GlossaryProblem.invalidDateMessage(value, key: key))
                    valid = false
                }
                if let periodStatus, valid {
                    concept.terms[language]!.periods.append(FormPeriod(form: term, status: periodStatus, since: fields[12].isEmpty ? nil : fields[12],
                                                                       until: fields[13].isEmpty ? nil : fields[13],
                                                                       authority: fields[14].isEmpty ? nil : fields[14]))
                } else if periodStatus == nil {
                    report(rowLine, .invalidPeriod, "a row of status '\(status)' has no dates")
                }
            }
            if columns > header.count, !fields[11].isEmpty, concept.terms[language]!.note == nil {
                concept.terms[language]!.note = Normalizer.normalize(fields[11], to: .nfc)
            }
            formLines.append((id, language, term, rowLine))
            builders[id]!.concept = concept
        }
        var concepts: [Concept] = []
        for id in order {
            let (concept, conceptLine) = builders[id]!
            for language in concept.languages {
                if concept.terms[language]!.preferred.isEmpty {
                    report(conceptLine, ConceptRules.missingPreferred(language: language))
                } else {
                    for breach in ConceptRules.periods(concept.terms[language]!, language: language) { report(conceptLine, breach) }
                for (house, forms) in concept.terms[language]!.houses where forms.preferred.isEmpty {
                    report(conceptLine, .missingPreferred, "house '\(house)' of '\(language)' has no preferred form")
                }
                }
            }
            lines.concepts.append(conceptLine)
            concepts.append(concept)
        }
        let indexes = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        for (id, language, form, l) in formLines {
            if let index = indexes[id] { lines.record(concept: index, language: language, form: form, line: l) }
        }
        if !problems.isEmpty { throw GlossaryError(problems) }
        let glossary = Glossary(name: name.isEmpty ? String(file.split(separator: "/").last ?? "").split(separator: ".").first.map(String.init) ?? "glossary" : name,
                                title: title, concepts: concepts, origin: file)
        return GlossaryReader.Loaded(glossary: glossary, lines: lines)
    }
}
