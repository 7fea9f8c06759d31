import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OnymText
import OnymGlossary

/// Reads TBX v3 (`<tbx>`, any dialect, DCA style) and TBX v2 (`<martif>`),
/// mapping `administrativeStatus` to Onym's statuses. Data categories Onym has
/// no field for are kept in the concept's note as `[type] value`, never dropped.
public enum TBXReader {
    public static func read(bytes: [UInt8], file: String) throws(GlossaryError) -> GlossaryReader.Loaded {
        if let bad = bytes.withUnsafeBytes({ XMLFailure.invalidUTF8(in: $0) }) {
            throw GlossaryError(file: file, line: bad.line, rule: .invalidUTF8, message: "invalid UTF-8 at byte offset \(bad.offset)")
        }
        if let line = bytes.withUnsafeBytes({ XMLFailure.emptyProcessingInstruction(in: $0) }) {
            throw GlossaryError(file: file, line: line, rule: .yamlSyntax, message: XMLFailure.emptyProcessingInstructionMessage)
        }
        let delegate = Delegate(file: file)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        if !parser.parse(), delegate.problems.isEmpty {
            let reason = XMLFailure.reason(parser.parserError)
            delegate.problems.append(GlossaryProblem(file: file, line: parser.lineNumber, rule: .yamlSyntax, message: "not well-formed XML: \(reason)"))
        }
        if let open = delegate.openElement, delegate.problems.isEmpty {
            // Foundation's parser on Linux accepts a file that ends before its elements do.
            delegate.problems.append(GlossaryProblem(file: file, line: parser.lineNumber, rule: .yamlSyntax,
                                                     message: "not well-formed XML: the file ends inside <\(open)>"))
        }
        if delegate.root == nil, delegate.problems.isEmpty {
            delegate.problems.append(GlossaryProblem(file: file, line: 1, rule: .wrongType, message: "not a TBX file: the root element must be <tbx> (TBX v3) or <martif> (TBX v2)"))
        }
        if !delegate.problems.isEmpty { throw GlossaryError(delegate.problems) }
        var lines = SourceLines()
        lines.concepts = delegate.conceptLines
        for (i, language, form, line) in delegate.formLines {
            lines.record(concept: i, language: language, form: form, line: line)
        }
        let name = delegate.glossaryName ?? String(file.split(separator: "/").last?.split(separator: ".").first ?? "glossary")
        return GlossaryReader.Loaded(
            glossary: Glossary(name: name, title: delegate.title, concepts: delegate.concepts, origin: file), lines: lines)
    }

    /// One term while it is being read.
    struct PendingTerm {
        var form = ""
        var status: String?
        var type: String?
        var notes: [String] = []
        /// Data categories Onym has no field for: kept in the concept's note.
        var categories: [(type: String, value: String)] = []
        var line = 0
    }

    final class Delegate: NSObject, XMLParserDelegate {
        let file: String
        var problems: [GlossaryProblem] = []
        var root: String?
        var title: String?
        var glossaryName: String?
        var concepts: [Concept] = []
        var conceptLines: [Int] = []
        var formLines: [(Int, String, String, Int)] = []

        private var stack: [(name: String, attributes: [String: String])] = []
        private var text = ""
        private var concept: Concept?
        private var extraNotes: [String] = []
        /// Notes of a concept's language sections, set once the section's terms are known.
        private var languageNotes: [(String, String)] = []
        private var language: String?
        private var term: PendingTerm?

        init(file: String) { self.file = file }

        /// The innermost element still open, if the document ended early.
        var openElement: String? { stack.last?.name }

        func report(_ parser: XMLParser, _ rule: GlossaryProblem.Rule, _ message: String) {
            problems.append(GlossaryProblem(file: file, line: parser.lineNumber, rule: rule, message: message))
        }

