import Foundation
@testable import OnymGlossary
@testable import OnymKit
import Testing
import OnymTestSupport

@Suite struct OnymConfigTests {
    @Test func foundAboveTheWorkingDirectoryWithPathsRelativeToIt() throws {
        let root = Leftovers.temporary("onym-config-\(UUID().uuidString)")
        let deep = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "glossaries: [names/house.yaml, /abs/x.yaml]\nlang: de\n".write(to: root.appendingPathComponent(".onym.yaml"), atomically: true, encoding: .utf8)
        let config = try #require(try OnymConfig.find(from: deep.path))
        #expect(config.glossaries == [root.appendingPathComponent("names/house.yaml").standardizedFileURL.path, "/abs/x.yaml"])
        #expect(config.language == "de")
        #expect(GlossarySource.choose(explicit: [], config: config) == .config(path: config.path, files: config.glossaries))
        #expect(GlossarySource.choose(explicit: ["x.yaml"], config: config) == .files(["x.yaml"]))
        #expect(GlossarySource.choose(explicit: [], config: nil) == .bundled)
    }

    @Test func unknownKeysAreErrors() {
        #expect(throws: GlossaryError(file: ".onym.yaml", line: 1, rule: .unknownKey,
                                      message: "unknown key 'glosaries' in .onym.yaml (allowed: glossaries, lang, severity, fuzzy, ignore, fail-on, store, typography, foreign-script, house, first-mention)")) {
            try OnymConfig.read(bytes: Array("glosaries: [a.yaml]\n".utf8), path: ".onym.yaml")
        }
    }

    @Test func typographyForeignScriptAndEveryFindingKind() throws {
        let yaml = "typography: { apostrophe: curly }\nforeign-script: flag\nseverity: { term: error, typography: warning, untranslated: off }\n"
        let config = try OnymConfig.read(bytes: Array(yaml.utf8), path: ".onym.yaml")
        #expect(config.apostrophe == "curly")
        #expect(config.foreignScript == "flag")
        #expect(config.severity == ["term": "error", "typography": "warning", "untranslated": "off"])
    }

    @Test func badTypographyAndUnknownKindsNameWhatIsValid() {
        let yaml = "typography: { apostrophe: round, quotes: curly }\nforeign-script: maybe\nseverity: { spelling: off }\n"
        #expect(throws: GlossaryError([
            GlossaryProblem(file: ".onym.yaml", line: 1, rule: .unknownKey, message: "unknown key 'quotes' in 'typography' (allowed: apostrophe)"),
            GlossaryProblem(file: ".onym.yaml", line: 1, rule: .wrongType, message: "'apostrophe' must be curly or straight, not 'round'"),
            GlossaryProblem(file: ".onym.yaml", line: 2, rule: .wrongType, message: "'foreign-script' must be quotation or flag"),
            GlossaryProblem(file: ".onym.yaml", line: 3, rule: .unknownKey, message: "unknown key 'spelling' in 'severity' (allowed: variant, forbidden, diacritics, case, misspelling, confusable, invisible, typography, first-mention, term, inconsistent, untranslated)"),
        ])) {
            try OnymConfig.read(bytes: Array(yaml.utf8), path: ".onym.yaml")
        }
    }
}
