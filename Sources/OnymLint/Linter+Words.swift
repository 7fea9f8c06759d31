import OnymGlossary
import OnymText

extension Linter {
    /// Look-alikes (mixed scripts) and near misses among the words no form matched.
    func wordChecks(_ text: [UInt8], key: MatchKey, base: Int, covered: [Range<Int>], lines: LineIndex,
                    skip: ExcludedRanges) -> [Finding] {
        let k = key.bytes
        var findings: [Finding] = []
        var coveredIndex = 0
        var cursor = 0
        var i = 0
        while i < k.count {
            guard KeyText.isWordStart(k, i) else { i += KeyText.scalarLength(k[i]); continue }
            let end = KeyText.wordEnd(k, from: i)
            defer { i = end }
            while coveredIndex < covered.count, covered[coveredIndex].upperBound <= i { coveredIndex += 1 }
            if coveredIndex < covered.count, covered[coveredIndex].overlaps(i..<end) { continue }
            let source = key.sourceRange(ofKeyRange: i..<end, cursor: &cursor).shifted(by: base)
            // Most words are lower-case ASCII: neither a look-alike nor a capitalised near miss.
            let first = text[source.lowerBound]
            if first >= 0x61, first <= 0x7A, !text[source].contains(where: { $0 >= 0x80 }) { continue }
            if !fuzzy, !text[source].contains(where: { $0 >= 0x80 }) { continue }
            if skip.overlaps(source) { continue }
            let word = String(decoding: text[source], as: UTF8.self)
            if source.count != word.unicodeScalars.count, let f = confusable(word, text, source, lines) {
                findings.append(f)
                continue
            }
            if fuzzy, let f = misspelling(word, key: String(decoding: k[i..<end], as: UTF8.self), k: k, end: end, key, base, text, source, lines) {
                findings.append(f)
            }
        }
        return findings
    }

    /// A word mixing scripts whose skeleton is a good form's.
    func confusable(_ word: String, _ text: [UInt8], _ source: Range<Int>, _ lines: LineIndex) -> Finding? {
        let analysis = Confusables.analyze(word)
        guard analysis.isMixedScript, let target = matcher.skeletons.target(skeleton: Confusables.skeleton(word)) else { return nil }
        let odd = analysis.oddCharacters.map { "\($0.character.codePoint) \($0.character.name)" }.joined(separator: ", ")
        return make(text, start: source.lowerBound, end: source.upperBound, found: word, suggestion: target.form,
                    concept: target.concept, kind: .confusable, lines: lines, detail: odd)
    }

    /// A capitalised word within 1 edit (5–8 letters) or 2 (9 or more) of a preferred form,
    /// that is not itself a form, nor a form with a derivational ending (Russia → Russian).
    func misspelling(_ word: String, key wordKey: String, k: [UInt8], end: Int, _ key: MatchKey, _ base: Int, _ text: [UInt8],
                     _ source: Range<Int>, _ lines: LineIndex) -> Finding? {
        guard CaseShape.isCapitalised(word), !matcher.isKnownKey(k[(end - wordKey.utf8.count)..<end]) else { return nil }
        let scalars = Array(wordKey.unicodeScalars)
        let letters = scalars.filter { $0.properties.isAlphabetic }.count
        let limit = letters >= 9 ? 2 : (letters >= 5 ? 1 : 0)
        guard limit > 0 else { return nil }
        // At the start of a sentence every word is capitalised: only a long one (7 letters or
        // more) is taken for a name there, so that Below, Human or Steps are not near misses.
        if letters < 7, KeyText.startsSentence(k, end - wordKey.utf8.count) { return nil }
        guard let best = matcher.fuzzy.near(scalars, limit: limit).first(where: { !isDerived(scalars, from: $0.entry.key) })?.entry else {
            return nil
        }
        // A suffix of the language stays attached (Türkye's → Türkiye's).
        let suffixEnd = suffix(k, at: end) ?? end
        let suffixRange = suffixEnd > end ? key.sourceRange(ofKeyRange: end..<suffixEnd).shifted(by: base) : source.upperBound..<source.upperBound
        let suffixText = String(decoding: text[suffixRange], as: UTF8.self)
        return make(text, start: source.lowerBound, end: suffixRange.upperBound, found: word + suffixText,
                    suggestion: CaseShape.apply(shapeOf: word, to: best.form, locale: matcher.profile.caseLocale) + suffixText,
                    concept: best.concept, kind: .misspelling, lines: lines)
    }

    /// True when `word` is `form` (or `form` without its last letter) plus a derivational ending of
    /// the language, or ends in such an ending that `form` lacks (Ukrainian is not a slip for Ukrainka).
    func isDerived(_ word: [Unicode.Scalar], from form: [Unicode.Scalar]) -> Bool {
        let endings = matcher.derivationalEndings
        for stem in [form, Array(form.dropLast())] where word.count > stem.count && Array(word.prefix(stem.count)) == stem {
            if endings.contains(Array(word.dropFirst(stem.count))) { return true }
        }
        return endings.contains { e in e.count >= 2 && word.count > e.count + 2 && word.suffix(e.count).elementsEqual(e) && !form.suffix(e.count).elementsEqual(e) }
    }
}
