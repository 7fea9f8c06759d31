import OnymText

/// Derives the Latin forms a concept's non-Latin names are written in
/// (through each language profile's schemes) as generated variants of the
/// concept's Latin-script languages, and the diacritics-stripped form of each
/// Latin language's own preferred form. So `uk: Зеленський` and `en: Zelenskyy`
/// make English text with Zelensky, Zelenskyi, Zelenskiy, Selenskyj or Zelenskij
/// recognisable.
///
/// Only plausible forms: transliterations become a language's variants only where
/// that language's preferred form is itself a rendering of the same name — within a
/// small edit distance (on match keys) of one of them. An exonym generates nothing:
/// `uk: Туреччина` gives English and German no "Turetschtschyna". Another language's
/// stripped form is no variant either (no "Turkei" in English).
public enum VariantGenerator {
    static let stripOrigin = "strip-diacritics"

    /// Generated variants of one concept, by target language (empty when `generate: false`).
    public static func variants(of concept: Concept, profiles: LocaleProfiles) -> [String: [GeneratedTerm]] {
        guard concept.generate else { return [:] }
        var latin: [String] = []
        var transliterations: [GeneratedTerm] = []
        for language in concept.languages {
            guard let set = concept.terms[language] else { continue }
            if isLatinScript(set.preferred) {
                latin.append(language)
                continue
            }
            for scheme in profiles.profile(for: language).schemes {
                guard let transliterator = try? Transliterator(scheme: scheme) else { continue }
                for form in [set.preferred] + set.admitted {
                    let written = transliterator.transliterate(form)
                    for candidate in [written, strip(written)] where isLatin(candidate) {
                        transliterations.append(GeneratedTerm(form: candidate, origin: scheme, sourceLanguage: language))
                    }
                }
            }
        }
        let keys = transliterations.map { Array(MatchKey($0.form).string.unicodeScalars) }
        var result: [String: [GeneratedTerm]] = [:]
        for target in latin {
            guard let set = concept.terms[target] else { continue }
            var candidates: [GeneratedTerm] = []
            let stripped = strip(set.preferred)
            if stripped != set.preferred { candidates.append(GeneratedTerm(form: stripped, origin: stripOrigin, sourceLanguage: target)) }
            if isRendering(set.preferred, ofOneOf: keys) { candidates += transliterations }
            // A handful of candidates against a handful of forms: lists beat hashing here.
            var kept: [GeneratedTerm] = []
            for candidate in candidates
            where !set.forms.contains(where: { $0.form == candidate.form }) && !kept.contains(where: { $0.form == candidate.form }) {
                kept.append(candidate)
            }
            if !kept.isEmpty { result[target] = kept }
        }
        return result
    }

    /// True when `preferred` is within a small edit distance (a quarter of the longer key,
    /// at least 1) of one of the transliterations' match keys: a rendering of the same name
    /// (Kyiv and Kyiv, Zelenskyy and Zelenskyi), not an exonym (Türkiye and Turechchyna).
    static func isRendering(_ preferred: String, ofOneOf keys: [[Unicode.Scalar]]) -> Bool {
        let key = Array(MatchKey(preferred).string.unicodeScalars)
        return keys.contains { other in
            let limit = max(1, max(key.count, other.count) / 4)
            return EditDistance.damerauLevenshtein(key, other, limit: limit) != nil
        }
    }

    /// True when the form's letters are mostly Latin (ASCII and Latin-1/Extended answer without ICU).
    static func isLatinScript(_ form: String) -> Bool {
        if form.unicodeScalars.allSatisfy({ $0.value < 0x250 }) { return form.unicodeScalars.contains { $0.properties.isAlphabetic } }
        return Confusables.analyze(form).mainScript == "Latin"
    }

    /// NFD, nonspacing marks and the modifier letters ʹ ʺ ʼ removed, NFC again.
    static func strip(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let scalars = Normalizer.normalize(text, to: .nfd).unicodeScalars.filter { s in
            s.properties.generalCategory != .nonspacingMark && !["\u{2B9}", "\u{2BA}", "\u{2BC}"].contains(s)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return Normalizer.normalize(String(view), to: .nfc)
    }

    /// True when every letter is Latin (a scheme may leave letters it does not know).
    static func isLatin(_ text: String) -> Bool {
        if !text.isEmpty, text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return !text.isEmpty && text.unicodeScalars.allSatisfy { s in
            !s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark || ScalarInfo(s).script == "Latin"
        }
    }
}
