import Testing
@testable import OnymGlossary
@testable import OnymLint

@Suite struct ChunkingTests {
    @Test func largeTextsAreCheckedInPiecesWithTheSamePositions() throws {
        let line = "Talks in Kiev, then Türkye’s turn.\n"  // 38 bytes: a finding at 9, one at 20
        let count = (3 * Linter.chunkSize) / line.utf8.count + 7
        let text = Array(String(repeating: line, count: count).utf8)
        let linter = Linter(matcher: CompiledMatcher(set: try GlossarySet.bundled(), language: "en"))
        let findings = try linter.lint(text)
        #expect(findings.count == 2 * count)
        let width = line.utf8.count
        for (n, f) in findings.enumerated() {
            let row = n / 2
            let expected = row * width + (n % 2 == 0 ? 9 : 20)
            guard f.byteOffset == expected, f.line == row + 1 else {
                Issue.record("finding \(n): offset \(f.byteOffset), line \(f.line); expected \(expected), line \(row + 1)")
                return
            }
        }
        #expect(findings.last?.found == "Türkye’s")
        // The pieces checked on several threads give the same findings in the same order.
        var parallel = linter
        parallel.jobs = 3
        #expect(try parallel.lint(text) == findings)
    }

    @Test func invalidUTF8InALaterPieceHasItsFileOffset() {
        var text = Array(String(repeating: "Kyiv.\n", count: Linter.chunkSize / 6 + 10).utf8)
        let at = text.count - 3
        text[at] = 0xFF
        var linter = Linter(matcher: CompiledMatcher(set: try! GlossarySet.bundled(), language: "en"))
        #expect(throws: LintError.invalidUTF8(offset: at)) { try linter.lint(text) }
        linter.jobs = 2
        #expect(throws: LintError.invalidUTF8(offset: at)) { try linter.lint(text) }
    }

    @Test func excludedRanges() {
        let x = ExcludedRanges([10..<20, 15..<25, 40..<41, 30..<30])
        #expect(x.overlaps(0..<10) == false)
        #expect(x.overlaps(5..<11))
        #expect(x.overlaps(24..<26))
        #expect(x.overlaps(25..<40) == false)
        #expect(x.overlaps(40..<40))
        #expect(x.overlaps(41..<41) == false)
        #expect(x.overlaps(39..<100))
        #expect(ExcludedRanges([]).overlaps(0..<5) == false)
    }
}
