import CICU

/// The match-key pipeline on a short run of text, through ICU. The hot path
/// (``MatchKey``) calls it once per code point to fill ``KeyTable`` and for
/// the rare combining sequences; nothing calls it per byte of a document.
enum KeyFold {
    static let nonspacingMark: Int32 = 6  // U_NON_SPACING_MARK

    /// The key of a sequence of scalars, as UTF-8 bytes.
    static func key(of scalars: [UInt32], folding: CaseFolding) -> [UInt8] {
        // 1. Unify apostrophes, dashes and quotation marks, drop default-ignorables: before NFKC,
        //    which would turn U+00B4 into a space and a combining accent.
        var units = utf16(unify(scalars))
        // 2. NFKC, then unify again what compatibility mappings produced.
        units = utf16(unify(decodeScalars(normalize(units, CICU_NFKC))))
        // 3. Case folding, with the Turkic I when asked.
        units = icu(units) { src, n, dst, cap, e in
            cicu_fold_case(src, n, folding == .turkic ? 1 : 0, dst, cap, &e)
        }
        // 4. Remove diacritics: NFD, drop nonspacing marks, NFC again.
        let decomposed = decodeScalars(normalize(units, CICU_NFD)).filter { cicu_char_type(Int32(bitPattern: $0)) != nonspacingMark }
        let composed = normalize(utf16(decomposed), CICU_NFC)
        return Array(String(decoding: composed, as: UTF16.self).utf8)
    }

    /// The keys of many single code points in one pass through ICU: each is
    /// followed by U+0000, which nothing composes with, reorders past or folds,
    /// so the output splits back at the zeros. (U+0000 itself is keyed alone.)
    static func keys(ofEach scalars: [UInt32], folding: CaseFolding) -> [[UInt8]] {
        var joined: [UInt32] = []
        joined.reserveCapacity(scalars.count * 2)
        for c in scalars where c != 0 {
            joined.append(c)
            joined.append(0)
        }
        let parts = key(of: joined, folding: folding).split(separator: 0, omittingEmptySubsequences: false)
        var keys: [[UInt8]] = []
        keys.reserveCapacity(scalars.count)
        var next = 0
        for c in scalars {
            if c == 0 { keys.append([0]); continue }
            keys.append(next < parts.count ? Array(parts[next]) : [])
            next += 1
        }
        return keys
    }

    private static func unify(_ scalars: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(scalars.count)
        for c in scalars {
            // Apostrophes, hyphens and quotation marks are typography (spaces: NFKC makes them one).
            if let scalar = Unicode.Scalar(c), let kind = Typography.class(of: scalar), kind != .space {
                out.append(kind.plain.value)
            } else if cicu_is_default_ignorable(Int32(bitPattern: c)) == 0 {
                out.append(c)
            }
        }
        return out
    }

    private static func normalize(_ units: [UInt16], _ form: some BinaryInteger) -> [UInt16] {
        icu(units) { src, n, dst, cap, e in cicu_normalize(Int32(form), src, n, dst, cap, &e) }
    }

    private static func icu(
        _ units: [UInt16],
        _ body: (UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
    ) -> [UInt16] {
        if units.isEmpty { return [] }
        // These ICU calls fail only on invalid arguments or exhausted memory.
        return (try? units.withUnsafeBufferPointer { src in
            try ICUCall.utf16("match key", capacity: units.count * 3 + 8) { dst, cap, e in
                body(src.baseAddress!, Int32(src.count), dst, cap, &e)
            }
        }) ?? units
    }

    private static func utf16(_ scalars: [UInt32]) -> [UInt16] {
        var view = String.UnicodeScalarView()
        for c in scalars { if let s = Unicode.Scalar(c) { view.append(s) } }
        return Array(String(view).utf16)
    }

    private static func decodeScalars(_ units: [UInt16]) -> [UInt32] {
        String(decoding: units, as: UTF16.self).unicodeScalars.map(\.value)
    }
}
