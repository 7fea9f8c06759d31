import Foundation
import Testing
@testable import OnymGlossary
@testable import OnymLint

/// Findings as (found, suggestion, kind) at the offset of a `⟦` marker in the input.
@Suite struct LinterTests {
    static let bundled = try! GlossarySet.bundled()
    static let english = Linter(matcher: CompiledMatcher(set: bundled, language: "en"))

    struct Expected: Equatable, CustomStringConvertible {
        let offset: Int
        let found: String
        let suggestion: String?
        let kind: FindingKind
        var description: String { "@\(offset) \(found) → \(suggestion ?? "-") \(kind)" }
    }

    /// Lints `marked` with the markers removed; each `⟦` marks where a finding must start.
    func check(_ marked: String, _ expected: [(String, String?, FindingKind)], linter: Linter = english) throws {
        var text = ""
        var offsets: [Int] = []
        for ch in marked {
            if ch == "⟦" { offsets.append(text.utf8.count) } else { text.append(ch) }
        }
        let findings = try linter.lint(Array(text.utf8), excluded: PlainTextScoper.excludedRanges(in: Array(text.utf8)))
        let got = findings.map { Expected(offset: $0.byteOffset, found: $0.found, suggestion: $0.suggestion, kind: $0.kind) }
        let want = zip(offsets, expected).map { Expected(offset: $0, found: $1.0, suggestion: $1.1, kind: $1.2) }
        #expect(offsets.count == expected.count, "markers and expectations differ")
        #expect(got == want)
    }

    @Test func variantsKeepSuffixAndCasePattern() throws {
        try check("Talks in ⟦Kiev, in ⟦KIEV and in ⟦Kiev's centre; ⟦Zelensky’s aide.", [
            ("Kiev", "Kyiv", .variant), ("KIEV", "KYIV", .variant), ("Kiev's", "Kyiv's", .variant), ("Zelensky’s", "Zelenskyy’s", .variant),
        ])
    }

    @Test func wholeWordsLongestMatchAndAllowedPhrases() throws {
        try check("Chicken Kiev, Kievan Rus', Kievan art, Kievs and kiev stay; ⟦Kiev goes.", [("Kiev", "Kyiv", .variant)])
    }

    @Test func capitalisedVariantsMatchOnlyCapitalisedText() throws {
        try check("A turkey from ⟦Turkey.", [("Turkey", "Türkiye", .variant)])
    }

    @Test func diacriticsAndCase() throws {
        try check("⟦Turkiye, ⟦Erdoğan, ⟦kyiv, ⟦KYiv; KYIV and TÜRKİYE in a headline; china and jersey stay.", [
            ("Turkiye", "Türkiye", .diacritics), ("Erdoğan", "Erdogan", .diacritics), ("kyiv", "Kyiv", .case), ("KYiv", "Kyiv", .case),
        ])
    }

    @Test func namesOfSeveralWordsKeepThem() throws {
        try check("⟦Volodymyr Zelensky and ⟦Vladimir Zelensky.", [
            ("Volodymyr Zelensky", "Volodymyr Zelenskyy", .variant), ("Vladimir Zelensky", "Volodymyr Zelenskyy", .variant),
        ])
    }

    @Test func generatedVariantsAreFound() throws {
        try check("⟦Zelenskiy met ⟦Selenskyj and ⟦Zelenskij.", [
            ("Zelenskiy", "Zelenskyy", .variant), ("Selenskyj", "Zelenskyy", .variant), ("Zelenskij", "Zelenskyy", .variant),
        ])
    }

    @Test func lookAlikesAndInvisibleCharacters() throws {
        try check("In ⟦Kyіv and ⟦Кyiv, ⟦Tür\u{AD}kiye and ⟦Ky\u{200B}iv.", [
            ("Kyіv", "Kyiv", .confusable), ("Кyiv", "Kyiv", .confusable), ("Tür\u{AD}kiye", "Türkiye", .invisible), ("Ky\u{200B}iv", "Kyiv", .invisible),
        ])
    }

    @Test func nearMissesButNotDerivedWords() throws {
        try check("In ⟦Türkye and ⟦Zelenskky; Russian, Crimean, Ukrainian and Turkish are words of their own.", [
            ("Türkye", "Türkiye", .misspelling), ("Zelenskky", "Zelenskyy", .misspelling),
        ])
        // A sentence's first word is capitalised anyway: short ones are not taken for names there.
        try check("Türkye is near. “Türkye is far.” ⟦Zelenskky said so.", [("Zelenskky", "Zelenskyy", .misspelling)])
        // Other diacritics and another case at once make a word of its own.
        try check("They erdoğan.", [])
        var linter = Self.english
        linter.fuzzy = false
        try check("Türkye and Zelenskky.", [], linter: linter)
    }

    @Test func forbiddenForms() throws {
        let set = try GlossarySet(loaded: [try GlossaryReader.read(bytes: Array("""
            glossary: g
            concepts:
              - id: x
                kind: organisation
                terms:
                  en: { preferred: Acme, forbidden: [Akme] }
            """.utf8), file: "g.yaml")], profiles: try LocaleProfiles.bundled())
        let linter = Linter(matcher: CompiledMatcher(set: set, language: "en"))
        try check("Never ⟦Akme.", [("Akme", "Acme", .forbidden)], linter: linter)
        #expect(try linter.lint(Array("Akme".utf8))[0].severity == .error)
    }

