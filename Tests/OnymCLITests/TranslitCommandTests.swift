import Foundation
import Testing

@Suite struct TranslitCommandTests {
    @Test func readmeCommand() throws {
        let r = try OnymProcess.run(["translit", "--scheme", "uk-Latn-national", "Зеленський", "Київ"])
        #expect(r == .init(status: 0, stdout: "Zelenskyi\nKyiv\n", stderr: ""))
    }

    @Test func stdinLineByLineKeepsLineEndings() throws {
        let r = try OnymProcess.run(["translit", "--scheme", "uk-Latn-de"], stdin: Data("Київ\r\nХарків\n\nЛьвів".utf8))
        #expect(r == .init(status: 0, stdout: "Kyjiw\r\nCharkiw\n\nLwiw", stderr: ""))
    }

    @Test func builtInScheme() throws {
        let r = try OnymProcess.run(["translit", "--scheme", "Russian-Latin/BGN", "Зеленский"])
        #expect(r == .init(status: 0, stdout: "Zelenskiy\n", stderr: ""))
    }

    @Test func unknownSchemeSuggestsOne() throws {
        let r = try OnymProcess.run(["translit", "--scheme", "uk-Latn-natonal", "Київ"])
        #expect(r == .init(status: 2, stdout: "", stderr: "error: unknown scheme 'uk-Latn-natonal'; did you mean uk-Latn-national?\n"))
    }

    @Test func missingSchemeIsAUsageError() throws {
        let r = try OnymProcess.run(["translit", "Київ"])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("error: give --scheme ID (or --list to see the ids)\n"))
    }

    @Test func listShowsOnymAndICUSchemes() throws {
        let r = try OnymProcess.run(["translit", "--list"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let national = lines.first { $0.hasPrefix("uk-Latn-national ") }
        #expect(national?.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                == "uk-Latn-national Cyrillic (uk) Ukrainian national romanisation of 2010: positional Ye/ie, zgh, no soft sign or apostrophe [Resolution No. 55 of the Cabinet of Ministers of Ukraine, 27 January 2010]")
        #expect(lines.prefix(9).map { String($0.prefix { $0 != " " }) } == [
            "ru-Latn-de", "ru-Latn-fr", "ru-Latn-iso9", "ru-Latn-press",
            "uk-Latn-de", "uk-Latn-fr", "uk-Latn-iso9", "uk-Latn-national", "uk-Latn-press"])
        #expect(lines.contains { $0.hasPrefix("Ukrainian-Latin/BGN ") && $0.hasSuffix("ICU built-in transform") })
        #expect(lines.count > 500)
    }

    @Test func invalidUTF8OnStdin() throws {
        let r = try OnymProcess.run(["translit", "--scheme", "uk-Latn-national"], stdin: Data([0xD0, 0x9A, 0x0A, 0x41, 0xFF, 0x0A]))
        #expect(r == .init(status: 2, stdout: "K\n", stderr: "error: <stdin>: invalid UTF-8 at byte offset 4\n"))
    }

    @Test func invalidUTF8InAnArgument() throws {
        let r = try OnymProcess.runShell(#"exec "$0" translit --scheme uk-Latn-national "$(printf 'Ки\377в')""#)
        #expect(r == .init(status: 2, stdout: "", stderr: "error: argument 4 is not valid UTF-8: invalid UTF-8 at byte offset 4\n"))
    }
}
