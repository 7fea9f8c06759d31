import OnymText

/// Derives the Latin forms a concept's non-Latin names are written in
/// (through each language profile's schemes), and the diacritics-stripped
/// form of every Latin preferred form, as generated variants of the concept's
/// Latin-script languages. So `uk: Зеленський` alone makes English text with
/// Zelensky, Zelenskyi, Zelenskiy, Selenskyj or Zelenskij recognisable.
public enum VariantGenerator {
    static let stripOrigin = "strip-diacritics"

    /// Generated variants of one concept, by target language (empty when `generate: false`).
    public static func variants(of concept: Concept, profiles: LocaleProfiles) -> [String: [GeneratedTerm]] {
        guard concept.generate else { return [:] }
        var latin: [String] = []
        var candidates: [GeneratedTerm] = []
        for language in concept.languages {
            guard let set = concept.terms[language] else { continue }
            if isLatinScript(set.preferred) {
                latin.append(language)
                let stripped = strip(set.preferred)
                if stripped != set.preferred {
                    candidates.append(GeneratedTerm(form: stripped, origin: stripOrigin, sourceLanguage: language))
                }
                continue
            }
            for scheme in profiles.profile(for: language).schemes {
                guard let transliterator = try? Transliterator(scheme: scheme) else { continue }
                for form in [set.preferred] + set.admitted {
                    let written = transliterator.transliterate(form)
                    for candidate in [written, strip(written)] where isLatin(candidate) {
                        candidates.append(GeneratedTerm(form: candidate, origin: scheme, sourceLanguage: language))
                    }
                }
            }
        }
        var result: [String: [GeneratedTerm]] = [:]
        if candidates.isEmpty { return [:] }
        for target in latin {
            guard let set = concept.terms[target] else { continue }
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
