import Synchronization

/// The nearest form found for each capitalised word a linter has looked up, shared by
/// its threads: news text repeats its unlisted names (Monday, Washington, Reuters) all
/// through an archive (26,000 distinct in the 100 MB benchmark corpus, looked up 165,000
/// times), and each lookup in the fuzzy index reads dozens of scattered buckets.
///
/// Words are asked by their key's bytes and ``WordHash``, with no string made: a string
/// per lookup (its allocation, its check as UTF-8, hashing it again) was a twentieth of a
/// lint. Words with the same hash are told apart by their bytes.
final class NearMissMemo: Sendable {
    private struct Remembered {
        let key: [UInt8]
        let entry: FuzzyIndex.Entry?
    }

    private struct Table {
        var words: [UInt64: [Remembered]] = [:]
        var count = 0
    }

    private let table = Mutex(Table())
    /// Words remembered at most; past it the memo starts again.
    static let capacity = 1 << 17

    /// The entry remembered for the word key `key` whose ``WordHash`` is `hash` (itself nil when
    /// the word has no near miss); nil when the word was not looked up yet.
    func known(_ key: ArraySlice<UInt8>, hash: UInt64) -> FuzzyIndex.Entry?? {
        table.withLock { table in
            guard let remembered = table.words[hash] else { return nil }
            for word in remembered where word.key.elementsEqual(key) { return .some(word.entry) }
            return nil
        }
    }

    /// Remembers `entry` (nil: none) for the word key `key` whose ``WordHash`` is `hash`.
    func remember(_ key: ArraySlice<UInt8>, hash: UInt64, _ entry: FuzzyIndex.Entry?) {
        table.withLock { table in
            if table.count >= Self.capacity { table = Table() }
            if let remembered = table.words[hash], remembered.contains(where: { $0.key.elementsEqual(key) }) { return }
            table.words[hash, default: []].append(Remembered(key: Array(key), entry: entry))
            table.count += 1
        }
    }
}
