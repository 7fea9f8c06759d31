import Testing
@testable import OnymGlossary

/// Cache keys tell changed inputs apart: any changed byte, and where one sequence ends and the
/// next begins, changes the hash; the same inputs give the same hash.
@Suite struct ContentHasherTests {
    func hash(_ parts: [[UInt8]]) -> String {
        var hasher = ContentHasher()
        for part in parts { hasher.mix(part) }
        return hasher.hex
    }

    @Test func everyByteAndEverySplitCounts() {
        let bytes = (0..<100).map { UInt8($0 * 7 & 0xFF) }
        let base = hash([bytes])
        #expect(hash([bytes]) == base)
        var seen: Set<String> = [base]
        // A byte changed at every position: in each of the four lanes, the eight-byte tail and the rest.
        for i in bytes.indices {
            var changed = bytes
            changed[i] ^= 1
            seen.insert(hash([changed]))
        }
        // The same bytes split in two at every place.
        for cut in 0...bytes.count { seen.insert(hash([Array(bytes[..<cut]), Array(bytes[cut...])])) }
        // One byte more or less.
        seen.insert(hash([bytes + [0]]))
        seen.insert(hash([Array(bytes.dropLast())]))
        #expect(seen.count == 1 + bytes.count + (bytes.count + 1) + 2)
        #expect(hash([]) != hash([[]]))
    }
}
