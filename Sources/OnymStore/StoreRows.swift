import Foundation
import OnymText
import OnymGlossary

/// What a stored concept is written as, the same for every backend: its body as
/// JSON, and one row per form with the keys the indexes need.
enum StoreRows {
    struct Term {
        let language: String
        let form: String
        let status: TermStatus
        /// Match key in the language's folding (exact and key lookups, near-miss parts).
        let key: String
        /// Case-folded form with diacritics (conflicts; see ``GlossaryValidator/conflictKey(_:)``).
        let conflictKey: String
        /// Match key of the Latin transliteration, for forms in other scripts.
        let latinKey: String?
    }

    /// One per commit: keys sorted, so equal concepts are equal text.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func encode(_ concept: Concept, with encoder: JSONEncoder = encoder) -> String {
        String(decoding: (try? encoder.encode(concept)) ?? Data(), as: UTF8.self)
    }

    static func decode(_ json: String, store: String) throws(GlossaryError) -> Concept {
        do { return try JSONDecoder().decode(Concept.self, from: Data(json.utf8)) } catch {
            throw GlossaryError(file: store, line: 0, rule: .store, message: "a stored concept cannot be read (\(error)); the store is damaged")
        }
    }

    /// The rows of a concept's typed forms and generated variants.
    static func terms(of concept: Concept, generated: [String: [GeneratedTerm]]) -> [Term] {
        var out: [Term] = []
        for language in concept.languages {
            guard let set = concept.terms[language] else { continue }
            for (form, status) in set.forms { out.append(term(language, form, status)) }
            for g in generated[language] ?? [] { out.append(term(language, g.form, .generated)) }
        }
        return out
    }

    static func term(_ language: String, _ form: String, _ status: TermStatus) -> Term {
        let latin = GlossaryLookup.needsTransliteration(form)
            ? (try? Transliterator(scheme: GlossaryLookup.latinScheme)).map { MatchKey($0.transliterate(form)).string } : nil
        return Term(language: language, form: form, status: status,
                    key: MatchKey.string(of: form, folding: CaseFolding(language: language)),
                    conflictKey: GlossaryValidator.conflictKey(form), latinKey: latin)
    }

    /// ISO 8601 in UTC, to the second.
    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }

    /// The end of a day given as YYYY-MM-DD; a full time stays as it is.
    static func endOf(_ date: String) -> String {
        date.count == 10 ? date + "T23:59:59Z" : date
    }
}
