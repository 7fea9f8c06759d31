/// The characters that typography chooses between and spelling does not: apostrophes,
/// quotation marks, hyphens and dashes, and spaces. "N’Djamena" and "N'Djamena",
/// "Guinea‑Bissau" with a no-break hyphen, "Sri Lanka" with a no-break space are the same
/// name; a house that wants one apostrophe says so, and only then is it a finding.
///
/// ```swift
/// Typography.plain("N’Djamena")                          // "N'Djamena"
/// Typography.styled("Côte d’Ivoire", like: "d'Ivoire")   // "Côte d'Ivoire"
/// ```
public enum Typography {
    /// A set of characters interchangeable inside a name.
    public enum Class: Sendable, CaseIterable {
        case apostrophe, quotationMark, hyphen, space

        /// The plain ASCII character of the class.
        public var plain: Unicode.Scalar {
            switch self {
            case .apostrophe: "'"
            case .quotationMark: "\""
            case .hyphen: "-"
            case .space: " "
            }
        }
    }

    /// The apostrophe a house writes.
    public enum Apostrophe: String, Sendable, CaseIterable {
        /// ’ (U+2019 RIGHT SINGLE QUOTATION MARK)
        case curly
        /// ' (U+0027 APOSTROPHE)
        case straight

        public var scalar: Unicode.Scalar { self == .curly ? "\u{2019}" : "'" }
    }

    /// The class of `s`, or nil when it is not a typographic choice. The apostrophes and
    /// hyphens are the ones match keys unify, so two forms equal here have equal keys.
    public static func `class`(of s: Unicode.Scalar) -> Class? {
        switch s.value {
        case 0x27, 0x2019, 0x02BC, 0x02B9, 0x2032, 0x60, 0xB4: .apostrophe
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: .quotationMark
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: .hyphen
        case 0x20, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: .space
        default: nil
        }
    }

    /// `s` with every typographic character written as its class's plain character.
    public static func plain(_ s: String) -> String {
        // Most names have nothing to change: answered from the bytes.
        if !mayHaveStyledCharacters(s) { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars { out.append(`class`(of: scalar)?.plain ?? scalar) }
        return String(out)
    }

    /// `form` in the typography of `model`: for each class that `model` writes, every
    /// character of that class in `form` becomes the one `model` uses first. A fix keeps
    /// the text's apostrophe, hyphen and space style (Cote d'Ivoire → Côte d'Ivoire).
    public static func styled(_ form: String, like model: String) -> String {
        // Both plain: nothing to carry over (the plain characters stay what they are).
        if !mayHaveStyledCharacters(form) && !mayHaveStyledCharacters(model) { return form }
        var chosen: [Class: Unicode.Scalar] = [:]
        for scalar in model.unicodeScalars {
            if let c = `class`(of: scalar), chosen[c] == nil { chosen[c] = scalar }
        }
        guard !chosen.isEmpty else { return form }
        return replacing(form) { chosen[$0] }
    }

    /// False when `s` surely has no typographic character but the plain ASCII ones (' " - and
    /// space), told from its bytes: ` and the lead bytes of every other one (U+00A0–00BB,
    /// U+02B9–02BC, U+2000–2212, U+3000). Names are checked for every finding, and most
    /// have none.
    @inline(__always)
    public static func mayHaveStyledCharacters(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            bytes.contains { $0 == 0x60 || $0 == 0xC2 || $0 == 0xCA || $0 == 0xE2 || $0 == 0xE3 }
        }
    }

    /// `s` with its apostrophes written as `apostrophe`.
    public static func with(_ apostrophe: Apostrophe, _ s: String) -> String {
        replacing(s) { $0 == .apostrophe ? apostrophe.scalar : nil }
    }

    /// True when `s` has an apostrophe other than `apostrophe`.
    public static func hasOtherApostrophe(than apostrophe: Apostrophe, in s: String) -> Bool {
        s.unicodeScalars.contains { `class`(of: $0) == .apostrophe && $0 != apostrophe.scalar }
    }

    private static func replacing(_ s: String, _ by: (Class) -> Unicode.Scalar?) -> String {
        var out = String.UnicodeScalarView()
        var changed = false
        for scalar in s.unicodeScalars {
            if let c = `class`(of: scalar), let r = by(c), r != scalar {
                out.append(r)
                changed = true
            } else {
                out.append(scalar)
            }
        }
        return changed ? String(out) : s
    }
}
