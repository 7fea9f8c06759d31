import Dispatch
import OnymText
import Synchronization
import Yams

/// Reads a glossary YAML file (the format of DESIGN.md "Glossary model") and
/// checks everything that one concept can get wrong on its own.
///
/// ```swift
/// let loaded = try GlossaryReader.read(bytes: Array(yaml.utf8), file: "news.yaml")
/// loaded.glossary.concepts.count
/// ```
public enum GlossaryReader {
    static let topKeys = ["glossary", "title", "concepts"]
    static let conceptKeys = ["id", "kind", "note", "sources", "since", "generate", "terms"]
    static let termKeys = ["preferred", "admitted", "variants", "forbidden", "allow", "formerly", "houses", "note"]
    static let houseKeys = ["preferred", "admitted", "variants"]
    static let datedFormKeys = ["form", "since", "until", "authority"]

    /// A glossary and the lines its parts came from.
    public struct Loaded: Sendable {
        public let glossary: Glossary
        public let lines: SourceLines

        package init(glossary: Glossary, lines: SourceLines) {
            self.glossary = glossary
            self.lines = lines
        }
    }

    /// Reads and checks one file; throws every problem found in it.
    public static func read(bytes: [UInt8], file: String) throws(GlossaryError) -> Loaded {
        try read(bytes: bytes, file: file, chunkedFrom: ConceptChunks.minimumSize)
    }

    static func read(bytes: [UInt8], file: String, chunkedFrom threshold: Int) throws(GlossaryError) -> Loaded {
        // A large file in the usual layout is read in chunks of concepts, one per core.
        if bytes.count >= threshold, let split = ConceptChunks.split(bytes),
           let loaded = try readChunked(bytes: bytes, file: file, split: split) {
            return loaded
        }
        var doc = YAMLDocument(file: file, bytes: bytes)
        let result = parse(&doc, chunks: nil)
        if !doc.problems.isEmpty { throw GlossaryError(doc.problems) }
        return result!
    }

    /// The concepts of one chunk, with their lines and problems.
    struct ChunkResult: Sendable {
        var concepts: [Concept] = []
        var lines = SourceLines()
        var problems: [GlossaryProblem] = []
        var syntaxError = false
    }

    /// Nil when a chunk is not YAML on its own (an alias to another chunk's anchor):
    /// the whole file is then read at once, which also reports its errors exactly.
    private static func readChunked(bytes: [UInt8], file: String, split: ConceptChunks.Split) throws(GlossaryError) -> Loaded? {
        let results = Mutex<[ChunkResult?]>(Array(repeating: nil, count: split.chunks.count))
        DispatchQueue.concurrentPerform(iterations: split.chunks.count) { i in
            let chunk = split.chunks[i]
            var doc = YAMLDocument(file: file, bytes: bytes[chunk.range], lineOffset: chunk.firstLine - 1)
            var result = ChunkResult()
            if doc.problems.contains(where: { $0.rule == .yamlSyntax }) || doc.root?.sequence == nil {
                result.syntaxError = true
            } else {
                for item in doc.root!.sequence! {
                    // Lines are kept per chunk and appended in order: the index is the chunk's own.
                    let index = result.concepts.count
                    if let concept = parseConcept(item, index: index, &doc, &result.lines) {
                        result.concepts.append(concept)
                        result.lines.concepts.append(doc.line(item))
                    }
                }
                result.problems = doc.problems
            }
            results.withLock { $0[i] = result }
        }
        let chunkResults = results.withLock { $0 }.map { $0! }
        if chunkResults.contains(where: \.syntaxError) { return nil }
        var doc = YAMLDocument(file: file, bytes: bytes[split.header])
        guard let header = parse(&doc, chunks: chunkResults) else { throw GlossaryError(doc.problems) }
        let problems = doc.problems + chunkResults.flatMap(\.problems)
        if !problems.isEmpty { throw GlossaryError(problems) }
        return header
    }

    private static func parse(_ doc: inout YAMLDocument, chunks: [ChunkResult]?) -> Loaded? {
        guard let root = doc.root else {
            if doc.problems.isEmpty { doc.report(nil, .missingKey, "the file is empty: it needs 'glossary:' and 'concepts:'") }
            return nil
        }
        guard let top = doc.mapping(root, what: "the glossary", allowed: topKeys) else { return nil }
        var name: String?, title: String?
        var concepts: [Concept] = []
        var lines = SourceLines()
        var sawConcepts = false
        for (key, _, value) in top {
            switch key {
            case "glossary": name = doc.string(value, what: "'glossary'")
            case "title": title = doc.string(value, what: "'title'")
            default:
                sawConcepts = true
                if let chunks {
                    // The concepts were read from the chunks after this header.
                    for chunk in chunks {
                        concepts += chunk.concepts
                        lines.append(chunk.lines)
                    }
                    continue
                }
                guard let sequence = value.sequence else {
                    doc.report(value, .wrongType, "'concepts' must be a list of concepts")
                    continue
                }
                for item in sequence {
                    let index = concepts.count
                    if let concept = parseConcept(item, index: index, &doc, &lines) {
                        concepts.append(concept)
                        lines.concepts.append(doc.line(item))
                    }
                }
            }
        }
        if name == nil { doc.report(root, .missingKey, "missing 'glossary:' (the glossary's short name)") }
        if !sawConcepts { doc.report(root, .missingKey, "missing 'concepts:' (the list of concepts)") }
        return Loaded(glossary: Glossary(name: name ?? "", title: title, concepts: concepts, origin: doc.file), lines: lines)
    }

