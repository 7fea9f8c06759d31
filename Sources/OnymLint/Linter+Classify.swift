import OnymGlossary
import OnymText

extension Linter {
    /// The finding for a matched name, or nil when the name is right where it stands.
    func classify(_ text: [UInt8], name: Range<Int>, suffix: Range<Int>, value: Int, lines: LineIndex) -> Finding? {
        // Most names in a text are right as they stand: their bytes are a good form's.
        if matcher.hasGoodForm(value, writtenAs: text[name]) {
            guard let apostrophe, Self.mayHaveOtherApostrophe(than: apostrophe, text[name.lowerBound..<suffix.upperBound]) else { return nil }
        }
        var refs = matcher.refs(value)
        // Another language's form in another script is a quotation (Odesa (Одеса)), unless the house flags them.
        if !flagsForeignScript {
            refs.removeAll { $0.quotation }
            if refs.isEmpty { return nil }
        }
        let found = String(decoding: text[name], as: UTF8.self)
        let suffixText = String(decoding: text[suffix], as: UTF8.self)
        let visible: String, hasInvisible: Bool
        if Self.isPlainNFC(text[name]) {
            (visible, hasInvisible) = (found, false)
        } else {
            visible = Normalizer.normalize(String(String.UnicodeScalarView(found.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint })), to: .nfc)
            hasInvisible = visible.unicodeScalars.count != found.unicodeScalars.count
                && found.unicodeScalars.contains { $0.properties.isDefaultIgnorableCodePoint }
        }
        // Apostrophes, hyphens, quotation marks and spaces are typography, not spelling.
        let plainVisible = Typography.plain(visible)
        let exact = refs.filter { $0.form == visible || Typography.plain($0.form) == plainVisible }
        // In an inflected language an ending may change the stem (Киев-і → Києв-і): no suggestion then.
        let inflected = (matcher.inflected && suffixText.unicodeScalars.first?.properties.isAlphabetic == true)
            || exact.contains { $0.inflected }
        // The text's typography for the suggestion: the name's own, else — when the suggestion
        // has an apostrophe and the name none — the apostrophe written near it.
        let model = found + suffixText
        func styledSuggestion(_ suggestion: String) -> String {
            var model = model
            if apostrophe == nil, Self.hasApostrophe(suggestion), !Self.hasApostrophe(model),
               let nearby = Self.apostrophe(near: name, in: text) {
                model.unicodeScalars.append(nearby)
            }
            return styledLike(model, suggestion)
        }
        // The suffix is the text's own ('s after Tret’yakov stays 's): only a house apostrophe changes it.
        let suffixAsWritten = apostrophe.map { Typography.with($0, suffixText) } ?? suffixText
        func finding(_ ref: TermRef, _ kind: FindingKind, suggestion: String?) -> Finding {
            let styled = suggestion.map(styledSuggestion)
            return make(text, start: name.lowerBound, end: suffix.upperBound, found: found.followed(by: suffixText),
                        suggestion: inflected ? nil : styled.map { $0.followed(by: suffixAsWritten) }, concept: ref.concept, kind: kind, lines: lines,
                        detail: inflected ? styled.map { "inflected; write the form of \($0)" } : nil, period: ref.period)
        }
        if let good = exact.first(where: { $0.status.isGood }) {
            if hasInvisible { return finding(good, .invisible, suggestion: good.form) }
            // Right but for the house's apostrophe: the text as it is, with the house's.
            guard let apostrophe, Typography.hasOtherApostrophe(than: apostrophe, in: found + suffixText) else { return nil }
            return make(text, start: name.lowerBound, end: suffix.upperBound, found: found + suffixText,
                        suggestion: Typography.with(apostrophe, found + suffixText), concept: good.concept, kind: .typography, lines: lines,
                        detail: "the house writes \(apostrophe.rawValue) apostrophes (\(apostrophe.scalar))")
        }
        if let bad = exact.first(where: { $0.status == .forbidden }) {
            return finding(bad, .forbidden, suggestion: preferred(of: bad, like: visible))
        }
        if let bad = exact.first(where: { $0.status == .variant || $0.status == .generated }) {
            // A form that is a good form of its concept but for diacritics (Turkiye, listed or
            // generated) is a diacritics finding; only other spellings are variants.
            if let good = refs.first(where: { $0.concept == bad.concept && ($0.status == .preferred || $0.status == .admitted) }),
               CaseShape.fold(Typography.plain(good.form)) != CaseShape.fold(plainVisible) {
                return finding(good, .diacritics, suggestion: CaseShape.apply(shapeOf: visible, to: good.form, locale: matcher.caseLocale))
            }
            return finding(bad, .variant, suggestion: preferred(of: bad, like: visible))
        }
        // Equal keys, different forms: case, diacritics, or a variant written otherwise.
        let folded = CaseShape.fold(plainVisible)
        let goods = refs.filter { $0.status.isGood }
        if let good = goods.first(where: { CaseShape.fold(Typography.plain($0.form)) == folded }) {
            if CaseShape.isAllCaps(visible) || good.status == .allowed { return nil }
            // A lower-case word can be a common noun (china, jersey, chad): only names of
            // people, places and organisations are checked for it. A name of several words
            // in lower case (sri lanka, guinea-bissau) is no common noun: checked whatever its kind.
            if CaseShape.isAllLowercase(visible) && !plainVisible.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D })
                && ![.person, .place, .organisation].contains(kind(of: good)) { return nil }
            return finding(good, .case, suggestion: good.form)
        }
        if let good = goods.first(where: { $0.status != .allowed }) {
            // Another case and other diacritics at once (mus for Muş): a word of its own, not the name.
            if CaseShape.isCapitalised(good.form) && CaseShape.isAllLowercase(visible) { return nil }
            return finding(good, .diacritics, suggestion: CaseShape.apply(shapeOf: visible, to: good.form, locale: matcher.caseLocale))
        }
        if !goods.isEmpty { return nil }
        if let foreign = exact.first(where: { $0.status == .foreign }) {
            return finding(foreign, .variant, suggestion: preferred(of: foreign, like: visible))
        }
        guard let bad = refs.first(where: { !$0.status.isGood }) else { return nil }
        // A capitalised variant matches only capitalised text: Turkey, not the bird.
        if CaseShape.isCapitalised(bad.form) && !CaseShape.isCapitalised(visible) { return nil }
        return finding(bad, bad.status == .forbidden ? .forbidden : .variant, suggestion: preferred(of: bad, like: visible))
    }

    /// `form` written with the typography of the text it replaces (`found`), and with the house's
    /// apostrophe when it has one: a fix never changes a text's apostrophe, hyphen or space style.
    func styledLike(_ found: String, _ form: String) -> String {
        let styled = Typography.styled(form, like: found)
        return apostrophe.map { Typography.with($0, styled) } ?? styled
    }

    /// True when `bytes` are NFC and hold no default-ignorable code point, told from the bytes
    /// alone for ASCII, Latin (U+00C0–02FF) and Cyrillic (U+0400–053F), none of which NFC
    /// changes or Unicode ignores; other text is asked of ICU.
    static func isPlainNFC(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0xC0 || ($0 >= 0xC3 && $0 <= 0xCB) || ($0 >= 0xD0 && $0 <= 0xD4) }
    }

    /// True when `s` has an apostrophe of any kind.
    static func hasApostrophe(_ s: String) -> Bool {
        if s.utf8.contains(0x27) { return true }
        return Typography.mayHaveStyledCharacters(s) && s.unicodeScalars.contains { Typography.class(of: $0) == .apostrophe }
    }

    /// The apostrophe the text writes around `name` (within 256 bytes each side, so that a
    /// finding costs the same whatever the text's size): ' or ’, whichever is more frequent; nil when neither is there.
    static func apostrophe(near name: Range<Int>, in text: [UInt8]) -> Unicode.Scalar? {
        var straight = 0, curly = 0
        var i = max(0, name.lowerBound - 256)
        let end = min(text.count, name.upperBound + 256)
        while i < end {
            if text[i] == 0x27 { straight += 1 } else if text[i] == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0x99 { curly += 1 }
            i += 1
        }
        if straight == 0 && curly == 0 { return nil }
        return straight > curly ? "'" : "\u{2019}"
    }

    /// False when `bytes` surely hold no apostrophe but `apostrophe`: told from bytes, since
    /// this runs for names that are right (U+0027, and the lead bytes of the others).
    static func mayHaveOtherApostrophe(than apostrophe: Typography.Apostrophe, _ bytes: ArraySlice<UInt8>) -> Bool {
        for b in bytes {
            if b == 0x27 || b == 0x60 { if apostrophe != .straight { return true } }
            else if b == 0xE2 || b == 0xCA || b == 0xC2 { return true }  // ’ ′, ʼ ʹ, ´ (and others: checked exactly after)
        }
        return false
    }

    func kind(of ref: TermRef) -> ConceptKind { matcher.concepts.kind(ref.concept) }

    /// The concept's preferred form in the document's language, in the case shape of `found`;
    /// for a name of several words, the good form with as many words when there is one
    /// (Volodymyr Zelensky → Volodymyr Zelenskyy, not Zelenskyy).
    func preferred(of ref: TermRef, like found: String) -> String? {
        let good = matcher.concepts.good(ref.concept)
        guard let preferred = good.first else { return nil }
        let words = Self.wordCount(found)
        let form = good.count == 1 ? preferred : good.first { Self.wordCount($0) == words } ?? preferred
        return CaseShape.apply(shapeOf: found, to: form, locale: matcher.caseLocale)
    }

    /// The words of `s` between spaces (as splitting at spaces counts them), from its bytes.
    static func wordCount(_ s: String) -> Int {
        var count = 0, inWord = false
        for b in s.utf8 {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// A finding with its position and message.
    /// `period` is when the glossary dates the form's status ("Kiev → Kyiv (variant since
    /// 2019-08-14, AP; of place …)").
    func make(_ text: [UInt8], start: Int, end: Int, found: String, suggestion: String?, concept: Int, kind: FindingKind,
              lines: LineIndex, detail: String? = nil, period: String = "") -> Finding {
        let c = matcher.concepts[concept]
        let (line, column) = lines.position(of: start)
        // found → suggestion (kind[ period;] of KIND "id"[: detail][; note]), joined as bytes
        // in one string (``String/concatenating(_:)``): interpolations and `+` cost a third of
        // a finding on a text full of them.
        var parts: [String] = []
        parts.reserveCapacity(18)
        parts.append(found)
        if let suggestion {
            parts.append(" → ")
            parts.append(suggestion)
        }
        parts.append(" (")
        parts.append(kind.rawValue)
        if !period.isEmpty {
            parts.append(" ")
            parts.append(period)
            parts.append(";")
        }
        parts.append(" of ")
        parts.append(c.kind.rawValue)
        parts.append(" \"")
        parts.append(c.id)
        parts.append("\"")
        if let detail {
            parts.append(": ")
            parts.append(detail)
        }
        if let note = c.note {
            parts.append("; ")
            parts.append(note)
        }
        parts.append(")")
        let message = String.concatenating(parts)
        return Finding(line: line, column: column, byteOffset: start, length: found.unicodeScalars.count, found: found,
                       suggestion: suggestion, concept: c.id, kind: kind, severity: kind.defaultSeverity, message: message)
    }
}
