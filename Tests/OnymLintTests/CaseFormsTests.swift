import Foundation
import Testing
@testable import OnymGlossary
@testable import OnymLint

/// Every singular case form of every shipped Ukrainian and Russian name is the name: never a
/// misspelling, never a variant. The forms come from pymorphy3's dictionaries
/// (`Fixtures/case-forms.tsv`, written by `Scripts/generate-case-forms.py`, versions in its
/// first line); the profiles cover the declension classes, not these words.
@Suite struct CaseFormsTests {
    static let set = try! GlossarySet.bundled()

    static func fixture() throws -> [(lang: String, concept: String, name: String, form: String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/case-forms.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (f[0], f[1], f[2], f[4])
        }
    }

    @Test(arguments: ["uk", "ru"])
    func everyCaseFormIsAccepted(language: String) throws {
        let linter = Linter(matcher: CompiledMatcher(set: Self.set, language: language))
        let forms = try Self.fixture().filter { $0.lang == language }
        #expect(forms.count > 1000)
        var flagged: [String] = []
        for f in forms {
            // In a sentence, as a text has it: after a preposition, before a full stop.
            let text = "Про це — " + f.form + "."
            let found = try linter.lint(Array(text.utf8))
            if !found.isEmpty { flagged.append("\(f.form) (\(f.name)): " + found.map { "\($0.found) \($0.kind)" }.joined(separator: ", ")) }
        }
        #expect(flagged == [], "\(flagged.count) of \(forms.count) flagged")
    }

    /// Polish locatives with a softened consonant and the other classes (w Stambule, not a
    /// variant of Stambuł; w Ankarze, w Kijowie, na Ukrainie, w Turcji, na Krymie).
    @Test func polishCaseFormsAreAccepted() throws {
        let linter = Linter(matcher: CompiledMatcher(set: Self.set, language: "pl"))
        let text = "Spotkanie w Stambule, w Ankarze, w Kijowie, na Ukrainie, w Turcji, w Rosji, na Krymie, w Moskwie, w Charkowie i w Odessie."
        #expect(try linter.lint(Array(text.utf8)) == [])
        // A variant stays a variant in any case: Kijewie is Kijów written otherwise.
        #expect(try linter.lint(Array("W Stambułu i w Kiev.".utf8)).map { "\($0.found) \($0.kind)" } == ["Kiev variant"])
    }
}
