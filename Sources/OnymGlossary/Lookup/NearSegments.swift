/// The index behind fuzzy lookups in a store or an indexed ``GlossaryLookup``, without a scan (the PassJoin idea):
/// a key of n letters is cut into m = 5 parts (3 when it has fewer than 5
/// letters). Each edit of Damerau–Levenshtein (an insertion, deletion,
/// substitution or swap of neighbours) changes at most two parts, so a key
/// within 2 edits of a query keeps at least one part intact, at a position
/// that moved by at most 2. A lookup asks for every piece of the query that
/// could be such a part, then measures the few keys found.
public enum NearSegments {
    /// An indexed part: the key's length, the part's number, and its text.
    public struct Segment: Sendable, Hashable {
        public let length: Int
        public let index: Int
        public let text: String
    }

    /// Keys shorter than this are not indexed (lookups go fuzzy from 4 letters).
    package static let minimumLength = 3
    package static let maximumEdits = 2

    package static func parts(_ n: Int) -> Int { n >= 5 ? 5 : 3 }

    /// Start and length of each part of a key of `n` scalars.
    package static func bounds(_ n: Int) -> [(start: Int, length: Int)] {
        let m = parts(n)
        let base = n / m, longer = n % m  // the last `longer` parts are one longer
        var out: [(Int, Int)] = []
        var start = 0
        for i in 0..<m {
            let length = base + (i >= m - longer ? 1 : 0)
            out.append((start, length))
            start += length
        }
        return out
    }

    /// The parts a key is filed under.
    public static func segments(ofKey key: [Unicode.Scalar]) -> [Segment] {
        guard key.count >= minimumLength else { return [] }
        return bounds(key.count).enumerated().map { i, b in
            Segment(length: key.count, index: i, text: String(String.UnicodeScalarView(key[b.start..<(b.start + b.length)])))
        }
    }

    /// Every piece of `query` that an indexed key within `limit` edits may share with it. An intact
    /// part moved by δ (insertions less deletions before it) and the key's length differs from the
    /// query's by Δ; the edits before and after the part number at least |δ| + |Δ − δ|, which
    /// leaves few places to look (3 of 5 when the lengths are equal and `limit` is 2).
    public static func probes(forQuery query: [Unicode.Scalar], limit: Int) -> [Segment] {
        var out = Set<Segment>()
        for n in max(minimumLength, query.count - limit)...(query.count + limit) {
            let delta = query.count - n
            for (i, b) in bounds(n).enumerated() where b.length > 0 {
                for shift in -limit...limit where abs(shift) + abs(delta - shift) <= limit {
                    let p = b.start + shift
                    guard p >= 0, p + b.length <= query.count else { continue }
                    out.insert(Segment(length: n, index: i, text: String(String.UnicodeScalarView(query[p..<(p + b.length)]))))
                }
            }
        }
        return Array(out)
    }
}
