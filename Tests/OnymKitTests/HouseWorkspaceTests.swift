import Foundation
import OnymGlossary
@testable import OnymKit
import OnymLint
import Testing

/// A workspace with a house chosen: lint and lookup follow it; the bundled glossary's
/// Reuters house writes Zelenskiy.
@Suite struct HouseWorkspaceTests {
    func workspace(_ house: String?) -> Workspace {
        var configuration = Workspace.Configuration(glossaries: .bundled)
        configuration.house = house
        return Workspace(configuration)
    }

    @Test func lintAndLookupFollowTheHouse() throws {
        let text = Document(name: "t", text: "Zelenskiy met Zelenskyy.\n", format: .plain)
        #expect(try workspace(nil).lint(document: text).findings.map { "\($0.found) → \($0.suggestion ?? "")" } == ["Zelenskiy → Zelenskyy"])
        #expect(try workspace("reuters").lint(document: text).findings.map { "\($0.found) → \($0.suggestion ?? "")" } == ["Zelenskyy → Zelenskiy"])
        let match = try #require(try workspace("reuters").lookup("Zelenskyy", language: "en").matches.first)
        #expect((match.concept.id, match.status, match.concept.terms["en"]?.preferred) == ("zelenskyy", .deprecated, "Zelenskiy"))
        #expect(throws: WorkspaceError.self) { try workspace("bbc").lint(document: text) }
    }
}
