import Testing
@testable import OnymTM

@Suite struct FuzzyScoreTests {
    func score(_ query: String, _ match: String) -> FuzzyScore {
        FuzzyScore.score(query: SegmentText(query, language: "en"), match: SegmentText(match, language: "en"))
    }

    @Test func onlyAnIdenticalTextScores100() {
        #expect(score("Talks in Kyiv resumed.", "Talks in Kyiv resumed.").score == 100)
        // Same words, other spacing: not identical.
        #expect(score("Talks in Kyiv resumed.", "Talks  in Kyiv resumed.").score == 99)
    }

    @Test func wordEditsCountAgainstTheLongerText() {
        let s = score("Talks in Kyiv resumed on Friday.", "Talks in Kyiv resumed on Monday.")
        #expect((s.score, s.distance) == (83, 1))  // 100 × 5/6
        #expect(s.diff == [.equal("Talks"), .equal("in"), .equal("Kyiv"), .equal("resumed"), .equal("on"), .replace(query: "Friday", match: "Monday")])
        #expect(score("Talks resumed", "Talks in Kyiv resumed").score == 50)  // 2 inserted of 4
        #expect(score("Talks in Kyiv resumed", "Talks resumed").diff == [.equal("Talks"), .insert(query: "in"), .insert(query: "Kyiv"), .equal("resumed")])
        #expect(score("Talks resumed", "Talks in Kyiv resumed").diff == [.equal("Talks"), .delete(match: "in"), .delete(match: "Kyiv"), .equal("resumed")])
    }

    @Test func caseDiacriticsNumbersPunctuationAndTagsCostSmallPenalties() {
        #expect(score("Talks in Kyiv resumed.", "talks in Kyiv resumed.").score == 98)  // 99 − 1 (case)
        #expect(score("Talks in Turkiye resumed.", "Talks in Türkiye resumed.").score == 98)  // 99 − 1 (diacritics)
        let numbers = score("Prices rose by 4 % in 2024.", "Prices rose by 3 % in 2024.")
        #expect(numbers.score == 97)  // 99 − 2 (a number)
        #expect(numbers.numbers == [FuzzyScore.NumberDifference(query: "4", match: "3")])
        #expect(score("Talks in Kyiv resumed!", "Talks in Kyiv resumed.").score == 98)  // 99 − 1 (punctuation)
        #expect(score("Talks in Kyiv resumed.", "Talks in ⟨1⟩Kyiv⟨/1⟩ resumed.").score == 98)  // 99 − 1 (tags)
        #expect(score("Talks in Kyiv resumed on Friday!", "talks in Kyiv resumed on Monday.").score == 81)  // 83 − 1 − 1
    }

    @Test func theMarkedSourceShowsWhatDiffers() {
        let match = SegmentText("Talks in Kyiv resumed on Monday.", language: "en")
        let s = FuzzyScore.score(query: SegmentText("Peace talks in Kyiv resumed on Friday.", language: "en"), match: match)
        #expect(WordDiff.marked(s.diff, in: match) == "{+Peace+} [-Talks-]{+talks+} in Kyiv resumed on [-Monday-]{+Friday+}.")
    }

    @Test func theBoundIsNeverBelowTheScore() {
        let texts = ["Talks in Kyiv resumed on Monday.", "Talks resumed", "the the the", "the talks", "Kyiv Kyiv talks", "On Monday talks resumed in Kyiv."]
        for a in texts {
            for b in texts {
                let q = SegmentText(a, language: "en"), m = SegmentText(b, language: "en")
                var counts: [String: Int] = [:]
                for t in q.tokens { counts[t.key, default: 0] += 1 }
                var shared = 0
                for t in m.tokens where (counts[t.key] ?? 0) > 0 { counts[t.key]! -= 1; shared += 1 }
                let score = FuzzyScore.score(query: q, match: m).score
                #expect(score <= FuzzyScore.bound(queryTokens: q.tokens.count, sourceTokens: m.tokens.count, shared: shared))
                // The store's first filter, the score before penalties over token ids, is never below it either.
                var ids: [String: Int] = [:]
                func id(_ key: String) -> Int {
                    if let known = ids[key] { return known }
                    ids[key] = ids.count
                    return ids.count - 1
                }
                let qi = q.tokens.map { id($0.key) }, mi = m.tokens.map { id($0.key) }
                #expect(score <= TMStore.rawScore(qi, mi))
            }
        }
    }
}
