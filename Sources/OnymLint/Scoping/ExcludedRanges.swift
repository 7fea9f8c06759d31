/// The byte ranges not to check, merged and sorted, asked by binary search.
struct ExcludedRanges: Sendable {
    private let ranges: [Range<Int>]

    init(_ ranges: [Range<Int>]) {
        var merged: [Range<Int>] = []
        for r in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        self.ranges = merged
    }

    /// True when `r` shares a byte with an excluded range (or, empty, lies inside one).
    func overlaps(_ r: Range<Int>) -> Bool {
        // The last range that starts before r ends (or at r's start, for an empty r).
        var low = 0, high = ranges.count
        let limit = r.isEmpty ? r.lowerBound + 1 : r.upperBound
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].lowerBound < limit { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return false }
        let candidate = ranges[low - 1]
        return r.isEmpty ? candidate.contains(r.lowerBound) : candidate.upperBound > r.lowerBound
    }
}

extension Range where Bound == Int {
    /// The range moved by `offset`.
    func shifted(by offset: Int) -> Range<Int> { (lowerBound + offset)..<(upperBound + offset) }
}
