import CICU

/// Unicode normalisation through ICU.
///
/// ```swift
/// Normalizer.normalize("Tu\u{308}rkiye", to: .nfc)  // "Türkiye"
/// Normalizer.isNFC("Türkiye")                       // true
/// ```
public enum Normalizer {
    /// Returns `text` in the normalisation form `form`.
    public static func normalize(_ text: String, to form: NormalizationForm) -> String {
        if form != .nfkcCasefold, text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        if form == .nfc, Self.belowCombiningMarks(text) { return text }
        let source = text.utf16Array
        // ICU fails only on invalid arguments or memory exhaustion; a Swift string is valid UTF-16.
        let units = (try? ICUCall.utf16("normalisation", capacity: source.count + source.count / 2 + 8) { dst, cap, error in
            cicu_normalize(form.icuValue, source, Int32(source.count), dst, cap, &error)
        }) ?? source
        return String(utf16Units: units)
    }

    /// True when `text` is already in the form; ASCII text is checked without calling ICU.
    public static func isNormalized(_ text: String, form: NormalizationForm) -> Bool {
        if form != .nfkcCasefold, text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        if form == .nfc, Self.belowCombiningMarks(text) { return true }
        let source = text.utf16Array
        var error: Int32 = 0
        return cicu_is_normalized(form.icuValue, source, Int32(source.count), &error) == 1
    }

    /// True when every scalar is below U+0300 (Latin-1 and Latin Extended-A/B, IPA, spacing
    /// modifiers): no such scalar decomposes under NFC's quick check or combines, so the
    /// text is NFC as it stands. Lead bytes below 0xCC encode exactly those scalars.
    static func belowCombiningMarks(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0xCC }
    }

    /// True when `text` is already NFC (the fast check: ASCII never reaches ICU).
    public static func isNFC(_ text: String) -> Bool { isNormalized(text, form: .nfc) }
}
