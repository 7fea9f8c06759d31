import Testing
@testable import OnymText

@Suite struct MatchKeyTests {
    func key(_ text: String, _ language: String = "en") -> String { MatchKey(text, language: language).string }

    /// The original text behind a key range.
    func source(of keyRange: Range<Int>, in text: String, _ language: String = "en") -> String {
        let k = MatchKey(text, language: language)
        let r = k.sourceRange(ofKeyRange: keyRange)
        return String(decoding: Array(text.utf8)[r], as: UTF8.self)
    }

    /// Runs of eight ASCII bytes are folded in one register: the letters just outside A–Z
    /// (@ and [), the grave accent and Turkic I at every position of a run fold as one at a
    /// time would, and a combining mark right after a run takes its last letter back.
    @Test func asciiRunsFoldAsBytesDo() {
        let ascii = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[`abcxyz{0129:/ .,-\u{7F}"
        let expected = "@abcdefghijklmnopqrstuvwxyz['abcxyz{0129:/ .,-\u{7F}"
        for shift in 0..<8 {
            let pad = String(repeating: "x", count: shift)
            #expect(key(pad + ascii) == pad + expected, "shift \(shift)")
        }
        #expect(key("ISTANBUL VE IZMIR IÇIN", "tr") == "ıstanbul ve ızmır ıcın")
        #expect(key("ISTANBUL VE IZMIR") == "istanbul ve izmir")
        // The u at the end of an eight-byte run, then its combining diaeresis.
        let text = "ABCDEFGu\u{308}ber"
        #expect(key(text) == key("ABCDEFGüber"))
        #expect(source(of: 7..<8, in: text) == "u\u{308}")
        #expect(source(of: 0..<7, in: text) == "ABCDEFG")
    }

    /// A scan asks whether a word of the key is the text's own bytes: then it is lower-case ASCII
    /// in the text too, and needs no look at the text.
    @Test func verbatimWordsAreTheTextsOwnBytes() {
        let text = "the Kyiv of kiev ki\u{AD}ev Türkiye u\u{308}ber \u{AD}kyiv, KIEV's"
        let key = MatchKey(text, language: "en")
        var words: [String] = []
        var i = 0
        let k = key.bytes
        while i < k.count {
            guard k[i] >= 0x61, k[i] <= 0x7A else { i += 1; continue }
            var end = i
            while end < k.count, k[end] >= 0x61, k[end] <= 0x7A { end += 1 }
            words.append("\(String(decoding: k[i..<end], as: UTF8.self)) \(key.isVerbatim(i..<end))")
            i = end
        }
        #expect(words == ["the true", "kyiv false", "of true", "kiev true", "kiev false", "turkiye false", "uber false",
                          "kyiv false", "kiev false", "s true"])
        // Never verbatim where the text's bytes differ, whatever the start of the range in its word.
        let mixed = String(repeating: "ab Cd é\u{AD}f İx ", count: 12)
        let mixedKey = MatchKey(mixed, language: "en")
        let source = Array(mixed.utf8)
        for start in 0..<mixedKey.bytes.count {
            for end in start...min(start + 63, mixedKey.bytes.count) where mixedKey.isVerbatim(start..<end) {
                let from = mixedKey.sourceRange(ofKeyRange: start..<end)
                #expect(Array(source[from]) == Array(mixedKey.bytes[start..<end]), "\(start)..<\(end)")
            }
        }
        // Every alignment of a word in the bit set.
        for shift in 0..<70 {
            let shifted = MatchKey(String(repeating: " ", count: shift) + "abc Def", language: "en")
            #expect(shifted.isVerbatim(shift..<(shift + 3)) && !shifted.isVerbatim((shift + 4)..<(shift + 7)), "shift \(shift)")
            #expect(!shifted.isVerbatim(shift..<(shift + 7)))
        }
    }

    @Test func caseDiacriticsAndInvisiblesFoldAway() {
        #expect(key("Türkiye") == "turkiye")
        #expect(key("TURKIYE") == "turkiye")
        #expect(key("Tu\u{308}rkiye") == "turkiye")
        #expect(key("Tür\u{AD}kiye") == "turkiye")
        #expect(MatchKey("Türkiye", language: "en") == MatchKey("Tu\u{308}rkiye", language: "en"))
    }

    @Test func apostrophesAndDashesAreUnified() {
        #expect(key("Kyiv’s") == "kyiv's")
        #expect(key("KYIV's") == "kyiv's")
        for apostrophe in ["'", "\u{2019}", "\u{2BC}", "\u{2B9}", "\u{2032}", "`", "\u{B4}"] {
            #expect(key("Kyiv\(apostrophe)s") == "kyiv's", "\(apostrophe.unicodeScalars.first!.value)")
        }
        for dash in ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}"] {
            #expect(key("Bila\(dash)Tserkva") == "bila-tserkva")
        }
    }

    @Test func defaultIgnorablesAreRemoved() {
        for invisible in ["\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{200E}", "\u{200F}",
                          "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}"] {
            #expect(key("Ky\(invisible)iv") == "kyiv", "\(invisible.unicodeScalars.first!.value)")
        }
    }

    @Test func turkicFolding() {
        #expect(key("İSTANBUL", "tr") == key("istanbul", "tr"))
        #expect(key("ISPARTA", "tr") == key("ısparta", "tr"))
        #expect(key("ISPARTA", "tr") == "ısparta")
        #expect(key("ISPARTA", "tr") != key("isparta", "tr"))
        #expect(key("I\u{307}STANBUL", "tr") == "istanbul")
        #expect(key("İstanbul", "az") == "istanbul")
        #expect(key("İstanbul", "tr-TR") == "istanbul")
    }

    @Test func standardFoldingOfDottedCapitalI() {
        #expect(key("İstanbul", "en") == key("istanbul", "en"))
        #expect(key("ISTANBUL", "en") == "istanbul")
        #expect(key("Straße") == "strasse")
        #expect(key("ﬁnal") == "final")
        #expect(key("Київ") == "киів")
        #expect(key("ЗЕЛЕНСЬКИЙ") == key("Зеленський"))
        #expect(key("Ёлка") == "елка")
    }

    @Test func mapOnNFDInput() {
        let text = "Tu\u{308}rkiye"
        #expect(source(of: 0..<7, in: text) == text)
        #expect(source(of: 1..<2, in: text) == "u\u{308}")
        #expect(source(of: 2..<4, in: text) == "rk")
        #expect(MatchKey(text).sourceRange(ofKeyRange: 2..<4) == 4..<6)
    }

    @Test func mapAroundSoftHyphens() {
        let text = "Tür\u{AD}kiye"
        let k = MatchKey(text)
        #expect(k.sourceRange(ofKeyRange: 0..<7) == 0..<10)
        #expect(k.sourceRange(ofKeyRange: 0..<3) == 0..<4)
        #expect(k.sourceRange(ofKeyRange: 3..<7) == 6..<10)
        #expect(source(of: 1..<2, in: text) == "ü")
    }

    @Test func mapOfLigatures() {
        let text = "ﬁnal"
        let k = MatchKey(text)
        #expect(k.string == "final")
        #expect(k.sourceRange(ofKeyRange: 0..<1) == 0..<3)
        #expect(k.sourceRange(ofKeyRange: 1..<2) == 0..<3)
        #expect(k.sourceRange(ofKeyRange: 2..<5) == 3..<6)
    }

    @Test func mapWhereFoldingChangesLength() {
        let text = "Die Straße in KYIV’S Mitte"
        let k = MatchKey(text)
        #expect(k.string == "die strasse in kyiv's mitte")
        #expect(source(of: 4..<11, in: text) == "Straße")
        #expect(source(of: 8..<10, in: text) == "ß")
        #expect(source(of: 15..<21, in: text) == "KYIV’S")
        #expect(source(of: 22..<27, in: text) == "Mitte")
        let tr = MatchKey("ISPARTA'da", language: "tr")
        #expect(tr.string == "ısparta'da")
        #expect(tr.sourceRange(ofKeyRange: 0..<2) == 0..<1)
        #expect(tr.sourceRange(ofKeyRange: 2..<8) == 1..<7)
        let cyrillic = MatchKey("У Києві")
        #expect(cyrillic.string == "у києві")
        #expect(cyrillic.sourceRange(ofKeyRange: 3..<13) == 3..<13)
    }

    @Test func emptyAndEdgeRanges() {
        let k = MatchKey("Kyiv")
        #expect(k.sourceRange(ofKeyRange: 4..<4) == 4..<4)
        #expect(k.sourceOffset(ofKeyOffset: 4) == 4)
        #expect(MatchKey("").bytes.isEmpty)
        #expect(MatchKey("\u{AD}").bytes.isEmpty)
    }

    @Test func invalidUTF8IsAnErrorWithTheOffset() {
        #expect(throws: TextError.invalidUTF8(offset: 3)) { try MatchKey(utf8: [0x41, 0x42, 0x43, 0xFF]) }
        #expect(throws: TextError.invalidUTF8(offset: 1)) { try MatchKey(utf8: [0x41, 0xC3]) }
        #expect(throws: TextError.invalidUTF8(offset: 0)) { try MatchKey(utf8: [0xC0, 0x80]) }
        #expect(throws: TextError.invalidUTF8(offset: 2)) { try MatchKey(utf8: [0x41, 0x42, 0xED, 0xA0, 0x80]) }
        #expect(throws: TextError.invalidUTF8(offset: 4)) { try MatchKey(utf8: Array("Kyiv".utf8) + [0xF4, 0x90, 0x80, 0x80]) }
        #expect(throws: TextError.invalidUTF8(offset: 2)) { try MatchKey(utf8: [0xC3, 0xBC, 0xCC, 0x41]) }
    }

    /// The fast path (ASCII table, per-code-point table, clusters) must give what
    /// the whole ICU pipeline gives on the whole string.
    @Test(arguments: [
        "Türkiye", "Tu\u{308}rkiye", "ﬁ ﬂ ǆ Ǆ ß ẞ", "İ I ı i I\u{307}", "Ελληνικά ΆΈΉ ᾳ ᾼ", "한국어 한\u{11A8}",
        "Київ Ї й ё Ё", "Zelens\u{2019}kyi – «Kyiv»", "x\u{301}\u{302}y", "\u{300}start", "ａｂｃ ＡＢＣ ①", "Ⅷ ㎏ ½",
        "ar: عَرَبِيّ", "hi: हिन्दी", "e\u{AD}\u{301}", "A\u{30A}ngstro\u{308}m", "😀 family 👨\u{200D}👩\u{200D}👧",
    ])
    func fastPathAgreesWithWholeStringPipeline(text: String) {
        for folding in [CaseFolding.standard, .turkic] {
            let fast = MatchKey(text, folding: folding).bytes
            let whole = KeyFold.key(of: text.unicodeScalars.map(\.value), folding: folding)
            #expect(fast == whole, "\(text) \(folding)")
        }
    }

    @Test func growsPastTheFirstCapacityGuess() {
        let text = String(repeating: "\u{FDFA}", count: 50)  // each folds to 18 code points
        let k = MatchKey(text)
        #expect(k.bytes == KeyFold.key(of: text.unicodeScalars.map(\.value), folding: .standard))
        #expect(k.sourceRange(ofKeyRange: 0..<k.bytes.count) == 0..<150)
    }

    @Test func everyKeyRangeMapsInsideTheSource() {
        let text = "Tür\u{AD}kiye’s ﬁne İstanbul Київ Tu\u{308}rkiye"
        let k = MatchKey(text)
        var previousStart = 0
        for offset in 0..<k.bytes.count {
            let start = k.sourceOffset(ofKeyOffset: offset)
            #expect(start >= previousStart)
            previousStart = start
            let r = k.sourceRange(ofKeyRange: offset..<(offset + 1))
            #expect(r.lowerBound >= 0 && r.upperBound <= text.utf8.count && !r.isEmpty)
        }
    }
}

