/// What `onym lookup` found for one query.
public struct LookupResult: Sendable {
    public let query: String
    /// Best first.
    public let matches: [LookupMatch]
    /// With no match: the closest form in the glossary, if one is near.
    public let suggestion: String?
}
