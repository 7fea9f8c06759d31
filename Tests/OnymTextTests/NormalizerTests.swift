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

    /// The fast path takes text of scalars below U+0300 as NFC without asking ICU. Every
    /// ordered pair of such scalars stands side by side in one string: if any scalar
    /// decomposed, or any pair composed, ICU's NFC of its NFD would differ from it.
    @Test func scalarsBelowCombiningMarksAreNFC() {
        let below = (0..<0x300).compactMap(Unicode.Scalar.init)
        var view = String.UnicodeScalarView()
        for a in below { for b in below { view.append(a); view.append(b) } }
        let text = String(view)
        #expect(Normalizer.belowCombiningMarks(text))
        // Scalars compared: String's == would call canonically equivalent texts equal.
        #expect(scalars(Normalizer.normalize(Normalizer.normalize(text, to: .nfd), to: .nfc)) == scalars(text))
        #expect(!Normalizer.belowCombiningMarks("Tu\u{300}rkiye"))
    }
}

/// The hand-written UTF-8 ⇄ UTF-16 transcoding that every ICU call goes through.
@Suite struct UTF16TranscodingTests {
    @Test func roundTripsEveryKindOfScalar() {
        let text = "Kyiv Türkiye Київ 東京 𝔘𝔫𝔦 👩‍👩‍👧 \u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"
        #expect(text.utf16Array == Array(text.utf16))
        #expect(String(utf16Units: Array(text.utf16)).unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() {
        #expect(String(utf16Units: [0x41, 0xD800, 0x42, 0xDC00]) == "A\u{FFFD}B\u{FFFD}")
        #expect(String(utf16Units: [0xD83D]) == "\u{FFFD}")
        #expect(String(utf16Units: []) == "")
    }
}
