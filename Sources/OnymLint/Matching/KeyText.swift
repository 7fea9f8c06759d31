/// Word boundaries on a match key's UTF-8 bytes: a word is a run of letters,
/// digits and marks; apostrophes, hyphens, spaces and punctuation end it.
enum KeyText {
    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
    }

    /// The scalar that starts at `i` (a key is valid UTF-8), decoded without building a string:
    /// this runs for every non-ASCII letter of a text.
    static func scalar(_ k: [UInt8], at i: Int) -> Unicode.Scalar {
        let n = min(scalarLength(k[i]), k.count - i)
        var value = n == 1 ? UInt32(k[i]) : UInt32(k[i]) & (0xFF >> (n + 1))
        for j in 1..<max(n, 1) { value = value << 6 | UInt32(k[i + j] & 0x3F) }
        return Unicode.Scalar(value) ?? " "
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
    }

    /// 0x80 in each byte of `x` (eight bytes of a key) that is not an ASCII letter or digit
    /// (``isWordByte(_:)``, eight at once; a byte of 0x80 or more counts as not one).
    @inline(__always)
    static func nonWordBytes(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        let low7 = x & ~high  // each byte below 0x80: the sums below carry into no other byte
        let folded = low7 | (ones &* 0x20)  // A–Z to a–z, and nothing else to a letter
        let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x80 - 0x7B))
        let digit = (low7 &+ ones &* (0x80 - 0x30)) & ~(low7 &+ ones &* (0x80 - 0x3A))
        return ~((letter | digit) & ~x) & high
    }

    @inline(__always)
    static func isWordChar(_ k: [UInt8], at i: Int) -> Bool {
        let b = k[i]
        if b < 0x80 { return isWordByte(b) }
        return isWordScalar(k, at: i)
    }

    static func isWordScalar(_ k: [UInt8], at i: Int) -> Bool {
        let s = scalar(k, at: i)
        return s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .spacingMark
    }

    @inline(__always)
    static func isWordStart(_ k: [UInt8], _ i: Int) -> Bool {
        guard isWordChar(k, at: i) else { return false }
        if i == 0 { return true }
        var p = i - 1
        while p > 0, k[p] & 0xC0 == 0x80 { p -= 1 }
        return !isWordChar(k, at: p)
    }

    static func isWordEnd(_ k: [UInt8], _ i: Int) -> Bool {
        i >= k.count || !isWordChar(k, at: i)
    }

    /// The end of the word that starts at `i`.
    static func wordEnd(_ k: [UInt8], from i: Int) -> Int {
        var j = i
        while j < k.count, isWordChar(k, at: j) { j += scalarLength(k[j]) }
        return max(j, i + 1)
    }

    /// True when only spaces, quotes or brackets stand between `i` and the text's start,
    /// a line break, or a sentence's end (. ! ? …).
    static func startsSentence(_ k: [UInt8], _ i: Int) -> Bool {
        var p = i - 1
        while p >= 0 {
            let b = k[p]
            switch b {
            case 0x0A, UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
            case 0x20, 0x09, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"):
                p -= 1
            default:
                if b >= 0x80 {
                    // Typographic quotes and dashes, « and the ellipsis count as punctuation here.
                    var q = p
                    while q > 0, k[q] & 0xC0 == 0x80 { q -= 1 }
                    let s = scalar(k, at: q)
                    if s == "…" { return true }
                    if s.properties.generalCategory == .initialPunctuation || s.properties.generalCategory == .finalPunctuation
                        || s.properties.generalCategory == .openPunctuation || s.properties.generalCategory == .dashPunctuation
                        || s.properties.isWhitespace {
                        p = q - 1
                        continue
                    }
                }
                return false
            }
        }
        return true
    }
}
