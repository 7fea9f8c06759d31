import Foundation
import Testing
@testable import OnymGlossary
@testable import OnymLint

/// Inputs the lint fuzz target (Fuzz/, Scripts/fuzz.sh) found, kept so that they stay fast.
@Suite struct FuzzRegressionTests {
    static let english = Linter(matcher: CompiledMatcher(set: try! GlossarySet.bundled(), language: "en"))

    /// A capitalised "word" of 320 letters timed out: its near-miss hashes (two letters left
    /// out, every way) cost the cube of its length. A word longer than every form by more than
    /// the edit limit is near none and is not hashed.
    @Test func aVeryLongWordIsNoNearMiss() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz/long-word.txt")
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(try Self.english.lint(bytes).map(\.kind) == [])
        let word = "K" + String(repeating: "yiv", count: 2_000)
        #expect(try Self.english.lint(Array("In \(word) today.".utf8)) == [])
        #expect(Self.english.matcher.fuzzy.near(Array(word.unicodeScalars), limit: 2).isEmpty)
    }
}
