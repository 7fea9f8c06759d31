import Testing
@testable import OnymText

@Suite struct NormalizerTests {
    func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    @Test func forms() {
        #expect(scalars(Normalizer.normalize("Tu\u{308}rkiye", to: .nfc)) == scalars("T\u{FC}rkiye"))
        #expect(scalars(Normalizer.normalize("T\u{FC}rkiye", to: .nfd)) == scalars("Tu\u{308}rkiye"))
        #expect(scalars(Normalizer.normalize("ﬁ①", to: .nfkc)) == scalars("fi1"))
        #expect(scalars(Normalizer.normalize("ﬁ", to: .nfkd)) == scalars("fi"))
        #expect(scalars(Normalizer.normalize("Straße\u{AD}İ", to: .nfkcCasefold)) == scalars("strasse" + "i\u{307}"))
        #expect(Normalizer.normalize("ASCII stays", to: .nfd) == "ASCII stays")
    }

    @Test func isNFC() {
        #expect(Normalizer.isNFC("Kyiv"))
        #expect(Normalizer.isNFC("T\u{FC}rkiye"))
        #expect(!Normalizer.isNFC("Tu\u{308}rkiye"))
        #expect(Normalizer.isNormalized("Tu\u{308}rkiye", form: .nfd))
        #expect(!Normalizer.isNormalized("ﬁ", form: .nfkc))
    }
}
