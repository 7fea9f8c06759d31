/// The byte loop behind ``MatchKey``: ASCII through a table, every other code
/// point through ``KeyTable``, combining sequences through ``KeyFold``.
enum MatchKeyBuilder {
    /// ASCII folded: A–Z lower-cased, the grave accent unified to an apostrophe.
    static let asciiMap: [UInt8] = (0..<128).map { b -> UInt8 in
        switch UInt8(b) {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(b) + 0x20
        case UInt8(ascii: "`"): UInt8(ascii: "'")
        default: UInt8(b)
        }
    }

    /// Returns nil when the key does not fit in `capacity` bytes.
    static func build(
        _ source: UnsafeBufferPointer<UInt8>, folding: CaseFolding, capacity: Int
    ) throws(TextError) -> MatchKey? {
        let n = source.count
        guard n > 0, let p = source.baseAddress else {
            return MatchKey(bytes: [], segments: [], sourceLength: 0, altered: [])
        }
        // In Turkic folding, I becomes ı (two bytes), so it takes the table path.
        let special: UInt8 = folding == .turkic ? UInt8(ascii: "I") : 0xFF
        let table = KeyTable.shared(folding)
        var segments: [KeySegment] = []
        var failure: TextError?
        var overflow = false
        // A bit per key byte that is not its source byte as it stands (see ``MatchKey/isVerbatim(_:)``).
        var altered = [UInt64](repeating: 0, count: capacity / 64 + 2)

        let bytes = altered.withUnsafeMutableBufferPointer { altered in asciiMap.withUnsafeBufferPointer { map in
            [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
                let dst = out.baseAddress!
                var i = 0, o = 0
                var runKey = 0, runSource = 0  // start of the current byte-for-byte run
                var blockIndex = -1
                var block: KeyBlock! = nil
                // A character that folded to nothing (a soft hyphen): the key byte after it is marked.
                var dropped = false

                /// Marks key bytes o..<o+8 by the low eight bits of `m`.
                @inline(__always) func mark(_ m: UInt64, at o: Int) {
                    let w = o >> 6, s = o & 63
                    altered[w] |= m << s
                    if s > 56 { altered[w + 1] |= m >> (64 - s) }
                }

                @inline(__always) func lookup(_ cp: UInt32) -> KeyBlock {
                    let index = Int(cp >> KeyBlock.shift)
                    if index != blockIndex {
                        block = table.block(containing: cp)
                        blockIndex = index
                    }
                    return block
                }

                // Eight ASCII bytes at a time: none needs the table (no special I, no grave
                // accent), so they are lower-cased in one register and stored with one write.
                // Most of a news text is such runs, and this loop was a tenth of a lint.
                let ones: UInt64 = 0x0101_0101_0101_0101, high = ones &* 0x80
                let specialBytes = ones &* UInt64(special), grave = ones &* 0x60
                @inline(__always) func hasByte(_ x: UInt64, _ pattern: UInt64) -> Bool {
                    let y = x ^ pattern  // a zero byte where x has the pattern's byte
                    return (y &- ones) & ~y & high != 0
                }
                scan: while i < n {
                    if i + 8 <= n, o + 8 <= capacity {
                        let x = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                        if x & high == 0, !hasByte(x, grave), special == 0xFF || !hasByte(x, specialBytes) {
                            // 0x80 in each byte from A to Z (every byte is below 0x80, so no sum carries).
                            let upper = (x &+ ones &* (0x80 - 0x41)) & ~(x &+ ones &* (0x80 - 0x5B)) & high
                            UnsafeMutableRawPointer(dst + o).storeBytes(of: (x | upper >> 2).littleEndian, as: UInt64.self)
                            // The eight high bits gathered into one byte, one bit a key byte.
                            let folded = ((upper >> 7) &* 0x0102_0408_1020_4080) >> 56 | (dropped ? 1 : 0)
                            if folded != 0 { mark(folded, at: o) }
                            dropped = false
                            o += 8
                            i += 8
                            continue
                        }
                    }
                    let b = p[i]
                    if b < 0x80 && b != special {
                        if o == capacity { overflow = true; break scan }
                        let folded = map[Int(b)]
                        dst[o] = folded
                        if folded != b || dropped { mark(1, at: o) }
                        dropped = false
                        o += 1
                        i += 1
                        continue
                    }
                    // One cluster: a code point and the code points that join it.
                    var start = i
                    let cp: UInt32
                    var end: Int
                    if b < 0x80 {
                        cp = UInt32(b)
                        end = i + 1
                    } else {
                        guard let (c, length) = decode(p, i, n) else { failure = .invalidUTF8(offset: i); break scan }
                        cp = c
                        end = i + length
                    }
                    var scalars: [UInt32] = []
                    if b >= 0x80, lookup(cp).flags[Int(cp) & (KeyBlock.size - 1)] & KeyBlock.joins != 0, o > runKey {
                        // A combining mark after an ASCII letter (NFD "u\u{308}"): take the letter back.
                        start = i - 1
                        o -= 1
                        scalars = [UInt32(p[start]), cp]
                    }
                    if o > runKey {
                        append(&segments, KeySegment(keyStart: runKey, keyEnd: o, sourceStart: runSource, sourceEnd: start, isLinear: true))
                    }
                    while end < n, p[end] >= 0x80 {
                        guard let (next, length) = decode(p, end, n) else { failure = .invalidUTF8(offset: end); break scan }
                        guard lookup(next).flags[Int(next) & (KeyBlock.size - 1)] & KeyBlock.joins != 0 else { break }
                        if scalars.isEmpty { scalars = [cp] }
                        scalars.append(next)
                        end += length
                    }
                    let keyStart = o
                    if scalars.isEmpty {
                        let entry = lookup(cp)
                        let slot = Int(cp) & (KeyBlock.size - 1)
                        let from = Int(entry.offsets[slot]), to = Int(entry.offsets[slot + 1])
                        if o + (to - from) > capacity { overflow = true; break scan }
                        for k in from..<to { dst[o] = entry.bytes[k]; o += 1 }
                        if o > keyStart {
                            let linear = entry.flags[slot] & KeyBlock.sameLength != 0
                            append(&segments, KeySegment(keyStart: keyStart, keyEnd: o, sourceStart: start, sourceEnd: end, isLinear: linear))
                        }
                    } else {
                        let key = KeyFold.key(of: scalars, folding: folding)
                        if o + key.count > capacity { overflow = true; break scan }
                        for byte in key { dst[o] = byte; o += 1 }
                        if o > keyStart {
                            append(&segments, KeySegment(keyStart: keyStart, keyEnd: o, sourceStart: start, sourceEnd: end, isLinear: false))
                        }
                    }
                    // Every key byte of a cluster is marked, and a cluster with none marks the next.
                    for k in keyStart..<o { mark(1, at: k) }
                    dropped = o == keyStart
                    i = end
                    runKey = o
                    runSource = i
                }
                if failure == nil, !overflow, o > runKey {
                    append(&segments, KeySegment(keyStart: runKey, keyEnd: o, sourceStart: runSource, sourceEnd: n, isLinear: true))
                }
                count = o
            }
        } }
        if let failure { throw failure }
        if overflow { return nil }
        return MatchKey(bytes: bytes, segments: segments, sourceLength: n, altered: altered)
    }

    /// Appends a segment, merging it into the previous one when both map byte for byte.
    @inline(__always)
    static func append(_ segments: inout [KeySegment], _ segment: KeySegment) {
        if segment.isLinear, let last = segments.last, last.isLinear,
           last.keyEnd == segment.keyStart, last.sourceEnd == segment.sourceStart {
            segments[segments.count - 1].keyEnd = segment.keyEnd
            segments[segments.count - 1].sourceEnd = segment.sourceEnd
        } else {
            segments.append(segment)
        }
    }

    /// Decodes the UTF-8 sequence at `i` (RFC 3629: no overlongs, surrogates or values past U+10FFFF).
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (UInt32, Int)? {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        @inline(__always) func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            guard i + k < n else { return nil }
            let b = p[i + k]
            return b >= low && b <= high ? UInt32(b & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = cont(1) else { return nil }
            return (UInt32(b0 & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            guard let c1 = cont(1, low, high), let c2 = cont(2) else { return nil }
            return (UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2, 3)
        case 0xF0...0xF4:
            let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            guard let c1 = cont(1, low, high), let c2 = cont(2), let c3 = cont(3) else { return nil }
            return (UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        default:
            return nil
        }
    }
}
