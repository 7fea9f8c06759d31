/// The folded form of a text that names are matched on, with a map from every
/// key position back to the original UTF-8 bytes.
///
/// Folding: NFKC; default-ignorable code points removed (soft hyphen,
/// zero-width characters, bidi marks); apostrophes unified to `'`, dashes to
/// `-` and quotation marks to `"` (``Typography``); case folded (Turkic `I`/`İ` for `tr` and `az`); diacritics removed
/// (NFD, nonspacing marks dropped).
///
/// ```swift
/// let key = MatchKey("Tür\u{AD}kiye’s", language: "en")
/// key.string                                   // "turkiye's"
/// key.sourceRange(ofKeyRange: 0..<7)           // 0..<10: "Tür\u{AD}kiye" in the original bytes
/// ```
///
/// ASCII runs are folded by a byte loop with a table; only code points
/// outside ASCII reach ``KeyTable`` (ICU once per block of code points) and
/// only combining sequences reach ICU directly.
///
/// Two keys are equal when their folded bytes are equal; the maps are not compared.
public struct MatchKey: Sendable, Hashable, CustomStringConvertible {
    /// The key, UTF-8 encoded.
    public let bytes: [UInt8]
    /// The length in bytes of the text the key was made from.
    public let sourceLength: Int
    /// Runs of key bytes and the source bytes they came from, in order.
    let segments: [KeySegment]
    /// Bit k (of word k / 64) set when key byte k is not the source byte it stands for as it
    /// stands: lower-cased, from a byte that is not ASCII, or after a character that folded
    /// to nothing. Set more often than needed is harmless; never unset when it should be.
    @usableFromInline let altered: [UInt64]

    /// The key of a string, folded for `language` (a BCP 47 tag such as `tr` or `en-GB`).
    public init(_ text: String, language: String) {
        self.init(text, folding: CaseFolding(language: language))
    }

    /// The key of a string with the given case folding.
    public init(_ text: String, folding: CaseFolding = .standard) {
        var text = text
        // A Swift string is valid UTF-8, so building its key cannot fail.
        self = text.withUTF8 { try! MatchKey(utf8: $0, folding: folding) }
    }

