import Testing
@testable import OnymGlossary

@Suite struct NearSegmentsTests {
    /// Every key within the limit keeps a part where a probe finds it: each kind of edit, at each place.
    @Test func everyKeyWithinTwoEditsSharesAPart() {
        let key = Array("zaporizhzhia".unicodeScalars)
        var edited: [[Unicode.Scalar]] = []
        for i in key.indices {
            var deleted = key; deleted.remove(at: i); edited.append(deleted)
            var substituted = key; substituted[i] = "q"; edited.append(substituted)
            var inserted = key; inserted.insert("q", at: i); edited.append(inserted)
            if i + 1 < key.count { var swapped = key; swapped.swapAt(i, i + 1); edited.append(swapped) }
        }
        // Two edits: a swap and a substitution far apart, two deletions, two insertions, and an
        // insertion and a deletion (the parts between them shifted, those after them not).
        for i in 0..<(key.count - 6) {
            var two = key; two.swapAt(i, i + 1); two[i + 5] = "q"; edited.append(two)
            var gone = key; gone.remove(at: i + 4); gone.remove(at: i); edited.append(gone)
            var grown = key; grown.insert("q", at: i + 4); grown.insert("q", at: i); edited.append(grown)
            var moved = key; moved.remove(at: i + 5); moved.insert("q", at: i); edited.append(moved)
            var back = key; back.insert("q", at: i + 5); back.remove(at: i); edited.append(back)
        }
        let parts = Set(NearSegments.segments(ofKey: key))
        for query in edited {
            #expect(!parts.isDisjoint(with: NearSegments.probes(forQuery: query, limit: 2)), "\(String(String.UnicodeScalarView(query)))")
        }
    }
}