    private static func parseConcept(_ node: Node, index: Int, _ doc: inout YAMLDocument, _ lines: inout SourceLines) -> Concept? {
        guard let pairs = doc.mapping(node, what: "a concept", allowed: conceptKeys) else { return nil }
        var id: String?, kind: ConceptKind?, note: String?, since: String?
        var sources: [String] = []
        var generate = true
        var terms: [String: TermSet] = [:]
        var languages: [String] = []
        var formLines: [(String, String, Int)] = []
        var termsNode: Node?
        for (key, _, value) in pairs {
            switch key {
            case "id":
                guard let v = doc.string(value, what: "'id'") else { continue }
                if let breach = ConceptRules.id(v) { doc.report(value, breach) } else { id = v }
            case "kind":
                guard let v = doc.string(value, what: "'kind'") else { continue }
                switch ConceptRules.kind(v) {
                case .success(let k): kind = k
                case .failure(let breach): doc.report(value, breach)
                }
            case "note": note = doc.string(value, what: "'note'")
            case "sources": sources = doc.strings(value, what: "'sources'").map(\.0)
            case "since":
                guard let v = doc.string(value, what: "'since'") else { continue }
                if let breach = ConceptRules.date(v) { doc.report(value, breach) } else { since = v }
            case "generate":
                guard let v = doc.string(value, what: "'generate'") else { continue }
                switch v {
                case "true": generate = true
                case "false": generate = false
                default: doc.report(value, .wrongType, "'generate' must be true or false, not '\(v)'")
                }
            default:
                termsNode = value
                guard let languagePairs = doc.mapping(value, what: "'terms'", allowed: []) else { continue }
                for (tag, tagNode, setNode) in languagePairs {
                    let language: String
                    switch ConceptRules.language(tag) {
                    case .success(let canonical): language = canonical
                    case .failure(let breach):
                        doc.report(tagNode, breach)
                        continue
                    }
                    if let set = parseTermSet(setNode, language: language, &doc, &formLines) {
                        if terms[language] == nil { languages.append(language) }
                        terms[language] = set
                    }
                }
            }
        }
        if id == nil, !pairs.contains(where: { $0.key == "id" }) { doc.report(node, .missingKey, "a concept without 'id:'") }
        if kind == nil, !pairs.contains(where: { $0.key == "kind" }) {
            doc.report(node, .missingKey, "concept '\(id ?? "?")' has no 'kind:' (person, place, country, organisation or other)")
        }
        if termsNode == nil { doc.report(node, .missingKey, "concept '\(id ?? "?")' has no 'terms:'") }
        guard let id, let kind else { return nil }
        for (language, form, line) in formLines {
            lines.record(concept: index, language: language, form: form, line: line)
        }
        return Concept(id: id, kind: kind, note: note, sources: sources, since: since, generate: generate,
                       terms: terms, languages: languages)
    }

