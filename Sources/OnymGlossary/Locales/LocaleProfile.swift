import OnymText

/// How one language is matched: its case mapping, apostrophes, the endings
/// that may follow a name, and the schemes that write it in Latin letters.
public struct LocaleProfile: Sendable, Hashable {
    /// The BCP 47 tag (`uk`).
    public let language: String
    /// The language's English name.
    public let name: String
    /// The script it is written in (`Latin`, `Cyrillic`).
    public let script: String
    /// The ICU locale for case mapping (`tr` maps i to İ).
    public let caseLocale: String
    /// Characters used as apostrophes in this language.
    public let apostrophes: [String]
    /// Endings that may follow a name and stay attached (en `'s`; tr `'nin`; uk case endings).
    public let suffixes: [String]
    /// Endings that make a new word from a name (Russia → Russian): not misspellings.
    public let derivationalEndings: [String]
    /// Transliteration schemes that write this language's names in Latin letters.
    public let schemes: [String]
    /// True when case endings can change a name's stem (Київ → Києві): no suggestion is made for an inflected form.
    public let inflected: Bool
    /// Vowel changes in a name's last syllable before a case ending (ї → є: Київ → Києва; і → о: Харків → Харкова).
    public let stemChanges: [(from: String, to: String)]

    public init(language: String, name: String, script: String, caseLocale: String, apostrophes: [String],
                suffixes: [String], derivationalEndings: [String], schemes: [String], inflected: Bool = false,
                stemChanges: [(from: String, to: String)] = []) {
        self.language = language
        self.name = name
        self.script = script
        self.caseLocale = caseLocale
        self.apostrophes = apostrophes
        self.suffixes = suffixes
        self.derivationalEndings = derivationalEndings
        self.schemes = schemes
        self.inflected = inflected
        self.stemChanges = stemChanges
    }

    public static func == (a: LocaleProfile, b: LocaleProfile) -> Bool {
        a.language == b.language && a.name == b.name && a.script == b.script && a.caseLocale == b.caseLocale
            && a.apostrophes == b.apostrophes && a.suffixes == b.suffixes && a.derivationalEndings == b.derivationalEndings
            && a.schemes == b.schemes && a.inflected == b.inflected
            && a.stemChanges.map { [$0.from, $0.to] } == b.stemChanges.map { [$0.from, $0.to] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(language)
        hasher.combine(suffixes)
    }

    /// The profile a language without a file gets: its own case rules, no suffixes, ICU's Any-Latin.
    public static func fallback(for language: String) -> LocaleProfile {
        LocaleProfile(language: language, name: language, script: "", caseLocale: language, apostrophes: ["'", "’"],
                      suffixes: [], derivationalEndings: [], schemes: ["Any-Latin"])
    }

    /// The case folding its match keys use.
    public var folding: CaseFolding { CaseFolding(language: caseLocale) }
}

