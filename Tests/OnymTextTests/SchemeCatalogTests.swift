import Testing
@testable import OnymText

@Suite struct SchemeCatalogTests {
    @Test func onymSchemesHaveDescriptionsAndSources() {
        let ids = SchemeCatalog.onymSchemes.map(\.id)
        #expect(ids == ["ru-Latn-de", "ru-Latn-fr", "ru-Latn-iso9", "ru-Latn-press",
                        "uk-Latn-de", "uk-Latn-fr", "uk-Latn-iso9", "uk-Latn-national", "uk-Latn-press"])
        for scheme in SchemeCatalog.onymSchemes {
            #expect(!scheme.description.isEmpty, "\(scheme.id)")
            #expect(!scheme.source.isEmpty, "\(scheme.id)")
            #expect(scheme.sourceScript.hasPrefix("Cyrillic ("), "\(scheme.id)")
        }
        #expect(SchemeCatalog.scheme(id: "uk-Latn-national")?.source
                == "Resolution No. 55 of the Cabinet of Ministers of Ukraine, 27 January 2010")
    }

    @Test func builtInsComeFromICU() {
        let ids = Set(SchemeCatalog.builtInSchemes.map(\.id))
        for id in ["Ukrainian-Latin/BGN", "Russian-Latin/BGN", "Any-Latin", "Latin-ASCII", "Greek-Latin/BGN", "Cyrillic-Latin"] {
            #expect(ids.contains(id), "\(id)")
        }
        #expect(SchemeCatalog.scheme(id: "Russian-Latin/BGN")?.sourceScript == "Russian")
    }

    @Test func suggestions() {
        #expect(SchemeCatalog.suggestion(for: "uk-Latn-natonal") == "uk-Latn-national")
        #expect(SchemeCatalog.suggestion(for: "Russian-Latn/BGN") == "Russian-Latin/BGN")
        #expect(SchemeCatalog.suggestion(for: "completely-unrelated-words") == nil)
    }
}