    private static func parseTermSet(
        _ node: Node, language: String, _ doc: inout YAMLDocument, _ formLines: inout [(String, String, Int)]
    ) -> TermSet? {
        func record(_ form: String, _ line: Int) -> String? {
            let nfc = Normalizer.normalize(form, to: .nfc)
            if let breach = ConceptRules.form(nfc, language: language) {
                doc.report(line: line, breach.rule, breach.message)
                return nil
            }
            formLines.append((language, nfc, line))
            return nfc
        }
        // `tr: Kiev` is short for `tr: { preferred: Kiev }`.
        if node.scalar != nil {
            guard let text = doc.string(node, what: "a term"), let form = record(text, doc.line(node)) else { return nil }
            return TermSet(preferred: form)
        }
        guard let pairs = doc.mapping(node, what: "the terms of '\(language)'", allowed: termKeys) else { return nil }
        var set = TermSet(preferred: "")
        var preferredCount = 0
        for (key, _, value) in pairs {
            if key == "note" {
                set.note = doc.string(value, what: "the note of '\(language)'")
                continue
            }
            if key == "houses" {
                // `houses: { ap: Erdogan }`, or `{ ap: { preferred: …, admitted: […], variants: […] } }`.
                guard let houses = doc.mapping(value, what: "the houses of '\(language)'", allowed: []) else { continue }
                for (house, houseNode, formsNode) in houses {
                    if let breach = ConceptRules.house(house) { doc.report(houseNode, breach); continue }
                    if formsNode.scalar != nil {
                        guard let text = doc.string(formsNode, what: "house '\(house)'"), let form = record(text, doc.line(formsNode)) else { continue }
                        set.houses[house] = HouseForms(preferred: form)
                        continue
                    }
                    guard let pairs = doc.mapping(formsNode, what: "house '\(house)' of '\(language)'", allowed: houseKeys) else { continue }
                    var forms = HouseForms(preferred: "")
                    for (houseKey, _, list) in pairs {
                        let texts = doc.strings(list, what: "'\(houseKey)' of house '\(house)'").compactMap { record($0.text, $0.line) }
                        switch houseKey {
                        case "preferred":
                            if texts.count != 1 { doc.report(list, .twoPreferred, "house '\(house)' of '\(language)' needs one preferred form") }
                            forms.preferred = texts.first ?? ""
                        case "admitted": forms.admitted = texts
                        default: forms.variants = texts
                        }
                    }
                    if forms.preferred.isEmpty {
                        if !pairs.contains(where: { $0.key == "preferred" }) {
                            doc.report(formsNode, .missingPreferred, "house '\(house)' of '\(language)' has no preferred form")
                        }
                        continue
                    }
                    set.houses[house] = forms
                }
                continue
            }
            // A form is a string, or `{form, since?, until?, authority?}` when it is dated.
            var forms: [String] = []
            for item in datedForms(value, what: "'\(key)'", &doc) {
                guard let form = record(item.text, item.line) else { continue }
                forms.append(form)
                guard item.since != nil || item.until != nil || item.authority != nil else { continue }
                guard let status = statuses[key] else {
                    doc.report(line: item.line, .invalidPeriod, "'\(key)' phrases of '\(language)' have no dates ('\(item.text)')")
                    continue
                }
                set.periods.append(FormPeriod(form: form, status: status, since: item.since, until: item.until, authority: item.authority))
            }
            switch key {
            case "preferred":
                preferredCount = value.sequence?.count ?? (forms.isEmpty ? 0 : 1)
                if let first = forms.first { set.preferred = first }
                if preferredCount > 1, let breach = ConceptRules.preferredForms(forms, language: language) { doc.report(value, breach) }
            case "admitted": set.admitted = forms
            case "variants": set.variants = forms
            case "forbidden": set.forbidden = forms
            case "formerly": set.formerly = forms
            default: set.allow = forms
            }
        }
        if !pairs.contains(where: { $0.key == "preferred" }) {
            doc.report(node, ConceptRules.missingPreferred(language: language))
            return nil
        }
        guard !set.preferred.isEmpty, preferredCount == 1 else { return nil }
        for breach in ConceptRules.variantsArePreferred(set, language: language) + ConceptRules.periods(set, language: language) {
            doc.report(node, breach)
        }
        return set
    }

    /// The status a list's dated forms have: `formerly` lists earlier preferred forms.
    static let statuses: [String: TermStatus] = [
        "preferred": .preferred, "formerly": .preferred, "admitted": .admitted, "variants": .deprecated, "forbidden": .forbidden,
    ]

    /// A list of forms (one counts as a list of one), each a string or a mapping
    /// `{form, since?, until?, authority?}`, with its line; dates are checked here.
    private static func datedForms(_ node: Node, what: String, _ doc: inout YAMLDocument)
        -> [(text: String, line: Int, since: String?, until: String?, authority: String?)] {
        let items: [Node]
        if node.mapping != nil {
            items = [node]
        } else if let sequence = node.sequence {
            items = Array(sequence)
        } else {
            return doc.strings(node, what: what).map { ($0.text, $0.line, nil, nil, nil) }
        }
        var out: [(text: String, line: Int, since: String?, until: String?, authority: String?)] = []
        for item in items {
            guard item.mapping != nil else {
                if let text = doc.string(item, what: "each item of \(what)") { out.append((text, doc.line(item), nil, nil, nil)) }
                continue
            }
            guard let pairs = doc.mapping(item, what: "a dated form of \(what)", allowed: datedFormKeys) else { continue }
            var form: String?, since: String?, until: String?, authority: String?
            for (key, _, value) in pairs {
                guard let text = doc.string(value, what: "'\(key)' of a dated form") else { continue }
                switch key {
                case "form": form = text
                case "authority": authority = text
                default:
                    guard ISODate.isValid(text) else {
                        doc.report(line: doc.line(value), .invalidDate, GlossaryProblem.invalidDateMessage(text, key: key))
                        continue
                    }
                    if key == "since" { since = text } else { until = text }
                }
            }
            guard let form else {
                doc.report(item, .missingKey, "a dated form of \(what) has no 'form:'")
                continue
            }
            out.append((form, doc.line(item), since, until, authority))
        }
        return out
    }
}
