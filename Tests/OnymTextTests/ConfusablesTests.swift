import Testing
@testable import OnymText

@Suite struct ConfusablesTests {
    @Test func skeletonsAndConfusability() {
        #expect(Confusables.skeleton("Kyіv") == Confusables.skeleton("Kyiv"))
        #expect(Confusables.areConfusable("Kyiv", "Kyіv"))
        #expect(Confusables.areConfusable("Kyiv", "Кyiv"))
        #expect(!Confusables.areConfusable("Kyiv", "Kyiv"))
        #expect(!Confusables.areConfusable("Kyiv", "Kiev"))
    }

    @Test func cyrillicIInLatinWord() {
        let a = Confusables.analyze("Kyіv")
        #expect(a.scripts == ["Latin", "Cyrillic"])
        #expect(a.mainScript == "Latin")
        #expect(a.isMixedScript)
        #expect(a.oddCharacters.count == 1)
        let odd = a.oddCharacters[0]
        #expect(odd.character.codePoint == "U+0456")
        #expect(odd.character.name == "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I")
        #expect(odd.character.script == "Cyrillic")
        #expect(odd.utf8Offset == 2)
        #expect(odd.imitates?.codePoint == "U+0069")
        #expect(odd.imitates?.name == "LATIN SMALL LETTER I")
    }

    @Test func cyrillicCapitalKa() {
        let a = Confusables.analyze("Кyiv")
        #expect(a.oddCharacters.map(\.character.codePoint) == ["U+041A"])
        #expect(a.oddCharacters.first?.imitates?.name == "LATIN CAPITAL LETTER K")
    }

    @Test func singleScriptWordsAreClean() {
        for word in ["Kyiv", "Київ", "Türkiye’s", "Zelenskyy-led", "2022"] {
            let a = Confusables.analyze(word)
            #expect(!a.isMixedScript, "\(word)")
            #expect(a.oddCharacters.isEmpty, "\(word)")
        }
    }

    @Test func invisibleCharacters() {
        let a = Confusables.analyze("Tür\u{AD}ki\u{200B}ye")
        #expect(a.invisibleCharacters.map(\.character.codePoint) == ["U+00AD", "U+200B"])
        #expect(a.invisibleCharacters.map(\.character.name) == ["SOFT HYPHEN", "ZERO WIDTH SPACE"])
        #expect(a.invisibleCharacters.map(\.utf8Offset) == [4, 8])
    }

    @Test func scalarInfo() {
        let info = ScalarInfo("\u{FEFF}")
        #expect(info.name == "ZERO WIDTH NO-BREAK SPACE")
        #expect(info.isDefaultIgnorable)
        #expect(ScalarInfo("\u{7}").name == "<control-0007>")
        #expect(ScalarInfo("a").script == "Latin")
        #expect(ScalarInfo("-").isScriptNeutral)
    }
}
