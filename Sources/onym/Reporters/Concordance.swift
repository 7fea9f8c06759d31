import OnymTM

/// What `onym tm concordance` found for words.
struct Concordance {
    let words: [String]
    let hits: [ConcordanceHit]
}
