import OnymText

/// A form as spelling sees it: NFC, lower case in its language, typography unified — but
/// its diacritics kept. Two variants of different concepts conflict when their spelling
/// keys are equal ("Kiev", "KIEV", "Kiev" with another apostrophe), not merely their match
/// keys: transliteration schemes tell names apart by diacritics (ISO 9 "Marina Âkimenko"
/// is Марина Якименко, "Marina Akimenko" is Марина Акименко, two people), and the linter
/// tells them apart by the exact form a text writes.
enum SpellingKey {
    static func of(_ form: String, language: String) -> String {
        CaseMapper.lowercase(Normalizer.normalize(Typography.plain(form), to: .nfc), locale: language)
    }
}
