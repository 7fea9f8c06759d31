/// How close a stored source is to a query, and how they differ.
///
/// The score is 100 × (1 − d / max(n, m)), rounded down, where d is the word-level
/// edit distance between the query's n and the source's m tokens compared by match
/// key (numbers all alike), then minus small penalties (``penalties``). Only a source
/// identical to the query scores 100; any other is at most 99.
public struct FuzzyScore: Sendable, Hashable {
    public let score: Int
    public let distance: Int
    public let diff: [WordDiff]
    /// Numbers that differ (query, match), as memoQ points them out.
    public let numbers: [NumberDifference]

    public struct NumberDifference: Sendable, Hashable, Codable {
        public let query: String?
        public let match: String?
    }

    /// A word written with other case or diacritics: 1 each; a number that differs: 2 each;
    /// other punctuation: 1; other inline tags: 1.
    public enum Penalty {
        public static let caseOrDiacritics = 1
        public static let number = 2
        public static let punctuation = 1
        public static let tags = 1
    }

    public static func score(query: SegmentText, match: SegmentText) -> FuzzyScore {
        let a = query.tokens, b = match.tokens
        let n = a.count, m = b.count
        // Levenshtein over the tokens' keys, the whole table kept for the alignment.
        var d = [Int](repeating: 0, count: (n + 1) * (m + 1))
        let w = m + 1
        for i in 0...n { d[i * w] = i }
        for j in 0...m { d[j] = j }
        if n > 0 && m > 0 {
            for i in 1...n {
                for j in 1...m {
                    let cost = a[i - 1].key == b[j - 1].key ? 0 : 1
                    d[i * w + j] = min(d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost)
                }
            }
        }
        let distance = d[n * w + m]
        // The alignment, from the end.
        var ops: [WordDiff] = []
        var numbers: [NumberDifference] = []
        var penalty = 0
        var i = n, j = m
        while i > 0 || j > 0 {
            if i > 0, j > 0, d[i * w + j] == d[(i - 1) * w + j - 1] + (a[i - 1].key == b[j - 1].key ? 0 : 1) {
                let q = a[i - 1], s = b[j - 1]
                if q.text == s.text {
                    ops.append(.equal(s.text))
                } else {
                    ops.append(.replace(query: q.text, match: s.text))
                    if q.key == s.key {
                        if q.isNumber { penalty += Penalty.number; numbers.append(NumberDifference(query: q.text, match: s.text)) } else {
                            penalty += Penalty.caseOrDiacritics
                        }
                    }
                }
                i -= 1; j -= 1
            } else if i > 0, d[i * w + j] == d[(i - 1) * w + j] + 1 {
                ops.append(.insert(query: a[i - 1].text))
                if a[i - 1].isNumber { numbers.append(NumberDifference(query: a[i - 1].text, match: nil)) }
                i -= 1
            } else {
                ops.append(.delete(match: b[j - 1].text))
                if b[j - 1].isNumber { numbers.append(NumberDifference(query: nil, match: b[j - 1].text)) }
                j -= 1
            }
        }
        ops.reverse()
        numbers.reverse()
        if query.punctuation != match.punctuation { penalty += Penalty.punctuation }
        if query.placeholders != match.placeholders { penalty += Penalty.tags }
        let longest = max(n, m)
        let raw = longest == 0 ? 100 : 100 * (longest - distance) / longest
        let score = query.text == match.text ? 100 : max(0, min(99, raw) - penalty)
        return FuzzyScore(score: score, distance: distance, diff: ops, numbers: numbers)
    }

    /// The highest score a source of `m` tokens sharing `shared` keys with a query of `n`
    /// tokens can reach: the index uses it to leave sources out unread.
    public static func bound(queryTokens n: Int, sourceTokens m: Int, shared: Int) -> Int {
        let longest = max(n, m)
        return longest == 0 ? 100 : 100 * shared / longest
    }
}
