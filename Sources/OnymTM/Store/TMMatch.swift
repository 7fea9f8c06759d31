/// A stored pair found for a query, with how close it is.
public struct TMMatch: Sendable, Hashable {
    public let id: Int
    public let segment: TMSegment
    public let score: FuzzyScore
    /// The stored source with the words that differ from the query marked (`[-match-]{+query+}`).
    public let markedSource: String
}

/// A stored pair whose source has every word asked for.
public struct ConcordanceHit: Sendable, Hashable {
    public let id: Int
    public let segment: TMSegment
    /// UTF-8 ranges of the words found in the source.
    public let highlights: [Range<Int>]
}