    /// The key of UTF-8 bytes; throws ``TextError/invalidUTF8(offset:)`` on a bad sequence.
    public init(utf8 bytes: [UInt8], folding: CaseFolding = .standard) throws(TextError) {
        let result: Result<MatchKey, TextError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(TextError) { return .success(try MatchKey(utf8: buffer, folding: folding)) } catch { return .failure(error) }
        }
        self = try result.get()
    }

    /// The key of a UTF-8 buffer; throws ``TextError/invalidUTF8(offset:)`` on a bad sequence.
    public init(utf8 buffer: UnsafeBufferPointer<UInt8>, folding: CaseFolding = .standard) throws(TextError) {
        var capacity = buffer.count + buffer.count / 4 + 64
        while true {
            // Folding rarely grows text by more than a quarter (ß → ss, ﬁ → fi); when it
            // does, start again with more room rather than check growth on every byte.
            if let built = try MatchKeyBuilder.build(buffer, folding: folding, capacity: capacity) {
                self = built
                return
            }
            capacity *= 2
        }
    }

    init(bytes: [UInt8], segments: [KeySegment], sourceLength: Int, altered: [UInt64]) {
        self.bytes = bytes
        self.segments = segments
        self.sourceLength = sourceLength
        self.altered = altered
    }

    /// True when the key bytes `range` (of fewer than 64 bytes; a longer range is not asked) are the source's own bytes, one for
    /// one and nothing between them: the text has that lower-case ASCII word as the key has it.
    /// A scan asks it of every word it passes: most words of a text need no more than that
    /// to be told they are neither capitalised nor written in another script.
    @inlinable
    public func isVerbatim(_ range: Range<Int>) -> Bool {
        let count = range.count
        guard count > 0, count < 64 else { return count == 0 }
        return altered.withUnsafeBufferPointer { words in
            let w = range.lowerBound >> 6, s = range.lowerBound & 63
            // Two words hold the 64 bits from any start (the array has a word to spare at its end).
            let window = words[w] >> s | (s == 0 ? 0 : words[w + 1] << (64 - s))
            return window & ((1 << UInt64(count)) - 1) == 0
        }
    }

    /// The key as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The key of `text` as a string, without the map back to the source: what a lookup
    /// compares. ASCII text is folded straight into the string.
    public static func string(of text: String, folding: CaseFolding = .standard) -> String {
        let utf8 = text.utf8
        let turkicI = folding == .turkic && utf8.contains(UInt8(ascii: "I"))
        guard !turkicI, utf8.allSatisfy({ $0 < 0x80 }) else { return MatchKey(text, folding: folding).string }
        return MatchKeyBuilder.asciiMap.withUnsafeBufferPointer { map in
            String(unsafeUninitializedCapacity: utf8.count) { out in
                var o = 0
                for b in utf8 { out[o] = map[Int(b)]; o += 1 }
                return o
            }
        }
    }

    /// Appends the key of `text` to `out`, without the map back to the source: a matcher's
    /// compile makes half a million keys. ASCII text is folded straight into `out`.
    public static func append(keyOf text: String, folding: CaseFolding = .standard, to out: inout [UInt8]) {
        let utf8 = text.utf8
        let turkicI = folding == .turkic && utf8.contains(UInt8(ascii: "I"))
        guard !turkicI, utf8.allSatisfy({ $0 < 0x80 }) else {
            out += MatchKey(text, folding: folding).bytes
            return
        }
        MatchKeyBuilder.asciiMap.withUnsafeBufferPointer { map in
            for b in utf8 { out.append(map[Int(b)]) }
        }
    }

    public var description: String { string }

    /// The range of original bytes that the key bytes `range` came from.
    ///
    /// A key range that starts or ends inside the key of one source character
    /// (ﬁ → fi) widens to that whole character; characters that folded to
    /// nothing at the edges of the range (a soft hyphen before or after it) are
    /// left out, and those inside it are kept.
    public func sourceRange(ofKeyRange range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "key range out of bounds")
        let start = sourceOffset(ofKeyOffset: range.lowerBound)
        guard !range.isEmpty else { return start..<start }
        let last = segments[segmentIndex(containing: range.upperBound - 1)]
        let end = last.isLinear ? last.sourceStart + (range.upperBound - last.keyStart) : last.sourceEnd
        return start..<end
    }

    /// ``sourceRange(ofKeyRange:)`` for ranges asked in increasing order, as a scan
    /// over a text asks them: `cursor` (start at 0) remembers the segment reached,
    /// so each answer costs a step or two instead of a binary search.
    public func sourceRange(ofKeyRange range: Range<Int>, cursor: inout Int) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "key range out of bounds")
        // Most ranges lie inside the byte-for-byte segment the cursor is on (a text's ASCII
        // runs are long): answered from that segment alone, as the steps below would.
        if cursor < segments.count {
            let segment = segments[cursor]
            if segment.isLinear, segment.keyStart <= range.lowerBound, range.lowerBound < segment.keyEnd, range.upperBound <= segment.keyEnd {
                let shift = segment.sourceStart - segment.keyStart
                return (range.lowerBound + shift)..<(range.upperBound + shift)
            }
        }
        if range.lowerBound >= bytes.count { return sourceLength..<sourceLength }
        func advance(_ offset: Int) -> Int {
            if cursor >= segments.count || segments[cursor].keyStart > offset { cursor = segmentIndex(containing: offset) }
            while cursor + 1 < segments.count, segments[cursor + 1].keyStart <= offset { cursor += 1 }
            return cursor
        }
        let first = segments[advance(range.lowerBound)]
        let start = first.isLinear ? first.sourceStart + (range.lowerBound - first.keyStart) : first.sourceStart
        guard !range.isEmpty else { return start..<start }
        var probe = cursor
        while probe + 1 < segments.count, segments[probe + 1].keyStart <= range.upperBound - 1 { probe += 1 }
        let last = segments[probe]
        let end = last.isLinear ? last.sourceStart + (range.upperBound - last.keyStart) : last.sourceEnd
        return start..<end
    }

    /// The original byte offset where the key byte at `offset` starts (the source length at the end).
    public func sourceOffset(ofKeyOffset offset: Int) -> Int {
        if offset >= bytes.count { return sourceLength }
        let segment = segments[segmentIndex(containing: offset)]
        return segment.isLinear ? segment.sourceStart + (offset - segment.keyStart) : segment.sourceStart
    }

    private func segmentIndex(containing offset: Int) -> Int {
        var low = 0, high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].keyStart <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    public static func == (a: MatchKey, b: MatchKey) -> Bool { a.bytes == b.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}

/// Key bytes `keyStart..<keyEnd` came from source bytes `sourceStart..<sourceEnd`.
/// A linear segment maps byte for byte; any other maps only as a whole.
struct KeySegment: Sendable, Equatable {
    var keyStart: Int
    var keyEnd: Int
    var sourceStart: Int
    var sourceEnd: Int
    var isLinear: Bool
}
