import Testing
@testable import OnymLint

@Suite struct KeyTextTests {
    @Test func decodesScalarsInPlace() {
        let text = "aé—Київ😀"
        let bytes = Array(text.utf8)
        var i = 0
        var decoded: [Unicode.Scalar] = []
        while i < bytes.count {
            decoded.append(KeyText.scalar(bytes, at: i))
            i += KeyText.scalarLength(bytes[i])
        }
        #expect(decoded == Array(text.unicodeScalars))
    }

    /// Eight bytes at once tell exactly what `isWordByte` tells one by one, in every position.
    @Test func nonWordBytesAgreesWithIsWordByteForEveryByte() {
        for position in 0..<8 {
            for value in 0...255 {
                // The byte under test among letters, so that a carry into a neighbour would show.
                var bytes: [UInt8] = Array("kyivKYIV".utf8)
                bytes[position] = UInt8(value)
                let x = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                let mask = KeyText.nonWordBytes(x)
                for (p, b) in bytes.enumerated() {
                    let expected = !(b < 0x80 && KeyText.isWordByte(b))
                    guard ((mask >> (8 * UInt64(p))) & 0x80 != 0) == expected else {
                        Issue.record("byte \(value) at \(position): position \(p) (\(b)) told wrongly")
                        return
                    }
                }
                #expect(mask & ~0x8080_8080_8080_8080 == 0)
            }
        }
    }
}