extension MatchKeyTests {
    /// Blocks are keyed in one ICU pass; it must equal keying each code point alone.
    @Test(arguments: [0x0000, 0x0080, 0x0100, 0x0300, 0x0380, 0x0400, 0x0480, 0x0590, 0x0600, 0x1E00, 0x1F80, 0x2000, 0x2100,
                      0x3000, 0x3300, 0x4E00, 0xAC00, 0xD780, 0xFB00, 0xFF00, 0x1D400])
    func batchedBlockKeysEqualSingleKeys(start: Int) {
        let scalars = (UInt32(start)..<UInt32(start + 128)).filter { Unicode.Scalar($0) != nil }
        for folding in [CaseFolding.standard, .turkic] {
            let batched = KeyFold.keys(ofEach: scalars, folding: folding)
            for (cp, key) in zip(scalars, batched) where cp != 0 {
                #expect(key == KeyFold.key(of: [cp], folding: folding), "U+\(String(cp, radix: 16)) \(folding)")
            }
        }
    }
}

extension MatchKeyTests {
    @Test func cursorGivesTheSameRangesInOrder() {
        let text = "Tür\u{AD}kiye’s ﬁne İstanbul Київ Tu\u{308}rkiye Straße KYIV’S"
        let k = MatchKey(text)
        var cursor = 0
        var ranges: [Range<Int>] = []
        var start = 0
        while start < k.bytes.count {
            let end = min(k.bytes.count, start + 3)
            ranges.append(start..<end)
            start = end
        }
        for r in ranges {
            #expect(k.sourceRange(ofKeyRange: r, cursor: &cursor) == k.sourceRange(ofKeyRange: r), "\(r)")
        }
        var fresh = 0
        #expect(k.sourceRange(ofKeyRange: 5..<9, cursor: &fresh) == k.sourceRange(ofKeyRange: 5..<9))
        #expect(k.sourceRange(ofKeyRange: 0..<2, cursor: &fresh) == k.sourceRange(ofKeyRange: 0..<2))  // backwards still right
    }
}
