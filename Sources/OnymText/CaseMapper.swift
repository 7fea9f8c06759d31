import CICU

/// Locale-aware case mapping (ICU), for carrying a found word's case pattern
/// over to a suggestion: KIEV → KYIV, and in Turkish i → İ.
///
/// ```swift
/// CaseMapper.uppercase("istanbul", locale: "tr")  // "İSTANBUL"
/// CaseMapper.titlecase("kyiv", locale: "en")      // "Kyiv"
/// ```
public enum CaseMapper {
    /// Upper-cased by the locale's rules.
    public static func uppercase(_ text: String, locale: String) -> String { map(1, text, locale) }
    /// Lower-cased by the locale's rules.
    public static func lowercase(_ text: String, locale: String) -> String { map(0, text, locale) }
    /// Each word title-cased by the locale's rules.
    public static func titlecase(_ text: String, locale: String) -> String { map(2, text, locale) }

    private static func map(_ mode: Int32, _ text: String, _ locale: String) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return text }
        // Case mapping fails only on exhausted memory; the text unchanged is the safe answer then.
        let units = try? ICUCall.utf16("case mapping", capacity: source.count + 8) { dst, cap, error in
            cicu_map_case(mode, locale, source, Int32(source.count), dst, cap, &error)
        }
        return units.map(String.init(utf16Units:)) ?? text
    }
}
