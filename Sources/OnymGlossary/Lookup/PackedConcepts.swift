import OnymText

/// Concepts kept as bytes (the glossary cache's encoding), each decoded when it is
/// asked for: a server answering lookups needs a handful of concepts a request, and
/// 100,000 concepts take about 10 MB this way against some 70 MB as Swift values.
struct PackedConcepts: Sendable {
    private let bytes: [UInt8]
    /// Where concept `i` starts; one more for the end.
    private let starts: [Int]
    /// Each id's hash (top 40 bits) with its concept's number (24 bits), sorted.
    private let ids: [UInt64]

    init(_ set: GlossarySet) {
        var writer = BinaryWriter()
        var starts: [Int] = []
        starts.reserveCapacity(set.concepts.count + 1)
        for (i, concept) in set.concepts.enumerated() {
            starts.append(writer.bytes.count)
            writer.concept(concept, generated: set.generated[i])
        }
        starts.append(writer.bytes.count)
        bytes = writer.bytes
        self.starts = starts
        ids = set.concepts.indices.map { (Self.hash(set.concepts[$0].id) & ~Self.numberMask) | UInt64($0) }.sorted()
    }

    /// More concepts than an id's entry can number are not packed (the set is kept whole).
    static let capacity = 1 << 24
    private static let numberMask: UInt64 = (1 << 24) - 1

    /// Mixed: an id's top bits are what is compared (FNV-1a's alone hardly depend on its last letters).
    private static func hash(_ id: String) -> UInt64 { FNV1a.mix(FNV1a.hash(id.utf8)) }

    var count: Int { starts.count - 1 }

    /// Concept `i` and its generated variants by language.
    subscript(i: Int) -> (concept: Concept, generated: [String: [GeneratedTerm]]) {
        var reader = BinaryReader(bytes: bytes, offset: starts[i])
        // The bytes were written by this type a moment before: they decode.
        return reader.concept()!
    }

    /// The number of the concept with this id.
    func index(of id: String) -> Int? {
        let hash = Self.hash(id) & ~Self.numberMask
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] & ~Self.numberMask < hash { low = mid + 1 } else { high = mid }
        }
        while low < ids.count, ids[low] & ~Self.numberMask == hash {
            let i = Int(ids[low] & Self.numberMask)
            var reader = BinaryReader(bytes: bytes, offset: starts[i])
            if reader.string() == id { return i }
            low += 1
        }
        return nil
    }
}
