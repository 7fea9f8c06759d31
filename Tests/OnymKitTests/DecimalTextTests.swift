import Testing
@testable import OnymKit

@Suite struct DecimalTextTests {
    @Test func writesWholeNumbersAsStringDoes() {
        for n in [0, 7, -7, 10, 99, 100, -1_000_000, 1234567890123, Int.max, Int.min] {
            var bytes: [UInt8] = [0x41]
            DecimalText.append(n, to: &bytes)
            #expect(bytes == [0x41] + Array(String(n).utf8))
        }
    }
}