    @Test func ukrainianTextAgainstUkrainianTerms() throws {
        let ukrainian = Linter(matcher: CompiledMatcher(set: Self.bundled, language: "uk"))
        try check("У ⟦Киев і в Києві; ⟦Киева.", [("Киев", "Київ", .variant), ("Киева", nil, .variant)], linter: ukrainian)
        // Case forms with a stem change are the names themselves (Києві, Харкова, Одесі, Дніпра);
        // their Russian-derived counterparts are found, without a fix.
        try check("У Києві, з Харкова, в Одесі, до Миколаєва, з Дніпра; у ⟦Харькові.", [("Харькові", nil, .variant)], linter: ukrainian)
        let polish = Linter(matcher: CompiledMatcher(set: Self.bundled, language: "pl"))
        try check("W Kijowie, z Kijowa, w Ukrainie, w Odessie.", [], linter: polish)
    }

    /// A suffix of letters (German genitive s) follows the name without an apostrophe: the
    /// word is the name plus the suffix, and still found (the first-word filter knows it).
    @Test func germanGenitiveWithoutApostrophe() throws {
        let german = Linter(matcher: CompiledMatcher(set: Self.bundled, language: "de"))
        try check("Selenskyjs Rede und ⟦Zelenskys Antwort in ⟦Kiews Mitte.", [
            ("Zelenskys", "Selenskyjs", .variant), ("Kiews", "Kyjiws", .variant),
        ], linter: german)
    }

    @Test func turkishSuffixes() throws {
        let turkish = Linter(matcher: CompiledMatcher(set: Self.bundled, language: "tr"))
        try check("Türkiye'nin başkenti Ankara'da; ⟦Turkiye'nin.", [("Turkiye'nin", "Türkiye'nin", .diacritics)], linter: turkish)
    }

    @Test func urlsEmailsAndSuppression() throws {
        try check("""
            See https://kiev.example.org/Kiev and kiev@example.org.
            onym: disable-next-line
            Kiev here is quoted.
            onym: disable
            Kiev, Kiev.
            onym: enable
            ⟦Kiev again.
            """, [("Kiev", "Kyiv", .variant)])
    }

    @Test func positions() throws {
        let f = try Self.english.lint(Array("Line one.\nIn «Kiev».".utf8))
        #expect(f.map(\.line) == [2])
        #expect(f.map(\.column) == [5])
        #expect(f.map(\.byteOffset) == [15])
        #expect(f.map(\.length) == [4])
        #expect(f[0].message == "Kiev → Kyiv (variant of place \"kyiv\"; Capital of Ukraine. \"Kiev\" is the Russian-derived spelling.)")
    }

    @Test func invalidUTF8() {
        #expect(throws: LintError.invalidUTF8(offset: 3, line: 1)) { try Self.english.lint([0x4B, 0x69, 0x65, 0xFF]) }
    }

    /// The story the project started from: one near miss, and nothing else.
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds/000_4ba4ea0e8a673865.txt")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path), "../shared/seeds is not beside this checkout"))
    func seedStory() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.seed))
        let findings = try Self.english.lint(bytes, excluded: PlainTextScoper.excludedRanges(in: bytes))
        #expect(findings.count == 1)
        #expect(findings.map(\.line) == [2])
        #expect(findings.map(\.found) == ["Türkye's"])
        #expect(findings.map(\.suggestion) == ["Türkiye's"])
        #expect(findings.map(\.kind) == [.misspelling])
    }
}

@Suite struct MixedSuffixTests {
    /// A profile suffix that starts with a letter and ends past the word (here "s'") can end a
    /// name inside a text's word that is itself another form's first word ("acmes" of "Acmes
    /// Group"): the walk then starts at the root, not at that first word's node.
    @Test func aNameEndsInsideAWordThatBeginsAnotherForm() throws {
        let english = try LocaleProfiles.bundled().profile(for: "en")
        let profile = LocaleProfile(language: "en", name: english.name, script: english.script, caseLocale: english.caseLocale,
                                    apostrophes: english.apostrophes, suffixes: ["s'"], derivationalEndings: [], schemes: [])
        let set = try GlossarySet(loaded: [try GlossaryReader.read(bytes: Array("""
            glossary: g
            concepts:
              - id: acme
                kind: organisation
                terms:
                  en: { preferred: Acme, variants: [Akme] }
              - id: group
                kind: organisation
                terms:
                  en: { preferred: Akmes Group }
            """.utf8), file: "g.yaml")], profiles: LocaleProfiles([profile]))
        let linter = Linter(matcher: CompiledMatcher(set: set, language: "en"))
        #expect(linter.matcher.hasMixedSuffixes)
        let found = try linter.lint(Array("The Akmes' plans and the Akmes Group.".utf8))
        #expect(found.map(\.found) == ["Akmes'"])
        #expect(found.map(\.suggestion) == ["Acmes'"])
    }
}
