import Foundation
import Testing

/// `.onym.yaml`'s lint settings and `.gitignore` in walked folders.
@Suite struct LintConfigTests {
    @Test func severityFuzzyIgnoreAndFailOn() throws {
        let dir = try TemporaryFolder.make("onym-config")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("build"), withIntermediateDirectories: true)
        try "Kiev, kyiv and Türkye.".write(to: dir.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        try "Kiev.".write(to: dir.appendingPathComponent("drafts/old.txt"), atomically: true, encoding: .utf8)
        try "Kiev.".write(to: dir.appendingPathComponent("build/out.txt"), atomically: true, encoding: .utf8)
        try "build/\n# a comment\n".write(to: dir.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        try "severity: { variant: error, case: off }\nfuzzy: false\nignore: [\"drafts/*\"]\nfail-on: error\n"
            .write(to: dir.appendingPathComponent(".onym.yaml"), atomically: true, encoding: .utf8)
        let r = try OnymProcess.run(["lint", "--format", "json"], currentDirectory: dir)  // the current folder by default
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"path\":\"./story.txt\""))
        #expect(!r.stdout.contains("old.txt") && !r.stdout.contains("out.txt"))
        #expect(r.stdout.contains("\"summary\":{\"errors\":1,\"files\":1,\"findings\":1,\"info\":0,\"warnings\":0}"))
        try "severity: { variant: info }\nfail-on: error\n".write(to: dir.appendingPathComponent(".onym.yaml"), atomically: true, encoding: .utf8)
        #expect(try OnymProcess.run(["lint", "story.txt"], currentDirectory: dir).status == 0)
        #expect(try OnymProcess.run(["lint", "--fail-on", "info", "story.txt"], currentDirectory: dir).status == 1)
    }

    @Test func badConfigIsAnErrorWithItsLine() throws {
        let dir = try TemporaryFolder.make("onym-config")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "lang: en\nseverity: { variant: loud }\n".write(to: dir.appendingPathComponent(".onym.yaml"), atomically: true, encoding: .utf8)
        let r = try OnymProcess.run(["lint", "-"], stdin: Data("Kyiv".utf8), currentDirectory: dir)
        #expect(r == .init(status: 2, stdout: "", stderr: "error: \(dir.path)/.onym.yaml:2: severity 'loud' of 'variant' is not one of error, warning, info, off\n"))
    }

    /// `typography:` and `foreign-script:` reach the linter; a check kind's severity is accepted.
    @Test func typographyAndForeignScript() throws {
        let dir = try TemporaryFolder.make("onym-config")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Kyiv's port, Odesa (Одеса).\n".write(to: dir.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        #expect(try OnymProcess.run(["lint", "story.txt"], currentDirectory: dir).stdout == "0 findings (0 errors, 0 warnings, 0 info) in 1 file\n")
        try "typography: { apostrophe: curly }\nforeign-script: flag\nseverity: { term: error }\n"
            .write(to: dir.appendingPathComponent(".onym.yaml"), atomically: true, encoding: .utf8)
        let r = try OnymProcess.run(["lint", "--format", "github", "story.txt"], currentDirectory: dir)
        #expect(r == .init(status: 1, stdout: """
            ::notice file=story.txt,line=1,col=1,endColumn=7,title=onym typography::Kyiv's → Kyiv’s (typography of place "kyiv": the house writes curly apostrophes (’); Capital of Ukraine. "Kiev" is the Russian-derived spelling.)
            ::warning file=story.txt,line=1,col=21,endColumn=26,title=onym variant::Одеса → Odesa (variant of place "odesa"; Port city of Ukraine. "Odessa" is the Russian-derived spelling (and a city in Texas).)

            """, stderr: ""))
    }

    /// A tag that is no language is an error; a language no glossary has terms in, a warning.
    @Test func languagesThatCheckNothing() throws {
        let dir = try TemporaryFolder.make("onym-config")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Kiev.\n".write(to: dir.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        #expect(try OnymProcess.run(["lint", "--lang", "english", "story.txt"], currentDirectory: dir)
                == .init(status: 2, stdout: "", stderr: "error: 'english' is not a BCP 47 language tag (examples: en, pt-BR, sr-Latn)\n"))
        let r = try OnymProcess.run(["lint", "--lang", "sw", "story.txt"], currentDirectory: dir)
        #expect(r.status == 0)
        #expect(r.stderr == "warning: no glossary has terms in 'sw'; only ar, cs, da, de, el, en, es, fi, fr, he, hu, it, ja, ko, nb, nl, pl, pt, ro, ru, sv, tr, uk, zh\n")
    }
}