        /// A concept rule broken where the parser is (``ConceptRules``).
        func report(_ parser: XMLParser, _ breach: ConceptRules.Breach) {
            problems.append(breach.at(file, line: parser.lineNumber))
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if root == nil {
                root = name
                if name != "tbx" && name != "martif" {
                    report(parser, .wrongType, "not a TBX file: the root element is <\(name)>, not <tbx> (TBX v3) or <martif> (TBX v2)")
                    parser.abortParsing()
                }
            }
            stack.append((name, attributes))
            text = ""
            switch name {
            case "conceptEntry", "termEntry":
                let raw = attributes["id"] ?? "concept-\(concepts.count + 1)"
                let id = raw.hasPrefix("c_") && raw.dropFirst(2).first?.isNumber == true ? String(raw.dropFirst(2)) : raw
                concept = Concept(id: id, kind: .other, terms: [:], languages: [])
                extraNotes = []
                languageNotes = []
                conceptLines.append(parser.lineNumber)
                if let breach = ConceptRules.id(id) { report(parser, breach) }
            case "langSec", "langSet":
                let tag = attributes["xml:lang"] ?? attributes["lang"] ?? ""
                switch ConceptRules.language(tag) {
                case .success(let canonical): language = canonical
                case .failure(let breach):
                    report(parser, breach)
                    language = nil
                }
            case "termSec", "tig", "ntig":
                term = PendingTerm(line: parser.lineNumber)
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let attributes = stack.popLast()?.attributes ?? [:]
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let type = attributes["type"] ?? ""
            let parent = stack.last?.name ?? ""
            defer { text = "" }
            switch name {
            case "title" where concept == nil:
                title = value
            case "term":
                // Not trimmed: a term's spaces are part of it (and a service's checks must see them).
                term?.form = Normalizer.normalize(text, to: .nfc)
            case "termNote" where term != nil:
                if type == "administrativeStatus" { term?.status = value }
                else if type == "termType" { term?.type = value }
                else { term?.categories.append((type, value)) }
            case "note" where term != nil && (parent == "termSec" || parent == "tig" || parent == "ntig" || parent == "termGrp"):
                term?.notes.append(value)
            case "termSec", "tig", "ntig":
                finishTerm(parser)
            case "descrip" where concept != nil && type == "subjectField" && language == nil:
                if let kind = ConceptKind(rawValue: value) { concept?.kind = kind } else { extraNotes.append("[subjectField] \(value)") }
            case "note" where concept != nil && term == nil:
                if value == "onym:generate=false" { concept?.generate = false }
                else if language == nil, concept?.note == nil { concept?.note = value }
                else if let language, !languageNotes.contains(where: { $0.0 == language }) { languageNotes.append((language, value)) }
                else { extraNotes.append(language.map { "[\($0)] \(value)" } ?? value) }
            case "note" where concept == nil && value.hasPrefix("onym:glossary="):
                glossaryName = String(value.dropFirst("onym:glossary=".count))
            case "admin" where concept != nil && type == "source" && term == nil:
                concept?.sources.append(value)
            case "date" where concept != nil && term == nil:
                if ISODate.isValid(String(value.prefix(10))) { concept?.since = String(value.prefix(10)) }
            case "langSec", "langSet":
                language = nil
            case "conceptEntry", "termEntry":
                finishConcept(parser)
            case "descrip", "admin", "xref", "ref", "transacNote", "termNote", "descripNote":
                // Data categories Onym has no field for: kept in the note.
                if concept != nil, !value.isEmpty, type != "transactionType" {
                    let target = term != nil ? "term \(term!.form)" : (language ?? "")
                    extraNotes.append("[\(type.isEmpty ? name : type)\(target.isEmpty ? "" : " \(target)")] \(value)")
                }
            default:
                break
            }
        }

        private func finishTerm(_ parser: XMLParser) {
            defer { term = nil }
            guard let t = term, let language, concept != nil else { return }
            if let breach = ConceptRules.form(t.form, language: language) {
                problems.append(breach.at(file, line: t.line))
                return
            }
            if t.notes.contains(where: { $0.hasPrefix("onym:generated") }) { return }  // derived again on load
            for note in t.notes where note != "onym:allow" && note != "onym:formerly" && !note.hasPrefix("onym:dated ") && !note.hasPrefix("onym:house=") {
                extraNotes.append("[note \(t.form)] \(note)")
            }
            for (type, value) in t.categories { extraNotes.append("[\(type) \(t.form)] \(value)") }
            if concept!.terms[language] == nil {
                concept!.terms[language] = TermSet(preferred: "")
                concept!.languages.append(language)
            }
            formLines.append((concepts.count, language, t.form, t.line))
            if t.notes.contains("onym:allow") { concept!.terms[language]!.allow.append(t.form); return }
            // A house's own form.
            if let note = t.notes.first(where: { $0.hasPrefix("onym:house=") }) {
                let house = String(note.dropFirst("onym:house=".count))
                if let breach = ConceptRules.house(house) { problems.append(breach.at(file, line: t.line)); return }
                var forms = concept!.terms[language]!.houses[house] ?? HouseForms(preferred: "")
                switch t.status ?? "" {
                case "preferredTerm-admn-sts": forms.preferred = t.form
                case "deprecatedTerm-admn-sts": forms.variants.append(t.form)
                default: forms.admitted.append(t.form)
                }
                concept!.terms[language]!.houses[house] = forms
                return
            }
            // Onym's own dates: the form's period, and its status when TBX says only "superseded".
            var dated: FormPeriod?
            if let note = t.notes.first(where: { $0.hasPrefix("onym:dated ") }) {
                dated = Self.period(note, form: t.form)
                if dated == nil { problems.append(GlossaryProblem(file: file, line: t.line, rule: .invalidPeriod, message: "'\(note)' is not a period Onym wrote")) }
            }
            if let dated { concept!.terms[language]!.periods.append(dated) }
            if t.notes.contains("onym:formerly") { concept!.terms[language]!.formerly.append(t.form); return }
            let status = dated.map { $0.status.tbxValue } ?? t.status ?? "admittedTerm-admn-sts"
            switch status {
            case "preferredTerm-admn-sts", "preferredTerm":
                if concept!.terms[language]!.preferred.isEmpty {
                    concept!.terms[language]!.preferred = t.form
                } else {
                    problems.append(ConceptRules.secondPreferred(concept: concept!.id, language: language, form: t.form).at(file, line: t.line))
                }
            case "deprecatedTerm-admn-sts", "deprecatedTerm": concept!.terms[language]!.variants.append(t.form)
            case "supersededTerm-admn-sts", "supersededTerm", "legalTerm-admn-sts": concept!.terms[language]!.forbidden.append(t.form)
            default: concept!.terms[language]!.admitted.append(t.form)
            }
        }

        /// The period in an `onym:dated` note; nil when a field is not what the writer writes.
        static func period(_ note: String, form: String) -> FormPeriod? {
            var rest = Substring(note.dropFirst("onym:dated ".count))
            var period = FormPeriod(form: form, status: .preferred)
            var sawStatus = false
            while !rest.isEmpty {
                if rest.hasPrefix("authority=") { period.authority = String(rest.dropFirst("authority=".count)); break }
                let field = rest.prefix { $0 != " " }
                rest = rest.dropFirst(field.count).drop { $0 == " " }
                let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { return nil }
                switch parts[0] {
                case "status":
                    guard let status = TermStatus(rawValue: parts[1]), status != .generated else { return nil }
                    period.status = status
                    sawStatus = true
                case "since": guard ISODate.isValid(parts[1]) else { return nil }; period.since = parts[1]
                case "until": guard ISODate.isValid(parts[1]) else { return nil }; period.until = parts[1]
                default: return nil
                }
            }
            return sawStatus ? period : nil
        }

        private func finishConcept(_ parser: XMLParser) {
            guard var c = concept else { return }
            for language in c.languages where c.terms[language]!.preferred.isEmpty {
                // A termbase without statuses: its first admitted term is the preferred one.
                if !c.terms[language]!.admitted.isEmpty {
                    c.terms[language]!.preferred = c.terms[language]!.admitted.removeFirst()
                } else {
                    report(parser, ConceptRules.missingPreferred(language: language))
                }
            }
            for language in c.languages where !c.terms[language]!.preferred.isEmpty {
                for breach in ConceptRules.periods(c.terms[language]!, language: language) { report(parser, breach) }
            }
            for (language, note) in languageNotes {
                if c.terms[language] != nil { c.terms[language]!.note = note } else { extraNotes.append("[\(language)] \(note)") }
            }
            languageNotes = []
            if !extraNotes.isEmpty {
                c.note = ([c.note].compactMap { $0 } + extraNotes).joined(separator: " ")
            }
            concepts.append(c)
            concept = nil
        }
    }
}
