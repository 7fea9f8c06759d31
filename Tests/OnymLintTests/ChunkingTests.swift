import Foundation
import Testing
@testable import OnymGlossary
@testable import OnymLint
import OnymTestSupport

@Suite struct ChunkingTests {
    @Test func largeTextsAreCheckedInPiecesWithTheSamePositions() throws {
        let line = "Talks in Kiev, then Türkye’s turn.\n"  // 38 bytes: a finding at 9, one at 20
        var linter = Linter(matcher: CompiledMatcher(set: try GlossarySet.bundled(), language: "en"))
        linter.pieceSize = 4096
        let count = (3 * linter.pieceSize) / line.utf8.count + 7
        let text = Array(String(repeating: line, count: count).utf8)
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

    /// A piece is folded and scanned in runs of whole lines: whatever the run's size, the
    /// findings are the piece's, and a line longer than a run stays whole.
    @Test func runsOfLinesGiveThePiecesFindings() throws {
        let lines = ["Talks in Kiev, then Türkye’s turn.", "A long line: " + String(repeating: "Odessa and Kiev, ", count: 20),
                     "", "Volodymyr Zelensky in Kyiv.", "Ki\u{AD}ev"]
        let text = Array(String(repeating: lines.joined(separator: "\n") + "\n", count: 5).utf8)
        var linter = Linter(matcher: CompiledMatcher(set: try GlossarySet.bundled(), language: "en"))
        let whole = try linter.lint(text)
        #expect(whole.count == 5 * (2 + 40 + 1 + 1))
        for size in [1, 7, 40, 100, 4096] {
            linter.runSize = size
            #expect(try linter.lint(text) == whole, "runs of \(size)")
        }
        // Invalid UTF-8 in a later run has its offset in the text.
        var bad = text
        bad[text.count - 3] = 0xFF
        linter.runSize = 16
        #expect(throws: LintError.invalidUTF8(offset: text.count - 3, line: 25)) { try linter.lint(bad) }
    }

    @Test func invalidUTF8InALaterPieceHasItsFileOffset() {
        var text = Array(String(repeating: "Kyiv.\n", count: 4096 / 6 + 10).utf8)
        let at = text.count - 3
        text[at] = 0xFF
        var linter = Linter(matcher: CompiledMatcher(set: try! GlossarySet.bundled(), language: "en"))
        linter.pieceSize = 4096
        let line = at / 6 + 1
        #expect(throws: LintError.invalidUTF8(offset: at, line: line)) { try linter.lint(text) }
        linter.jobs = 2
        #expect(throws: LintError.invalidUTF8(offset: at, line: line)) { try linter.lint(text) }
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

    /// A file read in pieces gives what the whole text gives: positions, lines, and directives
    /// whose effect runs across pieces (disable in one, enable two pieces later; a
    /// disable-next-line on the last line of a piece).
    @Test func aFileReadInPiecesGivesTheSameFindings() throws {
        let line = "Talks in Kiev, then Türkye’s turn.\n"
        let pieceSize = 4096
        let perPiece = pieceSize / line.utf8.count
        var lines = Array(repeating: line, count: 6 * perPiece)
        lines[10] = "onym: disable\n"
        lines[2 * perPiece + 5] = "onym: enable\n"
        // The last whole line of the fourth read block: the line after it starts the next piece.
        lines[4 * perPiece - 1] = "onym: disable-next-line\n"
        lines[5 * perPiece + 3] = "See https://example.com/Kiev and ask kiev@example.org.\n"
        let text = Array(lines.joined().utf8)
        let folder = Leftovers.temporary("onym-pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("long.txt")
        try Data(text).write(to: file)
        var linter = Linter(matcher: CompiledMatcher(set: try GlossarySet.bundled(), language: "en"))
        linter.pieceSize = pieceSize
        let whole = try linter.lint(text, excluded: PlainTextScoper.excludedRanges(in: text))
        // Every line has two findings but the directives, the URL line, the disabled lines and the one after disable-next-line.
        #expect(whole.count == 2 * (6 * perPiece - 4 - (2 * perPiece + 5 - 10 - 1) - 1))
        for jobs in [1, 3] {
            linter.jobs = jobs
            #expect(try linter.lintPlainText(path: file.path) == whole)
        }
        #expect(try linter.lintPlainText(path: folder.appendingPathComponent("missing.txt").path) == nil)
    }

    @Test func invalidUTF8InAFileReadInPiecesHasItsOffsetAndLine() throws {
        var text = Array(String(repeating: "Kyiv.\n", count: 3 * 4096 / 6).utf8)
        let at = text.count - 3
        text[at] = 0xFF
        let file = Leftovers.temporary("onym-bad-\(UUID().uuidString).txt")
        try Data(text).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var linter = Linter(matcher: CompiledMatcher(set: try GlossarySet.bundled(), language: "en"))
        linter.pieceSize = 4096
        #expect(throws: LintError.invalidUTF8(offset: at, line: at / 6 + 1)) { try linter.lintPlainText(path: file.path) }
    }
}

@Suite struct LongLineChunkingTests {
    /// A file that is one long line (no line break for many pieces) is cut between words and
    /// gives the whole text's findings.
    @Test func aFileOfOneLongLineGivesTheWholeTextsFindings() throws {
        let text = Array((String(repeating: "Talks in Kiev with Zelensky. ", count: 2000) + "\n").utf8)
        let url = Leftovers.temporary("onym-long-\(UUID().uuidString).txt")
        try Data(text).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var linter = Linter(matcher: CompiledMatcher(set: try GlossarySet.bundled(), language: "en"))
        linter.pieceSize = 4096
        let whole = try linter.lint(text, excluded: PlainTextScoper.excludedRanges(in: text))
        #expect(whole.count == 4000)
        for jobs in [1, 2] {
            linter.jobs = jobs
            #expect(try linter.lintPlainText(path: url.path) == whole)
        }
    }
}

@Suite struct PipeLintTests {
    /// A pipe has no size to cut by: it is read whole, with the same findings as its text.
    @Test func aPipeIsReadWhole() throws {
        let folder = Leftovers.temporary("onym-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("in").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let text = Array(String(repeating: "Talks in Kiev.\n", count: 3000).utf8)
        // The writer blocks until the linter opens the pipe for reading.
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        writer.start()
        var linter = Linter(matcher: CompiledMatcher(set: try GlossarySet.bundled(), language: "en"))
        linter.pieceSize = 4096
        let found = try #require(try linter.lintPlainText(path: fifo))
        #expect(found.count == 3000)
        #expect(found.last.map { [$0.line, $0.column, $0.byteOffset] } == [3000, 10, 2999 * 15 + 9])
    }
}

/// Results delivered in order, as they come, with a bounded number waiting.
@Suite struct OrderedDeliveryTests {
    @Test func inOrderWithABoundedWindow() {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var running = 0, most = 0, started = 0
        }
        let counter = Counter()
        var got: [Int] = []
        OrderedParallelMap.forEach(Array(0..<200), jobs: 2, window: 4, { i -> Int in
            counter.lock.lock(); counter.running += 1; counter.started += 1; counter.most = max(counter.most, counter.running); counter.lock.unlock()
            usleep(UInt32((i * 7919) % 5) * 100)  // uneven work, so results arrive out of order
            counter.lock.lock(); counter.running -= 1; counter.lock.unlock()
            return i * i
        }, deliver: { result in
            // Item i is delivered: no item past i + window was started.
            counter.lock.lock(); let started = counter.started; counter.lock.unlock()
            #expect(started <= got.count + 1 + 4)
            got.append(result)
        })
        #expect(got == (0..<200).map { $0 * $0 })
        #expect(counter.most <= 2)
    }
}
