import OnymGlossary
import OnymText

/// The case pattern of found text, carried over to a suggestion (KIEV → KYIV).
enum CaseShape {
    static func letters(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.filter { $0.properties.isAlphabetic } }

    /// Two or more letters and none lower-case: a headline or an acronym.
    static func isAllCaps(_ s: String) -> Bool {
        // ASCII is told by its bytes (a suggestion is made for every finding).
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var upper = 0
            for b in s.utf8 {
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { upper += 1 }
            }
            return upper >= 2
        }
        // A lower-case ASCII letter answers at once (most names have one).
        if s.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
        let l = letters(s)
        return l.count >= 2 && l.contains { $0.properties.isUppercase } && !l.contains { $0.properties.isLowercase }
    }

    static func isAllLowercase(_ s: String) -> Bool {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var lower = 0
            for b in s.utf8 {
                if b >= 0x41 && b <= 0x5A { return false }
                if b >= 0x61 && b <= 0x7A { lower += 1 }
            }
            return lower > 0
        }
        let l = letters(s)
        return !l.isEmpty && l.allSatisfy { !$0.properties.isUppercase }
    }

    static func isCapitalised(_ s: String) -> Bool {
        // ASCII answers from the first byte; other text asks Unicode.
        if let b = s.utf8.first, b < 0x80, (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { return b <= 0x5A }
        return s.unicodeScalars.first { $0.properties.isAlphabetic }?.properties.isUppercase == true
    }

    /// Case folded, diacritics kept; İ folds to i as in Turkish (TÜRKİYE is Türkiye in capitals).
    static func fold(_ s: String) -> String {
        let folded = GlossaryValidator.conflictKey(s)
        guard folded.unicodeScalars.contains("\u{307}") else { return folded }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in folded.unicodeScalars {
            if scalar == "\u{307}", previous == "i" { continue }
            out.append(scalar)
            previous = scalar
        }
        return String(out)
    }

    static func apply(shapeOf found: String, to form: String, locale: String) -> String {
        isAllCaps(found) && letters(form).count >= 2 ? CaseMapper.uppercase(form, locale: locale) : form
    }
}
