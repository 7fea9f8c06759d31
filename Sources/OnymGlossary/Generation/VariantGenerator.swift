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
            let script = Confusables.analyze(set.preferred).mainScript
            if script == "Latin" {
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
        for target in latin {
            guard let set = concept.terms[target] else { continue }
            var seen = Set(set.forms.map(\.form))
            for candidate in candidates where !seen.contains(candidate.form) {
                seen.insert(candidate.form)
                result[target, default: []].append(candidate)
            }
        }
        return result
    }

    /// NFD, nonspacing marks and the modifier letters ʹ ʺ ʼ removed, NFC again.
    static func strip(_ text: String) -> String {
        let scalars = Normalizer.normalize(text, to: .nfd).unicodeScalars.filter { s in
            s.properties.generalCategory != .nonspacingMark && !["\u{2B9}", "\u{2BA}", "\u{2BC}"].contains(s)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return Normalizer.normalize(String(view), to: .nfc)
    }

    /// True when every letter is Latin (a scheme may leave letters it does not know).
    static func isLatin(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { s in
            !s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark || ScalarInfo(s).script == "Latin"
        }
    }
}
