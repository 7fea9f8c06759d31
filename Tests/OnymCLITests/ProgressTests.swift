import Testing
@testable import onym

@Suite struct ProgressTests {
    @Test func onlyLargeJobsOnATerminal() {
        #expect(Progress.shouldReport(concepts: 10_001, isTerminal: true))
        #expect(!Progress.shouldReport(concepts: 10_000, isTerminal: true))
        #expect(!Progress.shouldReport(concepts: 100_000, isTerminal: false))
    }
}
