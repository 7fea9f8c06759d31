import Foundation
import OnymText
import OnymGlossary

/// The whole model as JSON, written and read back exactly.
public enum GlossaryJSON {
    struct Document: Codable {
        let glossary: String
        let title: String?
        let concepts: [ConceptDocument]
    }

    struct ConceptDocument: Codable {
        let id: String
        let kind: ConceptKind
        let note: String?
        let sources: [String]
        let since: String?
        let generate: Bool
        /// Languages in file order, each with its terms.
        let terms: [LanguageTerms]
    }

    struct LanguageTerms: Codable {
        let lang: String
        let preferred: String
        let admitted: [String]
        let variants: [String]
        let forbidden: [String]
        let allow: [String]
        let note: String?
        let generated: [String]?
        /// Only when forms are dated: the former preferred forms, and every period.
        let formerly: [String]?
        let periods: [FormPeriod]?
        /// Only when a house's style differs.
        let houses: [String: HouseForms]?
    }

    /// Pretty-printed JSON; generated variants, when given, are included for readers (a
    /// `generated` list per language) and ignored on import.
    public static func write(_ glossary: Glossary, generated: [String: [String: [GeneratedTerm]]]) throws -> String {
        let doc = Document(glossary: glossary.name, title: glossary.title, concepts: glossary.concepts.map { c in
            ConceptDocument(id: c.id, kind: c.kind, note: c.note, sources: c.sources, since: c.since, generate: c.generate,
                            terms: c.languages.compactMap { language in
                                c.terms[language].map { t in
                                    LanguageTerms(lang: language, preferred: t.preferred, admitted: t.admitted, variants: t.variants,
                                                  forbidden: t.forbidden, allow: t.allow, note: t.note,
                                                  generated: generated.isEmpty ? nil : (generated[c.id]?[language] ?? []).map(\.form),
                                                  formerly: t.formerly.isEmpty ? nil : t.formerly, periods: t.periods.isEmpty ? nil : t.periods,
                                                  houses: t.houses.isEmpty ? nil : t.houses)
                                }
                            })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
    }

    /// Reads the JSON written by ``write(_:generated:)``.
    public static func read(bytes: [UInt8], file: String) throws(GlossaryError) -> GlossaryReader.Loaded {
        let doc: Document
        do {
            doc = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch let DecodingError.dataCorrupted(context) {
            throw GlossaryError(file: file, line: 0, rule: .yamlSyntax, message: "not valid JSON: \(context.debugDescription) \(context.underlyingError.map { "(\($0))" } ?? "")")
        } catch let DecodingError.keyNotFound(key, context) {
            throw GlossaryError(file: file, line: 0, rule: .missingKey, message: "missing '\(key.stringValue)' at \(path(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw GlossaryError(file: file, line: 0, rule: .wrongType, message: "\(context.debugDescription) at \(path(context.codingPath))")
        } catch {
            throw GlossaryError(file: file, line: 0, rule: .yamlSyntax, message: "not valid JSON: \(error)")
        }
        var problems: [GlossaryProblem] = []
        var concepts: [Concept] = []
        for (i, c) in doc.concepts.enumerated() {
            let at = "concepts[\(i)]"
            var terms: [String: TermSet] = [:]
            var languages: [String] = []
            for t in c.terms {
                let language: String
                switch ConceptRules.language(t.lang) {
                case .success(let canonical): language = canonical
                case .failure(let breach):
                    problems.append(GlossaryProblem(file: file, line: 0, rule: breach.rule, message: "\(at): \(breach.message)"))
                    continue
                }
                languages.append(language)
                var set = TermSet(preferred: t.preferred, admitted: t.admitted, variants: t.variants, forbidden: t.forbidden, allow: t.allow,
                                  note: t.note)
                set.formerly = t.formerly ?? []
                set.periods = t.periods ?? []
                set.houses = t.houses ?? [:]
                terms[language] = set
            }
            let concept = Concept(id: c.id, kind: c.kind, note: c.note, sources: c.sources, since: c.since, generate: c.generate,
                                  terms: terms, languages: languages)
            // JSON has no lines: the concept's place in the file says where, and the rules are ConceptRules'.
            problems += ConceptRules.problems(of: concept, source: file).map {
                GlossaryProblem(file: $0.file, line: 0, rule: $0.rule, message: "\(at): \($0.message)")
            }
            concepts.append(concept)
        }
        if !problems.isEmpty { throw GlossaryError(problems) }
        var lines = SourceLines()
        lines.concepts = Array(repeating: 0, count: concepts.count)
        return GlossaryReader.Loaded(glossary: Glossary(name: doc.glossary, title: doc.title, concepts: concepts, origin: file), lines: lines)
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}

