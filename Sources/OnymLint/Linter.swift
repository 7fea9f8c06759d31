#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OnymGlossary
import OnymText

/// Finds the names in a text that do not follow the glossary.
///
/// ```swift
/// let linter = Linter(matcher: CompiledMatcher(set: try GlossarySet.bundled(), language: "en"))
/// let findings = try linter.lint(Array("Talks in Kiev.".utf8))
/// findings[0].suggestion  // "Kyiv"
/// ```
///
/// The text's match key is computed once; the compiled trie is walked along it
/// from each word start (longest match first, whole words only, a profile
/// suffix may follow); each match is then classified against the forms that
/// share its key. Words no form matched are checked once more for look-alikes
/// (mixed scripts) and, when `fuzzy` is on, near misses of preferred forms.
public struct Linter: Sendable {
    public let matcher: CompiledMatcher
    /// Report unlisted near misses (`misspelling`).
    public var fuzzy: Bool
    /// Severities that replace a kind's default; nil turns the kind off.
    public var severities: [FindingKind: Severity?] = [:]
    /// The house's apostrophe: another one in a name is a `typography` finding. Nil (the
    /// default): apostrophes, like hyphens and spaces, are the writer's choice.
    public var apostrophe: Typography.Apostrophe?
    /// True reports another language's form in another script than the text's (Одеса in
    /// English) as a variant; by default it is a quotation and not reported.
    public var flagsForeignScript = false
    /// The house rule for renamed names (``FirstMention``); nil: none. Applied to whole
    /// documents (``lint(_:scope:language:linter:)``).
    public var firstMention: FirstMention?
    /// Threads for the pieces of one large text (files checked in parallel use 1 each).
    public var jobs = 1
    /// Near misses already looked up, shared by copies of this linter.
    let nearMisses = NearMissMemo()

    public init(matcher: CompiledMatcher, fuzzy: Bool = true, severities: [FindingKind: Severity?] = [:]) {
        self.matcher = matcher
        self.fuzzy = fuzzy
        self.severities = severities
    }

    /// Texts are checked in pieces of about this many bytes, cut after a line break, so
    /// that a large file's match key and its map are never held whole.
    public static let chunkSize = 1 << 20
    /// The piece size of this linter (tests make it small to cut small texts).
    var pieceSize = Linter.chunkSize
    /// The bytes of a piece folded and scanned at a time (whole lines: a run ends after a line
    /// break); tests make it small.
    var runSize = 1 << 16

    /// Findings in `text`, in offset order; `excluded` byte ranges are not checked.
    public func lint(_ text: [UInt8], excluded: [Range<Int>] = []) throws(LintError) -> [Finding] {
        let lines = LineIndex(text)
        let skip = ExcludedRanges(excluded)
        var pieces: [Range<Int>] = []
        var start = 0
        while start < text.count {
            var end = min(text.count, start + pieceSize)
            if end < text.count {
                while end < text.count, text[end] != 0x0A { end += 1 }
                end = min(end + 1, text.count)
            }
            pieces.append(start..<end)
            start = end
        }
        let results = OrderedParallelMap.map(pieces, jobs: jobs) { piece -> Result<[Finding], LintError> in
            do throws(LintError) { return .success(try lint(text, piece: piece, skip: skip, lines: lines)) } catch { return .failure(error) }
        }
        var findings: [Finding] = []
        for result in results { findings += try result.get() }
        return findings.compactMap(configured)
    }

