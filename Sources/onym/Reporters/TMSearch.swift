import OnymTM

/// What `onym tm search` found for a query.
struct TMSearch {
    let query: String
    let matches: [TMMatch]
}
