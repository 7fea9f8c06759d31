import Testing
@testable import OnymText

@Suite struct UTF8ValidatorTests {
    @Test func offsets() {
        #expect(UTF8Validator.firstInvalidOffset(in: Array("Київ ok".utf8)) == nil)
        #expect(UTF8Validator.firstInvalidOffset(in: [0x4B, 0xFF]) == 1)
        #expect(UTF8Validator.firstInvalidOffset(in: [0xE2, 0x80]) == 0)
        #expect(UTF8Validator.firstInvalidOffset(in: [0x61, 0xF8, 0x88, 0x80, 0x80, 0x80]) == 1)
        #expect(throws: TextError.invalidUTF8(offset: 2)) { try UTF8Validator.string(from: [0x61, 0x62, 0x80]) }
        #expect(TextError.invalidUTF8(offset: 2).description == "invalid UTF-8 at byte offset 2")
    }
}
