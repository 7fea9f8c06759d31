import Foundation
import Testing

@Suite struct InspectCommandTests {
    @Test func textReport() throws {
        let r = try OnymProcess.run(["inspect", "Kyіv", "Tür\u{AD}kiye"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout == """
            Kyіv
              NFC: yes
              scripts: Latin, Cyrillic (mixed)
              look-alike: U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I (Cyrillic) at byte 2, looks like U+0069 LATIN SMALL LETTER I (Latin)
              invisible: none
              match key: kyіv
              skeleton: Kyiv
            Tür\u{AD}kiye
              NFC: yes
              scripts: Latin
              look-alikes: none
              invisible: U+00AD SOFT HYPHEN at byte 4
              match key: turkiye
              skeleton: Tür\u{AD}kiye

            """)
    }

    @Test func jsonReport() throws {
        let r = try OnymProcess.run(["inspect", "--format", "json", "Кyiv"])
        #expect(r == .init(status: 0, stdout: #"""
            {"words":[{"confusables":[{"codePoint":"U+041A","imitates":{"codePoint":"U+004B","name":"LATIN CAPITAL LETTER K","script":"Latin"},"name":"CYRILLIC CAPITAL LETTER KA","offset":0,"script":"Cyrillic"}],"invisible":[],"matchKey":"кyiv","mixedScript":true,"nfc":true,"offset":0,"scripts":["Latin","Cyrillic"],"skeleton":"Kyiv","word":"Кyiv"}]}

            """#, stderr: ""))
    }

    @Test func nfdAndTurkishKey() throws {
        let r = try OnymProcess.run(["inspect", "--lang", "tr", "--format", "json", "ISPARTA"])
        #expect(r.stdout.contains(#""matchKey":"ısparta""#))
        let nfd = try OnymProcess.run(["inspect", "Tu\u{308}rkiye"])
        #expect(nfd.stdout.contains("  NFC: no (NFC: Türkiye)\n"))
    }

    @Test func unknownLanguageIsAnError() throws {
        let r = try OnymProcess.run(["inspect", "--lang", "english!", "Kyiv"])
        #expect(r == .init(status: 2, stdout: "", stderr: "error: 'english!' is not a BCP 47 language tag (examples: en, pt-BR, sr-Latn)\n"))
    }
}
