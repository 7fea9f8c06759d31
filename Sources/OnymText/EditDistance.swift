/// Damerau–Levenshtein distance (optimal string alignment: insertions,
/// deletions, substitutions and transpositions of neighbours).
///
/// ```swift
/// EditDistance.damerauLevenshtein(Array("turkye".utf8), Array("turkiye".utf8))  // 1
/// ```
public enum EditDistance {
    /// The distance between two sequences, or nil when it exceeds `limit`.
    public static func damerauLevenshtein<T: Equatable>(_ a: [T], _ b: [T], limit: Int = .max) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        let m = b.count
        var before = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d = min(d, before[j - 2] + 1)
                }
                current[j] = d
                rowMinimum = min(rowMinimum, d)
            }
            // Every later row is at least this row's minimum: stop early past the limit.
            if rowMinimum > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        let distance = previous[m]
        return distance <= limit ? distance : nil
    }
}
