import Testing
@testable import OnymGlossary
@testable import OnymLint

/// Real newsroom text: typography is not spelling, quotations in another script are not
/// variants, kinds mean what they say. Findings as "offset found → suggestion kind".
@Suite struct NewsroomTextTests {
    static let yaml = """
        glossary: t
        concepts:
          - id: ndjamena
            kind: place
            terms:
              en: { preferred: N’Djamena, variants: [Ndjamena] }
          - id: guinea-bissau
            kind: country
            terms:
              en: Guinea-Bissau
          - id: sri-lanka
            kind: country
            terms:
              en: { preferred: Sri Lanka, variants: [Ceylon] }
          - id: cote-divoire
            kind: country
            terms:
              en: { preferred: Côte d’Ivoire, variants: [Ivory Coast] }
          - id: odesa
            kind: place
            terms:
              en: { preferred: Odesa, variants: [Odessa] }
              uk: Одеса
              ru: Одесса
              pl: Odessa
          - id: krakow
            kind: place
            terms:
              en: { preferred: Kraków, variants: [Cracow] }
          - id: erdogan
            kind: person
            terms:
              en: { preferred: Erdoğan, variants: [Erdogan] }
          - id: turkey-creek
            kind: place
            terms:
              en: { preferred: Turkey Creek, allow: [turkey creek] }
          - id: kyiv
            kind: place
            terms:
              en: { preferred: Kyiv, variants: [Kiev] }
              uk: Київ
        """
    static let set = try! GlossarySet(loaded: [GlossaryReader.read(bytes: Array(yaml.utf8), file: "t.yaml")], profiles: LocaleProfiles.bundled())
    static let english = Linter(matcher: CompiledMatcher(set: set, language: "en"))
    static let ukrainian = Linter(matcher: CompiledMatcher(set: set, language: "uk"))

    func findings(_ text: String, _ linter: Linter = english) throws -> [String] {
        try linter.lint(Array(text.utf8)).map { "\($0.byteOffset) \($0.found) → \($0.suggestion ?? "-") \($0.kind)" }
    }

    @Test func typographyInsideANameIsNotAFinding() throws {
        let text = "N'Djamena, N’Djamena, NʼDjamena; Guinea\u{2011}Bissau, Guinea–Bissau; Sri\u{A0}Lanka, Sri\u{2009}Lanka; Côte d'Ivoire."
        #expect(try findings(text) == [])
    }

    /// A fix keeps the text's apostrophe, hyphen and space style.
    @Test func suggestionsTakeTheTextsTypography() throws {
        #expect(try findings("In Cote d'Ivoire.") == ["3 Cote d'Ivoire → Côte d'Ivoire diacritics"])
        #expect(try findings("In Cote d’Ivoire.") == ["3 Cote d’Ivoire → Côte d’Ivoire diacritics"])
        // No apostrophe in the name: the one written near it.
        #expect(try findings("The mayor's visit to Ndjamena.") == ["21 Ndjamena → N'Djamena variant"])
        #expect(try findings("The mayor’s visit to Ndjamena.") == ["23 Ndjamena → N’Djamena variant"])
        #expect(try findings("Visit to Ndjamena.") == ["9 Ndjamena → N’Djamena variant"])
        #expect(try findings("Ceylon\u{A0}now.") == ["0 Ceylon → Sri Lanka variant"])
        // The suffix is the text's: its apostrophe stays even when the name's differs.
        #expect(try findings("Cote d’Ivoire's capital.") == ["0 Cote d’Ivoire's → Côte d’Ivoire's diacritics"])
    }

    @Test func aHouseApostropheMakesTypographyFindings() throws {
        var curly = Self.english
        curly.apostrophe = .curly
        #expect(try findings("N'Djamena, N’Djamena, Kyiv's and Kyiv’s; Ndjamena.", curly) == [
            "0 N'Djamena → N’Djamena typography", "24 Kyiv's → Kyiv’s typography", "45 Ndjamena → N’Djamena variant",
        ])
        var straight = Self.english
        straight.apostrophe = .straight
        #expect(try findings("N'Djamena, N’Djamena, Kiev’s.", straight) == ["11 N’Djamena → N'Djamena typography", "24 Kiev’s → Kyiv's variant"])
        let finding = try curly.lint(Array("N'Djamena".utf8))[0]
        #expect(finding.severity == .info)
        #expect(finding.message == "N'Djamena → N’Djamena (typography of place \"ndjamena\": the house writes curly apostrophes (’))")
    }

    @Test func formsInAnotherScriptAreQuotations() throws {
        #expect(try findings("The port city of Odesa (Одеса), not Одесса; Kyiv (Київ).") == [])
        // In the text's own script, another language's form is still a variant; a mixed-script word a look-alike.
        #expect(try findings("Odessa and Odеsa.") == ["0 Odessa → Odesa variant", "11 Odеsa → Odesa confusable"])
        #expect(try findings("Одеса, Odesa, Kyiv, але Одесса.", Self.ukrainian) == ["32 Одесса → Одеса variant"])
        var flagging = Self.english
        flagging.flagsForeignScript = true
        #expect(try findings("Odesa (Одеса).", flagging) == ["7 Одеса → Odesa variant"])
    }

    /// Only diacritics apart from the preferred form: `diacritics`, generated, listed or with a suffix.
    @Test func diacriticsMeansDiacritics() throws {
        #expect(try findings("Krakow, Krakow's, Erdogan, Erdogan's, Cracow.") == [
            "0 Krakow → Kraków diacritics", "8 Krakow's → Kraków's diacritics", "18 Erdogan → Erdoğan diacritics",
            "27 Erdogan's → Erdoğan's diacritics", "38 Cracow → Kraków variant",
        ])
    }

    @Test func lowerCaseNamesOfSeveralWordsAreCaseFindings() throws {
        #expect(try findings("From sri lanka to guinea-bissau; a turkey creek; SRI LANKA.") == [
            "5 sri lanka → Sri Lanka case", "18 guinea-bissau → Guinea-Bissau case",
        ])
    }
}

extension NewsroomTextTests {
    /// A finding shows the note for the text's language: a Ukrainian article is not told about English.
    @Test func notesPerLanguage() throws {
        let set = try GlossarySet.bundled()
        let en = try Linter(matcher: CompiledMatcher(set: set, language: "en")).lint(Array("In the Ukraine.".utf8))
        #expect(en.map(\.message) == ["the Ukraine → Ukraine (variant of country \"ukraine\"; No article in English (\"the Ukraine\" implies a region, not a state).)"])
        let uk = try Linter(matcher: CompiledMatcher(set: set, language: "uk")).lint(Array("В Украина.".utf8))
        #expect(uk.map(\.message) == ["Украина → Україна (variant of country \"ukraine\"; Country in Eastern Europe.)"])
    }
}
