/// The nearest form found for each capitalised word of a piece of text: news text
/// repeats its unlisted names (Monday, Washington, Reuters) many times, and each
/// lookup in the fuzzy index reads dozens of scattered buckets.
struct NearMissMemo {
    private var best: [String: FuzzyIndex.Entry?] = [:]
    /// Words remembered at most; past it the memo starts again (a piece is about 1 MB).
    static let capacity = 1 << 16

    /// The entry remembered for the word key `key`, else `lookup()`'s, remembered.
    mutating func entry(for key: String, lookup: () -> FuzzyIndex.Entry?) -> FuzzyIndex.Entry? {
        if let known = best[key] { return known }
        if best.count >= Self.capacity { best.removeAll(keepingCapacity: true) }
        let found = lookup()
        best[key] = found
        return found
    }
}
