import OnymText
import OnymGlossary

/// Writes the glossaries in use as CSV (long, wide, pairs), TBX, JSON or YAML,
/// checked against a service's rules when one is named.
///
/// ```swift
/// var options = ExportOptions()
/// options.layout = .pairs; options.from = "en"; options.to = "de"; options.target = .deepl
/// let csv = try GlossaryExporter.export(try GlossarySet.bundled(), options).text
/// ```
public enum GlossaryExporter {
    /// `keepOrder` keeps the glossary's own order (for conversions) instead of sorting by id.
    public static func export(_ set: GlossarySet, _ options: ExportOptions, keepOrder: Bool = false) throws(ExportError) -> ExportResult {
        var concepts = set.concepts.filter { options.kind == nil || $0.kind == options.kind }
        if keepOrder {
            // the order of the input file
        } else if let language = options.sortLanguage {
            let collator = try? Collator(locale: language)
            let keyed = concepts.map { c in (collator?.sortKey(c.terms[language]?.preferred ?? "") ?? [], c) }
            concepts = keyed.sorted { a, b in
                a.0 == b.0 ? a.1.id < b.1.id : a.0.lexicographicallyPrecedes(b.0)
            }.map(\.1)
        } else {
            concepts.sort { $0.id < $1.id }
        }
        if let languages = options.languages, options.format != .csv || options.layout == .long {
            concepts = concepts.map { c in
                var c = c
                c.languages = c.languages.filter(languages.contains)
                c.terms = c.terms.filter { languages.contains($0.key) }
                return c
            }.filter { !$0.languages.isEmpty }
        }
        // Generated forms are guesses: only on request, never as if a person wrote them.
        var generated: [String: [String: [GeneratedTerm]]] = [:]
        if options.includeGenerated { for id in concepts.map(\.id) { generated[id] = set.generated(for: id) } }
        let name = set.glossaries.map(\.name).joined(separator: "+")
        let title = set.glossaries.count == 1 ? set.glossaries[0].title : nil
        let glossary = Glossary(name: name, title: title, concepts: concepts, origin: "")
        switch options.format {
        case .yaml:
            return ExportResult(text: YAMLWriter.write(glossary), missingLanguage: 0, skipped: [])
        case .json:
            // Encoding plain strings and arrays cannot fail.
            return ExportResult(text: (try? GlossaryJSON.write(glossary, generated: generated)) ?? "", missingLanguage: 0, skipped: [])
        case .tbx:
            return ExportResult(text: TBXWriter.write(glossary, generated: generated), missingLanguage: 0, skipped: [])
        case .csv:
            return try csv(glossary, generated: generated, options)
        }
    }

    private static func csv(_ glossary: Glossary, generated: [String: [String: [GeneratedTerm]]], _ options: ExportOptions) throws(ExportError) -> ExportResult {
        let bom = options.target == .excel
        switch options.layout {
        case .long:
            return ExportResult(text: LongCSV.write(glossary, generated: generated, bom: bom), missingLanguage: 0, skipped: [])
        case .wide:
            // Without --langs: every language the glossaries have, the first language (the configured one) first.
            let languages = options.languages ?? Self.allLanguages(of: glossary, first: options.firstLanguage)
            guard languages.count >= 2 else {
                throw ExportError(violations: [], message: "the wide layout needs two or more languages (--langs; the first is the source)")
            }
            if options.target == .amazon, languages.count > 11 {
                throw ExportError(violations: [], message: "Amazon Translate allows 10 target languages; --langs names \(languages.count - 1)")
            }
            var rows: [(String, [String])] = []
            var missing = 0
            for c in glossary.concepts {
                let cells = languages.compactMap { c.terms[$0]?.preferred }
                if cells.count == languages.count { rows.append((c.id, cells)) } else { missing += 1 }
            }
            return try finish(header: languages, rows: rows, missing: missing, bom: bom, options)
        case .pairs:
            guard let from = options.from, let to = options.to else {
                throw ExportError(violations: [], message: "the pairs layout needs --from and --to")
            }
            if options.target == .amazon {
                throw ExportError(violations: [], message: "Amazon Translate needs a header of language codes: use --layout wide --langs \(from),\(to)")
            }
            var rows: [(String, [String])] = []
            var missing = 0
            for c in glossary.concepts {
                guard let source = c.terms[from], let target = c.terms[to] else { missing += 1; continue }
                for form in [source.preferred] + source.variants {
                    rows.append((c.id, [form, target.preferred]))
                }
            }
            return try finish(header: nil, rows: rows, missing: missing, bom: bom, options)
        }
    }

    /// Every language of `glossary`'s concepts in the order they first appear, `first` moved to the front.
    static func allLanguages(of glossary: Glossary, first: String?) -> [String] {
        var seen: Set<String> = []
        var all: [String] = []
        for c in glossary.concepts { for l in c.languages where seen.insert(l).inserted { all.append(l) } }
        if let first, let i = all.firstIndex(of: first) { all.insert(all.remove(at: i), at: 0) }
        return all
    }

    private static func finish(header: [String]?, rows: [(String, [String])], missing: Int, bom: Bool, _ options: ExportOptions) throws(ExportError) -> ExportResult {
        var violations: [ExportViolation] = []
        var kept: [[String]] = []
        var seenSources: [String: String] = [:]
        for (id, cells) in rows {
            var problems = options.target.map { ServiceRules.check(cells, target: $0) } ?? []
            if options.target == .deepl, let source = cells.first {
                if let other = seenSources[source] {
                    problems.append("source '\(source)' already comes from concept '\(other)' (DeepL needs unique sources)")
                } else {
                    seenSources[source] = id
                }
            }
            violations += problems.map { ExportViolation(concept: id, message: $0) }
            if problems.isEmpty { kept.append(cells) }
        }
        if !violations.isEmpty, !options.skipInvalid {
            throw ExportError(violations: violations, message: "\(violations.count) row\(violations.count == 1 ? "" : "s") break \(options.target!.rawValue)'s rules; nothing was written (--skip-invalid drops them)")
        }
        var csv = CSVWriter(bom: bom)
        if let header { csv.append(header) }
        for cells in kept { csv.append(cells) }
        let text = csv.text
        if options.target == .amazon, text.utf8.count > 10_000_000 {
            throw ExportError(violations: [], message: "the file is \(text.utf8.count) bytes; Amazon Translate allows 10 MB")
        }
        if options.target == .google, text.unicodeScalars.count > 10_000_000 {
            throw ExportError(violations: [], message: "the file has \(text.unicodeScalars.count) code points; Google allows 10 million")
        }
        return ExportResult(text: text, missingLanguage: missing, skipped: options.skipInvalid ? violations : [])
    }
}