    /// The findings of one piece of `text` (names do not run across line breaks).
    func lint(_ text: [UInt8], piece: Range<Int>, skip: ExcludedRanges, lines shared: LineIndex) throws(LintError) -> [Finding] {
        let lines = shared.forPiece()
        // Folded and scanned in runs of whole lines of about 64 KiB: a run's key, written and
        // then read by the scan, stays in the core's own cache, where a whole piece's key (a
        // megabyte) did not, and a fifth of the scan waited for it to come back from memory.
        var findings: [Finding] = []
        var start = piece.lowerBound
        while start < piece.upperBound {
            var end = min(piece.upperBound, start + runSize)
            if end < piece.upperBound {
                end = text.withUnsafeBytes { all in
                    memchr(all.baseAddress! + end, 0x0A, piece.upperBound - end).map { all.baseAddress!.distance(to: UnsafeRawPointer($0)) + 1 }
                } ?? piece.upperBound
            }
            findings += try lint(text, run: start..<end, skip: skip, lines: lines)
            start = end
        }
        return findings
    }

    /// The findings of a run of whole lines of `text`.
    private func lint(_ text: [UInt8], run piece: Range<Int>, skip: ExcludedRanges, lines: LineIndex) throws(LintError) -> [Finding] {
        let key: MatchKey
        do throws(TextError) {
            key = try text.withUnsafeBufferPointer { all throws(TextError) in
                try MatchKey(utf8: UnsafeBufferPointer(rebasing: all[piece]), folding: matcher.folding)
            }
        } catch {
            var offset = piece.lowerBound
            if case .invalidUTF8(let at) = error { offset += at }
            throw .invalidUTF8(offset: offset, line: lines.position(of: offset).line)
        }
        let base = piece.lowerBound
        let k = key.bytes
        var findings: [Finding] = []
        var i = 0
        var cursor = 0
        let trie = matcher.trie  // once per piece, not once per word
        // The first-word filter asked here, inlined: nineteen words in twenty start no form,
        // and a call for each cost a tenth of the scan.
        let firstWords = matcher.firstWords
        let suffixWalks = !matcher.letterSuffixKeys.isEmpty
        while i < k.count {
            // From word start to word start: a name starts only there.
            guard KeyText.isWordChar(k, at: i) else { i += KeyText.scalarLength(k[i]); continue }
            // The word's end and its hash: an ASCII word of up to 15 bytes from one or two loads
            // of eight (most words), others byte by byte.
            var end = i, hash: UInt64 = 0
            var ascii = true  // set when the word was read from one or two loads: its key is ASCII
            if i + 16 <= k.count {
                let x = UInt64(littleEndian: k.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) })
                let n = KeyText.nonWordBytes(x).trailingZeroBitCount >> 3
                if n < 8 {
                    if k[i + n] < 0x80 {
                        end = i + n
                        hash = WordHash.short(x & ((1 << (8 * UInt64(n))) - 1), count: n)
                    }
                } else {
                    let y = UInt64(littleEndian: k.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self) })
                    let m = KeyText.nonWordBytes(y).trailingZeroBitCount >> 3
                    if m < 8, k[i + 8 + m] < 0x80 {
                        end = i + 8 + m
                        hash = WordHash.long(x, y & ((1 << (8 * UInt64(m))) - 1), count: 8 + m)
                    }
                }
            }
            if end == i {
                ascii = false
                while end < k.count {
                    let b = k[end]
                    if b < 0x80 {
                        guard KeyText.isWordByte(b) else { break }
                        end += 1
                    } else {
                        guard KeyText.isWordScalar(k, at: end) else { break }
                        end += min(KeyText.scalarLength(b), k.count - end)
                    }
                }
                hash = WordHash.of(k, i..<end)
            }
            if suffixWalks || firstWords.mayStart(mixed: hash), let match = match(k, word: i..<end, hash: hash, trie: trie) {
                let name = key.sourceRange(ofKeyRange: i..<match.end, cursor: &cursor).shifted(by: base)
                var suffix = match.suffixEnd > match.end
                    ? key.sourceRange(ofKeyRange: match.end..<match.suffixEnd, cursor: &cursor).shifted(by: base)
                    : name.upperBound..<name.upperBound
                // A suffix in markup (the quote closing alt='Kiev') is not the name's.
                if !suffix.isEmpty, skip.overlaps(suffix) { suffix = name.upperBound..<name.upperBound }
                if !skip.overlaps(name),
                   let finding = classify(text, name: name, suffix: suffix, value: Int(match.value), lines: lines) {
                    findings.append(finding)
                }
                i = match.suffixEnd
            } else {
                // A word no form matched: maybe a look-alike or a near miss. Not when its key is
                // fewer than five ASCII letters: too short for a near miss, and a key that folded
                // to ASCII came from Latin or common letters only, so no mix of scripts. Nor when
                // the text has the word as the key has it (lower-case ASCII, most words): not
                // capitalised, so no near miss, and one script.
                if !(ascii && end - i < 5), !key.isVerbatim(i..<end), let finding = wordCheck(text, key: key, word: i..<end, hash: hash, base: base, cursor: &cursor, lines: lines, skip: skip) {
                    findings.append(finding)
                }
                i = end
            }
        }
        return findings.sorted { $0.byteOffset < $1.byteOffset }
    }

    /// A finding with its configured severity, or nil when its kind is off.
    func configured(_ f: Finding) -> Finding? {
        guard let override = severities[f.kind] else { return f }
        guard let severity = override else { return nil }
        return Finding(line: f.line, column: f.column, byteOffset: f.byteOffset, length: f.length, found: f.found,
                       suggestion: f.suggestion, concept: f.concept, kind: f.kind, severity: severity, message: f.message)
    }

    struct Match {
        let end: Int
        let suffixEnd: Int
        let value: Int32
    }

    /// The longest form that starts with the word `word` of the key (its ``WordHash`` `mixed`).
    @inline(__always)
    func match(_ k: [UInt8], word: Range<Int>, hash mixed: UInt64, trie: ByteTrie) -> Match? {
        // A form's first word plus a letter suffix (Selenskyjs) is walked from the root.
        if !matcher.letterSuffixKeys.isEmpty, mayStartWithSuffix(k[word]) {
            return longestMatch(k, from: word.lowerBound, node: ByteTrie.root, trie: trie)
        }
        guard matcher.firstWords.mayStart(mixed: mixed) else { return nil }
        if word.count > FirstWordNodes.longestWord || matcher.hasMixedSuffixes {
            return longestMatch(k, from: word.lowerBound, node: ByteTrie.root, trie: trie)
        }
        guard let node = matcher.firstWordNodes.node(after: k, word, mixed: mixed) else { return nil }
        return longestMatch(k, from: word.upperBound, node: node, trie: trie)
    }

    /// The longest form that goes through `node` at `start` (the root at a word's start) and
    /// ends at a word end, or before a suffix of the language.
    func longestMatch(_ k: [UInt8], from start: Int, node first: Int32, trie: ByteTrie) -> Match? {
        var node = first
        var j = start
        var best: Match?
        while true {
            if let value = trie.value(node) {
                if let suffixEnd = suffix(k, at: j) {
                    best = Match(end: j, suffixEnd: suffixEnd, value: value)
                } else if KeyText.isWordEnd(k, j) {
                    best = Match(end: j, suffixEnd: j, value: value)
                }
            }
            guard j < k.count, let next = trie.child(node, k[j]) else { return best }
            node = next
            j += 1
        }
    }

    /// True when `word` is a form's first word plus a suffix of letters (Selenskyjs, Києва).
    @inline(__always)
    func mayStartWithSuffix(_ word: ArraySlice<UInt8>) -> Bool {
        for s in matcher.letterSuffixKeys where word.count > s.count && word.suffix(s.count).elementsEqual(s) {
            if matcher.firstWords.mayStart(word.dropLast(s.count)) { return true }
        }
        return false
    }

    /// The end of a suffix of the language that starts at `at` and ends a word.
    func suffix(_ k: [UInt8], at: Int) -> Int? {
        for s in matcher.suffixKeys where at + s.count <= k.count && k[at..<(at + s.count)].elementsEqual(s) {
            if KeyText.isWordEnd(k, at + s.count) { return at + s.count }
        }
        return nil
    }
}
