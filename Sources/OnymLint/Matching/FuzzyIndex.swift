import OnymText

/// Near misses of preferred one-word forms without a pass over the forms:
/// every form's key is stored under each string left after deleting up to two
/// of its letters (symmetric delete); a word looks up its own deletions and
/// only the forms found there are compared by Damerau–Levenshtein.
struct FuzzyIndex: Sendable {
    struct Entry: Sendable {
        let key: [Unicode.Scalar]
        let concept: Int
        let form: String
    }

    static let maximumDistance = 2
    private let entries: [Entry]
    private let byDeletion: [String: [Int32]]

    init(_ entries: [Entry]) {
        self.entries = entries
        var index: [String: [Int32]] = [:]
        for (i, entry) in entries.enumerated() {
            for variant in Self.deletions(entry.key, upTo: Self.maximumDistance) {
                index[variant, default: []].append(Int32(i))
            }
        }
        byDeletion = index
    }

    /// Forms within `limit` edits of `word` (not equal to it), closest first.
    func near(_ word: [Unicode.Scalar], limit: Int) -> [(entry: Entry, distance: Int)] {
        var seen = Set<Int32>()
        var found: [(Entry, Int)] = []
        for variant in Self.deletions(word, upTo: min(limit, Self.maximumDistance)) {
            for i in byDeletion[variant] ?? [] where seen.insert(i).inserted {
                let entry = entries[Int(i)]
                if let d = EditDistance.damerauLevenshtein(word, entry.key, limit: limit), d > 0 { found.append((entry, d)) }
            }
        }
        return found.sorted { ($0.1, $0.0.form) < ($1.1, $1.0.form) }
    }

    /// The string itself and every string made by deleting up to `n` scalars.
    static func deletions(_ key: [Unicode.Scalar], upTo n: Int) -> Set<String> {
        var result: Set<String> = [String(String.UnicodeScalarView(key))]
        var frontier: Set<[Unicode.Scalar]> = [key]
        for _ in 0..<n {
            var next: Set<[Unicode.Scalar]> = []
            for item in frontier where item.count > 1 {
                for i in item.indices {
                    var shorter = item
                    shorter.remove(at: i)
                    if next.insert(shorter).inserted { result.insert(String(String.UnicodeScalarView(shorter))) }
                }
            }
            frontier = next
        }
        return result
    }
}
