import Testing
@testable import OnymText

@Suite struct FNV1aTests {
    /// The published 64-bit FNV-1a test vectors.
    @Test func matchesTheReferenceVectors() {
        #expect(FNV1a.hash([UInt8]()) == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a.hash(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
    }

    /// The mixer is MurmurHash3's finaliser: 0 stays 0, and one input bit changes about half the output.
    @Test func mixSpreadsEveryBit() {
        #expect(FNV1a.mix(0) == 0)
        let a = FNV1a.mix(FNV1a.hash(Array("the".utf8))), b = FNV1a.mix(FNV1a.hash(Array("thy".utf8)))
        #expect((a ^ b).nonzeroBitCount > 16)
        #expect(a >> 44 != b >> 44)
    }
}
