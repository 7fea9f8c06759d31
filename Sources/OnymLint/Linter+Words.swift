import OnymGlossary
import OnymText

extension Linter {
    /// A look-alike (mixed scripts) or near miss in a word no form matched (`word`: its key
    /// range; `hash`: its ``WordHash``, as the scan computed it).
    func wordCheck(_ text: [UInt8], key: MatchKey, word: Range<Int>, hash: UInt64, base: Int, cursor: inout Int, lines: LineIndex,
                   skip: ExcludedRanges) -> Finding? {
        let k = key.bytes
        let source = key.sourceRange(ofKeyRange: word, cursor: &cursor).shifted(by: base)
        // Most words are lower-case ASCII: neither a look-alike nor a capitalised near miss.
        let lead = text[source.lowerBound]
        if !text[source].contains(where: { $0 >= 0x80 }) {
            // ASCII: no look-alike, and a near miss only when capitalised (most words are not:
            // this returns for them in a few instructions, inlined into the scan).
            guard fuzzy, lead >= 0x41, lead <= 0x5A else { return nil }
            return asciiMisspelling(text, key: key, word: word, hash: hash, base: base, source: source, lines: lines, skip: skip)
        }
        if skip.overlaps(source) { return nil }
        let string = String(decoding: text[source], as: UTF8.self)
        if source.count != string.unicodeScalars.count, let f = confusable(string, text, source, lines) { return f }
        guard fuzzy else { return nil }
        return misspelling(string, key: String(decoding: k[word], as: UTF8.self), hash: hash, k: k, end: word.upperBound, key, base, text, source, lines)
    }

    /// ``misspelling(_:key:hash:k:end:_:_:_:_:_:)`` for a capitalised word of ASCII letters, told
    /// from its bytes: long enough, not a short sentence-initial word, not a form's key, near a
    /// preferred form. No String is made unless it is a near miss (some two million capitalised
    /// words in 100 MB of news, nearly none of them one).
    func asciiMisspelling(_ text: [UInt8], key: MatchKey, word: Range<Int>, hash: UInt64, base: Int, source: Range<Int>, lines: LineIndex,
                          skip: ExcludedRanges) -> Finding? {
        let k = key.bytes
        let letters = k[word].reduce(0) { n, b in n + ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A ? 1 : 0) }
        if letters < 5 || (letters < 7 && KeyText.startsSentence(k, word.lowerBound)) { return nil }
        if skip.overlaps(source) { return nil }
        let wordKeyBytes = k[word]
        if isFormKey(wordKeyBytes, hash: hash) { return nil }
        guard let best = nearestForm(wordKeyBytes, hash: hash, limit: letters >= 9 ? 2 : 1) else { return nil }
        return nearMiss(best, found: String(decoding: text[source], as: UTF8.self), k: k, end: word.upperBound, key, base, text, source, lines)
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
    func misspelling(_ word: String, key wordKey: String, hash: UInt64, k: [UInt8], end: Int, _ key: MatchKey, _ base: Int, _ text: [UInt8],
                     _ source: Range<Int>, _ lines: LineIndex) -> Finding? {
        let wordKeyBytes = k[(end - wordKey.utf8.count)..<end]
        guard CaseShape.isCapitalised(word), !isFormKey(wordKeyBytes, hash: hash) else { return nil }
        let scalars = Array(wordKey.unicodeScalars)
        // ASCII letters are told by their bytes; only other scalars need their properties.
        let letters = scalars.reduce(0) { n, s in
            n + (s.value < 0x80 ? ((s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A ? 1 : 0) : (s.properties.isAlphabetic ? 1 : 0))
        }
        let limit = letters >= 9 ? 2 : (letters >= 5 ? 1 : 0)
        guard limit > 0 else { return nil }
        // At the start of a sentence every word is capitalised: only a long one (7 letters or
        // more) is taken for a name there, so that Below, Human or Steps are not near misses.
        if letters < 7, KeyText.startsSentence(k, end - wordKey.utf8.count) { return nil }
        guard let best = nearestForm(wordKeyBytes, hash: hash, limit: limit, scalars: scalars) else { return nil }
        return nearMiss(best, found: word, k: k, end: end, key, base, text, source, lines)
    }

    /// True when the word with key `bytes` (whose ``WordHash`` is `hash`) is a form's key: a
    /// one-word form's key is its own first word, so the bit set rules most words out without the trie.
    @inline(__always)
    func isFormKey(_ bytes: ArraySlice<UInt8>, hash: UInt64) -> Bool {
        matcher.firstWords.mayStart(mixed: hash) && matcher.isKnownKey(bytes)
    }

    /// The preferred form nearest to the word whose key is `wordKey` (within `limit` edits, not
    /// the word with a derivational ending), from the memo when the word was looked up before.
    func nearestForm(_ wordKey: ArraySlice<UInt8>, hash: UInt64, limit: Int, scalars known: [Unicode.Scalar]? = nil) -> FuzzyIndex.Entry? {
        // Asked and told in two steps, with no closure: a closure had to capture the fuzzy
        // index (eight references retained and released) for every word, though most are
        // already known (news text repeats its unlisted names).
        if let remembered = nearMisses.known(wordKey, hash: hash) { return remembered }
        let scalars = known ?? Array(String(decoding: wordKey, as: UTF8.self).unicodeScalars)
        let found = matcher.fuzzy.near(scalars, limit: limit)
            .first(where: { !Self.isDerived(scalars, from: $0.entry.key, endings: matcher.derivationalEndings) })?.entry
        nearMisses.remember(wordKey, hash: hash, found)
        return found
    }

    /// The finding for `found` (the word at key `end`, text range `source`), a near miss of `best`.
    func nearMiss(_ best: FuzzyIndex.Entry, found word: String, k: [UInt8], end: Int, _ key: MatchKey, _ base: Int, _ text: [UInt8],
                  _ source: Range<Int>, _ lines: LineIndex) -> Finding? {
        // A suffix of the language stays attached (Türkye's → Türkiye's).
        let suffixEnd = suffix(k, at: end) ?? end
        let suffixRange = suffixEnd > end ? key.sourceRange(ofKeyRange: end..<suffixEnd).shifted(by: base) : source.upperBound..<source.upperBound
        let suffixText = String(decoding: text[suffixRange], as: UTF8.self)
        return make(text, start: source.lowerBound, end: suffixRange.upperBound, found: word + suffixText,
                    suggestion: CaseShape.apply(shapeOf: word, to: best.form, locale: matcher.caseLocale) + suffixText,
                    concept: best.concept, kind: .misspelling, lines: lines)
    }

    /// True when `word` is `form` (or `form` without its last letter) plus a derivational ending of
    /// the language, or ends in such an ending that `form` lacks (Ukrainian is not a slip for Ukrainka).
    static func isDerived(_ word: [Unicode.Scalar], from form: [Unicode.Scalar], endings: [[Unicode.Scalar]]) -> Bool {
        for stem in [form, Array(form.dropLast())] where word.count > stem.count && Array(word.prefix(stem.count)) == stem {
            if endings.contains(Array(word.dropFirst(stem.count))) { return true }
        }
        return endings.contains { e in e.count >= 2 && word.count > e.count + 2 && word.suffix(e.count).elementsEqual(e) && !form.suffix(e.count).elementsEqual(e) }
    }
}
