import Synchronization

/// The nearest form found for each capitalised word a linter has looked up, shared by
/// its threads: news text repeats its unlisted names (Monday, Washington, Reuters) all
/// through an archive (26,000 distinct in the 100 MB benchmark corpus, looked up 165,000
/// times), and each lookup in the fuzzy index reads dozens of scattered buckets.
final class NearMissMemo: Sendable {
    private let best = Mutex<[String: FuzzyIndex.Entry?]>([:])
    /// Words remembered at most; past it the memo starts again.
    static let capacity = 1 << 17

    /// The entry remembered for the word key `key` (itself nil when the word has no near
    /// miss); nil when the word was not looked up yet.
    func known(_ key: String) -> FuzzyIndex.Entry?? {
        best.withLock { $0[key] }
    }

    /// Remembers `entry` (nil: none) for the word key `key`.
    func remember(_ key: String, _ entry: FuzzyIndex.Entry?) {
        best.withLock {
            if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
            $0[key] = entry
        }
    }
}
