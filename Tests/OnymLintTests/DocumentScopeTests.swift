import Testing
@testable import OnymGlossary
@testable import OnymLint

@Suite struct DocumentScopeTests {
    static let english = Linter(matcher: CompiledMatcher(set: try! GlossarySet.bundled(), language: "en"))

    /// The (line, column) of each finding when `text` is scoped as `format`.
    func positions(_ text: String, _ format: DocumentFormat) throws -> [String] {
        let bytes = Array(text.utf8)
        return try Self.english.lint(bytes, excluded: DocumentScope.of(bytes, format: format).excluded).map { "\($0.line):\($0.column) \($0.found)" }
    }

    @Test func markdown() throws {
        let text = """
            ---
            title: Talks in Kiev
            slug: kiev-talks
            lang: en-GB
            ---

            # Talks in Kiev

            From **Turkey** to [Kiev](https://kiev.example/Kiev "Kiev"), `Kiev` and <https://kiev.example>.
            ![Kiev at night](kiev.png) [ref]: https://kiev.example
            [site]: https://kiev.example/Kiev "Kiev"

            ```swift
            let city = "Kiev"
            ```

                Kiev in an indented block

            <!-- onym-disable-next-line -->
            Quoted: "Kiev will not give up."

            <!-- onym-disable -->
            Kiev off.
            <!-- onym-enable -->
            Kiev on. <span class="Kiev">Kiev</span> <!-- Kiev in a comment -->
            """
        let got = try positions(text, .markdown)
        #expect(got == ["2:17 Kiev", "7:12 Kiev", "9:8 Turkey", "9:21 Kiev", "10:3 Kiev", "25:1 Kiev", "25:29 Kiev"])
        #expect(DocumentScope.of(Array(text.utf8), format: .markdown).language == "en-GB")
    }

    @Test func html() throws {
        let text = """
            <html lang="uk"><head><title>Kiev</title><script>var city = "Kiev";</script><style>.Kiev{}</style></head>
            <body><p class="Kiev" title="Kiev">Kiev and <img alt='Kiev' src="kiev.png"> <code>Kiev</code></p>
            <pre>Kiev</pre><!-- onym-disable-next-line -->
            <p>Kiev</p><p>Kiev</p>
            </body></html>
            """
        let got = try positions(text, .html)
        #expect(got == ["1:30 Kiev", "2:30 Kiev", "2:36 Kiev", "2:55 Kiev"])
        #expect(DocumentScope.of(Array(text.utf8), format: .html).language == "uk")
    }

    /// An element's `lang` sets the language of its content, the innermost element's winning.
    @Test func languageParts() {
        let text = #"<html lang="en"><p>Kiev <span lang="uk">Київ <b>Киев</b> <i lang="de">Kiew</i> Киев</span> <br lang="fr"> Kiev</p></html>"#
        let bytes = Array(text.utf8)
        let parts = DocumentScope.of(bytes, format: .html).parts.map { "\($0.language):\(String(decoding: bytes[$0.range], as: UTF8.self))" }
        #expect(parts == ["uk:Київ <b>Киев</b> ", "de:Kiew", "uk: Киев"])
        let markdown = Array("Kiev and <span lang=\"uk\">Київ</span>.\n".utf8)
        #expect(DocumentScope.of(markdown, format: .markdown).parts.map(\.range) == [25..<33])
        // Left open: to the end.
        #expect(HTMLScoper.languageParts(Array("<p lang=tr>Kiev".utf8)).map(\.language) == ["tr"])
    }

    /// A part in another language is checked as that language: Киев is a variant in Ukrainian,
    /// and Київ is a Ukrainian name there, not a quotation in an English page.
    @Test func partsAreCheckedInTheirLanguage() throws {
        let set = try GlossarySet.bundled()
        let linters = ["en": Self.english, "uk": Linter(matcher: CompiledMatcher(set: set, language: "uk")),
                       "de": Linter(matcher: CompiledMatcher(set: set, language: "de"))]
        let text = #"<p>Kiev, <span lang="uk">Київ і Киев</span>, <span lang="de">Kiew</span>, <span lang="nonsense!">Kiev</span>.</p>"#
        let bytes = Array(text.utf8)
        let findings = try Linter.lint(bytes, scope: DocumentScope.of(bytes, format: .html), language: "en") { linters[$0]! }
        #expect(findings.map { "\($0.column) \($0.found) → \($0.suggestion ?? "-")" } == [
            "4 Kiev → Kyiv", "33 Киев → Київ", "62 Kiew → Kyjiw", "98 Kiev → Kyiv",
        ])
    }

    @Test func formats() {
        #expect(DocumentFormat(path: "a/story.md") == .markdown)
        #expect(DocumentFormat(path: "story.MARKDOWN") == .markdown)
        #expect(DocumentFormat(path: "index.htm") == .html)
        #expect(DocumentFormat(path: "notes.txt") == .plain)
        #expect(DocumentFormat(path: "README") == .plain)
        #expect(DocumentFormat(path: "-") == .plain)
        #expect(DocumentFormat(path: ".md") == .plain)
        #expect(DocumentFormat(path: "a.md/README") == .plain)
        #expect(DocumentFormat(path: "archive/2024.01/page.HTML") == .html)
    }
}
