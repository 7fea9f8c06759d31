import OnymGlossary
import OnymText

extension Linter {
    /// The finding for a matched name, or nil when the name is right where it stands.
    func classify(_ text: [UInt8], name: Range<Int>, suffix: Range<Int>, value: Int, lines: LineIndex) -> Finding? {
        // Most names in a text are right as they stand: their bytes are a good form's.
        if matcher.hasGoodForm(value, writtenAs: text[name]) { return nil }
        let refs = matcher.refs(value)
        let found = String(decoding: text[name], as: UTF8.self)
        let suffixText = String(decoding: text[suffix], as: UTF8.self)
        let visible = Normalizer.normalize(String(String.UnicodeScalarView(found.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint })), to: .nfc)
        let hasInvisible = visible.unicodeScalars.count != found.unicodeScalars.count
            && found.unicodeScalars.contains { $0.properties.isDefaultIgnorableCodePoint }
        let exact = refs.filter { $0.form == visible }
        // In an inflected language an ending may change the stem (Киев-і → Києв-і): no suggestion then.
        let inflected = (matcher.inflected && suffixText.unicodeScalars.first?.properties.isAlphabetic == true)
            || exact.contains { $0.inflected }
        func finding(_ ref: TermRef, _ kind: FindingKind, suggestion: String?) -> Finding {
            make(text, start: name.lowerBound, end: suffix.upperBound, found: found + suffixText,
                 suggestion: inflected ? nil : suggestion.map { $0 + suffixText }, concept: ref.concept, kind: kind, lines: lines,
                 detail: inflected ? suggestion.map { "inflected; write the form of \($0)" } : nil)
        }
        if let good = exact.first(where: { $0.status.isGood }) {
            return hasInvisible ? finding(good, .invisible, suggestion: good.form) : nil
        }
        if let bad = exact.first(where: { $0.status == .forbidden }) {
            return finding(bad, .forbidden, suggestion: preferred(of: bad, like: visible))
        }
        if let bad = exact.first(where: { $0.status == .variant || $0.status == .generated }) {
            return finding(bad, .variant, suggestion: preferred(of: bad, like: visible))
        }
        // Equal keys, different forms: case, diacritics, or a variant written otherwise.
        let folded = CaseShape.fold(visible)
        let goods = refs.filter { $0.status.isGood }
        if let good = goods.first(where: { CaseShape.fold($0.form) == folded }) {
            if CaseShape.isAllCaps(visible) || good.status == .allowed { return nil }
            // A lower-case word can be a common noun (china, jersey, chad): only names of
            // people, places and organisations are checked for it.
            if CaseShape.isAllLowercase(visible) && ![.person, .place, .organisation].contains(kind(of: good)) { return nil }
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
    func make(_ text: [UInt8], start: Int, end: Int, found: String, suggestion: String?, concept: Int, kind: FindingKind,
              lines: LineIndex, detail: String? = nil) -> Finding {
        let c = matcher.concepts[concept]
        let (line, column) = lines.position(of: start)
        let what = "\(kind.rawValue) of \(c.kind.rawValue) \"\(c.id)\"" + (detail.map { ": \($0)" } ?? "") + (c.note.map { "; \($0)" } ?? "")
        let message = (suggestion.map { "\(found) → \($0)" } ?? found) + " (\(what))"
        return Finding(line: line, column: column, byteOffset: start, length: found.unicodeScalars.count, found: found,
                       suggestion: suggestion, concept: c.id, kind: kind, severity: kind.defaultSeverity, message: message)
    }
}
