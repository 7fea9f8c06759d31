import Foundation
import OnymGlossary
@testable import OnymKit
import OnymLint
import Testing
import OnymTestSupport

/// Each text checked against the glossaries as they stood on its day.
@Suite struct AsOfTests {
    static let glossary = """
        glossary: house
        concepts:
          - id: kyiv
            kind: place
            note: Capital of Ukraine.
            terms:
              en:
                preferred: { form: Kyiv, since: 2019-08-14, authority: AP }
                variants: [{ form: Kiev, since: 2019-08-14, authority: AP }]
                formerly: [{ form: Kiev, until: 2019-08-13 }]
          - id: turkiye
            kind: country
            generate: false
            terms:
              en:
                preferred: { form: Türkiye, since: 2022-06-01, authority: UN }
                variants: [{ form: Turkey, since: 2022-06-01, authority: UN }]
                formerly: [{ form: Turkey, until: 2022-05-31 }]

        """

    static let file: String = {
        let folder = Leftovers.temporary("onym-asof-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("house.yaml")
        try! glossary.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }()

    func messages(_ text: String, _ format: DocumentFormat = .plain, asOf: String? = nil) throws -> [String] {
        var configuration = Workspace.Configuration(glossaries: .files([Self.file]))
        configuration.asOf = asOf
        return try Workspace(configuration).lint(document: Document(name: "t", text: text, format: format)).findings.map(\.message)
    }

    static let kiev = "Kiev → Kyiv (variant since 2019-08-14, AP; of place \"kyiv\"; Capital of Ukraine.)"
    static let turkey = "Turkey → Türkiye (variant since 2022-06-01, UN; of country \"turkiye\")"

    @Test func beforeOnAndAfterTheChange() throws {
        let text = "Talks in Kiev and Turkey; Kyiv and Türkiye.\n"
        #expect(try messages(text) == [Self.kiev, Self.turkey])  // today
        #expect(try messages(text, asOf: "2019-08-13") == [])
        #expect(try messages(text, asOf: "2019-08-14") == [Self.kiev])
        #expect(try messages(text, asOf: "2022-05-31") == [Self.kiev])
        #expect(try messages(text, asOf: "2022-06-01") == [Self.kiev, Self.turkey])
    }

    @Test func theTextSaysItsDay() throws {
        #expect(try messages("---\ndate: 2018-03-01\n---\nTalks in Kiev and Turkey.\n", .markdown) == [])
        #expect(try messages("---\ndate: 2021-03-01T10:00:00Z\n---\nTalks in Kiev and Turkey.\n", .markdown) == [Self.kiev])
        let page = "<html><head><meta property=\"article:published_time\" content=\"2018-01-01T08:00:00Z\"></head><body><p>Kiev and Turkey</p></body></html>"
        #expect(try messages(page, .html) == [])
        #expect(try messages("<p><time datetime=\"2023-01-01\">Then</time>: Kiev and Turkey</p>", .html) == [Self.kiev, Self.turkey])
        // --as-of wins over the text's own date.
        #expect(try messages("---\ndate: 2018-03-01\n---\nTalks in Kiev.\n", .markdown, asOf: "2020-01-01") == [Self.kiev])
    }
}

/// The house rule for renamed names: "(formerly …)" after a first mention.
@Suite struct FirstMentionTests {
    func findings(_ text: String, _ rule: FirstMention, asOf: String? = nil) throws -> [String] {
        var configuration = Workspace.Configuration(glossaries: .files([AsOfTests.file]))
        configuration.asOf = asOf
        configuration.settings.firstMention = rule
        return try Workspace(configuration).lint(document: Document(name: "t", text: text, format: .plain)).findings
            .map { "\($0.kind.rawValue) \($0.found) → \($0.suggestion ?? "")" }
    }

    @Test func theFormerNameExplainedIsNoFinding() throws {
        let text = "Talks in Türkiye (formerly Turkey) and Kyiv (formerly Kiev). Later Turkey again.\n"
        #expect(try findings(text, .may) == ["variant Turkey → Türkiye"])
        #expect(try findings(text, .must) == ["variant Turkey → Türkiye"])
    }

    @Test func aFirstMentionWithoutItIsInfoWhenRequired() throws {
        let text = "Talks in Türkiye and Kyiv (formerly Kiev), then in Türkiye again.\n"
        #expect(try findings(text, .must) == ["first-mention Türkiye → Türkiye (formerly Turkey)"])
        #expect(try findings(text, .may) == [])
        // Before the renaming there is nothing to explain.
        #expect(try findings("Talks in Turkey and Kiev.\n", .must, asOf: "2019-01-01") == [])
        // Between the two: only Kyiv had been renamed.
        #expect(try findings("Talks in Turkey and Kyiv.\n", .must, asOf: "2020-01-01") == ["first-mention Kyiv → Kyiv (formerly Kiev)"])
    }
}

/// Lookups show each dated form's period (the CLI's JSON, the server's `/v1/lookup`).
@Suite struct DatedLookupTests {
    @Test func theJSONCarriesThePeriods() throws {
        let workspace = Workspace(.init(glossaries: .files([AsOfTests.file])))
        let json = try LookupJSON.render(try workspace.lookup("Turkey", language: "en"))
        #expect(json == #"{"matches":[{"concept":"turkiye","how":"exact","kind":"country","lang":"en","matched":"Turkey","score":1,"status":"variant","terms":{"en":{"admitted":[],"forbidden":[],"formerly":["Turkey"],"generated":[],"periods":[{"authority":"UN","form":"Türkiye","since":"2022-06-01","status":"preferred"},{"authority":"UN","form":"Turkey","since":"2022-06-01","status":"deprecated"},{"form":"Turkey","status":"preferred","until":"2022-05-31"}],"preferred":"Türkiye","variants":["Turkey"]}}}],"query":"Turkey"}"#)
    }
}
