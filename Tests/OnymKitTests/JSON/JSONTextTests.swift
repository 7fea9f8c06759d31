import Foundation
import Testing
@testable import OnymKit
@testable import OnymLint

@Suite struct JSONTextTests {
    /// Strings are escaped exactly as `JSONOutput` (JSONEncoder, slashes kept) escapes them.
    @Test func escapesStringsAsJSONOutputDoes() throws {
        let tricky = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
            + "\u{7F}\u{2028}/é\"\\ Київ 😀"
        var json = JSONText()
        json.string(tricky)
        #expect(json.text == (try JSONOutput.string(tricky)))
    }

    /// Strings are looked through eight bytes at a time: a character to escape is found at
    /// every place in a run, beside letters of any script.
    @Test func findsWhatToEscapeAtEveryPlace() throws {
        let specials = (0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) } + ["\"", "\\"]
        for special in specials {
            for at in 0..<17 {
                let text = String(repeating: "a", count: at) + String(special) + "é Київ ' \u{7F}x"
                var json = JSONText()
                json.string(text)
                #expect(json.text == (try JSONOutput.string(text)), "\(special.unicodeScalars.first!.value) at \(at)")
            }
        }
    }

    /// A finding written by hand is what JSONEncoder writes for it, keys sorted, with and
    /// without a suggestion.
    @Test func writesAFindingAsJSONOutputDoes() throws {
        let findings = [
            Finding(line: 2, column: 40, byteOffset: 123, length: 6, found: "Türkye", suggestion: "Türkiye", concept: "turkiye",
                    kind: .misspelling, severity: .warning, message: "Türkye → Türkiye (misspelling of place \"turkiye\"; a note\twith a tab)"),
            Finding(line: 1, column: 1, byteOffset: 0, length: 5, found: "Києва", suggestion: nil, concept: "kyiv",
                    kind: .variant, severity: .error, message: "Києва (variant of place \"kyiv\": inflected; write the form of Київ)"),
        ]
        for finding in findings {
            var json = JSONText()
            LintJSON.write(finding, to: &json)
            #expect(json.text == (try JSONOutput.string(finding)))
        }
    }
}
