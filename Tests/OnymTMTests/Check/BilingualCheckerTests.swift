import OnymGlossary
import OnymLint
import OnymTestSupport
import Testing
@testable import OnymTM

@Suite struct BilingualCheckerTests {
    static let set = try! GlossarySet.bundled()
    static let uk = Linter(matcher: CompiledMatcher(set: set, language: "uk"), fuzzy: false)
    static let en = Linter(matcher: CompiledMatcher(set: set, language: "en"))

    func pairs(_ file: String) throws -> [CheckPair] {
        var out: [CheckPair] = []
        try XLIFFReader.read(Fixture.path(file)) { unit in
            let v = unit.variants
            out.append(CheckPair(id: unit.id, line: unit.line, source: v[0].text, target: v[1].text))
        }
        return out
    }

    @Test func findsTermsVariantsInconsistenciesAndUntranslatedTargets() throws {
        let findings = try BilingualChecker(source: Self.uk, target: Self.en).check(try pairs("story.xlf"))
        let kyivNote = "Capital of Ukraine. \"Kiev\" is the Russian-derived spelling."
        #expect(findings == [
            CheckFinding(segment: "t1", line: 5, column: 10, found: "Kiev", suggestion: "Kyiv", concept: "kyiv", kind: .variant, severity: .warning,
                         message: "Kiev → Kyiv (variant of place \"kyiv\"; \(kyivNote))", source: "Переговори в Києві тривали до вечора.",
                         target: "Talks in Kiev went on until the evening."),
            CheckFinding(segment: "t3", line: 14, column: nil, found: nil, suggestion: nil, concept: nil, kind: .inconsistent, severity: .warning,
                         message: "segment t1 has the same source translated as \"Talks in Kiev went on until the evening.\"",
                         source: "Переговори в Києві тривали до вечора.", target: "Talks in Kyiv continued into the evening."),
            CheckFinding(segment: "t4", line: 18, column: nil, found: "Зеленський", suggestion: "Zelenskyy", concept: "zelenskyy", kind: .term,
                         severity: .warning, message: "Зеленський → Zelenskyy (term of person \"zelenskyy\": the target does not have it)",
                         source: "Зеленський виступив у Харкові.", target: "The president spoke in Kharkiv."),
            CheckFinding(segment: "t5", line: 22, column: nil, found: nil, suggestion: nil, concept: nil, kind: .untranslated, severity: .warning,
                         message: "the target is empty", source: "Дякуємо за увагу.", target: ""),
            CheckFinding(segment: "t6", line: 25, column: nil, found: nil, suggestion: nil, concept: nil, kind: .untranslated, severity: .warning,
                         message: "the target is the source, untranslated", source: "Дякуємо за увагу.", target: "Дякуємо за увагу."),
        ])
    }

    /// Case endings count: Києві and Туреччини name the concepts whose targets are there.
    @Test func inflectedSourcesAndNamesLeftAsTheyAreAreFine() throws {
        let pairs = [CheckPair(id: "1", line: 1, source: "Зеленський прибув до Туреччини.", target: "Zelenskyy arrived in Türkiye."),
                     CheckPair(id: "2", line: 2, source: "Київ", target: "Kyiv"),
                     CheckPair(id: "3", line: 3, source: "Київ", target: "Київ")]
        let found = try BilingualChecker(source: Self.uk, target: Self.en).check(pairs)
        // Київ left in Cyrillic in English is a quotation, not a variant; but the target lacks Kyiv
        // (term), and segment 2 translated the same source otherwise.
        #expect(found.map { "\($0.segment) \($0.kind)" } == ["3 term", "3 inconsistent"])
    }

    @Test func aTranslationOtherThanTheMemorysIsInconsistent() throws {
        let fixture = try StoreFixture(.sqlite)
        let tm = try TMStore(location: fixture.location, create: true)
        _ = try tm.importFile(try Fixture.write("uk,en\nДякуємо за увагу.,Thank you for your attention.\n", as: "tm.csv"), author: "ana")
        let pairs = [CheckPair(id: "1", line: 1, source: "Дякуємо за увагу.", target: "Thanks for listening.")]
        let findings = try BilingualChecker(source: Self.uk, target: Self.en, memory: tm).check(pairs)
        #expect(findings.map(\.message) == ["the translation memory has \"Thank you for your attention.\" for this source"])
        #expect(try BilingualChecker(source: Self.uk, target: Self.en, memory: tm)
            .check([CheckPair(id: "1", line: 1, source: "Дякуємо за увагу.", target: "Thank you for your attention.")]).isEmpty)
    }
}
