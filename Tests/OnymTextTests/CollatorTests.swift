import Testing
@testable import OnymText

@Suite struct CollatorTests {
    @Test func turkishPutsCedillaAfterC() throws {
        let tr = try Collator(locale: "tr")
        #expect(["Denizli", "Çorum", "Cide", "Ankara"].sorted(using: tr) == ["Ankara", "Cide", "Çorum", "Denizli"])
        #expect(["ıspanak", "inek", "Iğdır", "İzmir"].sorted(using: tr) == ["Iğdır", "ıspanak", "inek", "İzmir"])
    }

    @Test func ukrainianPutsYeAfterE() throws {
        let uk = try Collator(locale: "uk")
        #expect(["Жовква", "Єнакієве", "Енергодар", "Дніпро"].sorted(using: uk) == ["Дніпро", "Енергодар", "Єнакієве", "Жовква"])
        #expect(uk.compare("Є", "Е") == .descending)
        #expect(uk.compare("Київ", "Київ") == .same)
    }

    @Test func sortKeysOrderLikeCompare() throws {
        let de = try Collator(locale: "de")
        let a = de.sortKey("Äpfel"), b = de.sortKey("Birne")
        #expect(a.lexicographicallyPrecedes(b))
        #expect(de.compare("Äpfel", "Birne") == .ascending)
    }
}
