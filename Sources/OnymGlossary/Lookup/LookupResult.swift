/// What `onym lookup` found for one query.
public struct LookupResult: Sendable {
    public let query: String
    /// Best first.
    public let matches: [LookupMatch]
    /// With no match: the closest form in the glossary, if one is near.
    public let suggestion: String?

    package init(query: String, matches: [LookupMatch], suggestion: String?) {
        self.query = query
        self.matches = matches
        self.suggestion = suggestion
    }
}
