import Foundation
import Testing

/// `onym check`, end to end, with the bundled glossaries.
@Suite struct CheckCommandTests {
    let folder: URL
    let env: [String: String]

    init() throws {
        folder = try TemporaryFolder.make("onym-check-cli")
        env = ["ONYM_CACHE_DIR": folder.appendingPathComponent("cache").path]
    }

    func run(_ arguments: String...) throws -> OnymProcess.Result {
        try OnymProcess.run(arguments, environment: env, currentDirectory: folder)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func checksAnXLIFFFile() throws {
        let xlf = TMCommandTests.fixtures.appendingPathComponent("story.xlf").path
        let result = try run("check", xlf, "--from", "uk", "--to", "en")
        #expect(result.status == 1)
        #expect(result.stdout == """
            \(xlf):5: warning: [segment t1] variant: Kiev → Kyiv (variant of place "kyiv"; Capital of Ukraine. "Kiev" is the Russian-derived spelling.)
                source: Переговори в Києві тривали до вечора.
                target: Talks in Kiev went on until the evening.
            \(xlf):14: warning: [segment t3] inconsistent: segment t1 has the same source translated as "Talks in Kiev went on until the evening."
                source: Переговори в Києві тривали до вечора.
                target: Talks in Kyiv continued into the evening.
            \(xlf):18: warning: [segment t4] term: Зеленський → Zelenskyy (term of person "zelenskyy": the target does not have it)
                source: Зеленський виступив у Харкові.
                target: The president spoke in Kharkiv.
            \(xlf):22: warning: [segment t5] untranslated: the target is empty
                source: Дякуємо за увагу.
                target: 
            \(xlf):25: warning: [segment t6] untranslated: the target is the source, untranslated
                source: Дякуємо за увагу.
                target: Дякуємо за увагу.
            5 findings (0 errors, 5 warnings, 0 info) in 1 file

            """)
        // --fail-on error: warnings do not fail the run.
        #expect(try run("check", xlf, "--from", "uk", "--to", "en", "--fail-on", "error").status == 0)
    }

    @Test func checksTwoAlignedTextFiles() throws {
        let source = try write("Київ і Харків\nДякуємо.\n", "story.uk.txt")
        let target = try write("Kiev and Kharkiv\nThanks.\n", "story.en.txt")
        #expect(try run("check", "--source", source, "--target", target, "--from", "uk", "--to", "en", "--format", "json") == .init(status: 1, stdout: """
            {"files":[{"findings":[{"column":1,"concept":"kyiv","found":"Kiev","kind":"variant","line":1,"message":"Kiev → Kyiv (variant of place \\"kyiv\\"; Capital of Ukraine. \\"Kiev\\" is the Russian-derived spelling.)","segment":"1","severity":"warning","source":"Київ і Харків","suggestion":"Kyiv","target":"Kiev and Kharkiv"}],"from":"uk","path":"\(target)","to":"en"}],"summary":{"errors":0,"files":1,"findings":1,"info":0,"warnings":1},"version":1}

            """, stderr: ""))
        #expect(try run("check", "--source", source, "--target", target, "--from", "uk", "--to", "en", "--format", "github").stdout
                == "::warning file=\(target),line=1,title=onym variant::[segment 1] Kiev → Kyiv (variant of place \"kyiv\"; Capital of Ukraine. \"Kiev\" is the Russian-derived spelling.)\n")
        let sarif = try run("check", "--source", source, "--target", target, "--from", "uk", "--to", "en", "--format", "sarif").stdout
        #expect(sarif.contains("\"properties\":{\"segment\":\"1\",\"source\":\"Київ і Харків\",\"suggestion\":\"Kyiv\",\"target\":\"Kiev and Kharkiv\"}"))
        let short = try write("One line\n", "short.en.txt")
        #expect(try run("check", "--source", source, "--target", short, "--from", "uk", "--to", "en").stderr
                == "error: \(short):2: \(source) has 2 lines and \(short) has 1: the files must be aligned line by line\n")
    }

    @Test func aMemoryInTheStoreMakesOtherTranslationsInconsistent() throws {
        let store = folder.appendingPathComponent("onym.sqlite").path
        let memory = try write("uk,en\nДякуємо за увагу.,Thank you for your attention.\n", "memory.csv")
        #expect(try run("tm", "import", memory, "--store", store).status == 0)
        let source = try write("Дякуємо за увагу.\n", "thanks.uk.txt")
        let target = try write("Thanks for listening.\n", "thanks.en.txt")
        // The store is the glossary too when it is named: seed it so that names are checked as well.
        #expect(try run("store", "init", "--from-bundled", "--store", store).status == 0)
        #expect(try run("check", "--source", source, "--target", target, "--from", "uk", "--to", "en", "--store", store).stdout == """
            \(target):1: warning: [segment 1] inconsistent: the translation memory has "Thank you for your attention." for this source
                source: Дякуємо за увагу.
                target: Thanks for listening.
            1 finding (0 errors, 1 warning, 0 info) in 1 file

            """)
    }
}
