import Testing
@testable import OnymServer

@Suite struct SHA256Tests {
    func hex(_ text: String) -> String { hex(Array(text.utf8)) }
    func hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(bytes).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// FIPS 180-4's examples (one block, two blocks, a million bytes).
    @Test func theStandardsExamples() {
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around the padding's edges (one block or two), and UTF-8 beyond ASCII;
    /// the expected digests are Python's hashlib's.
    @Test func paddingEdgesAndUTF8() {
        let expected = [
            55: "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072",
            56: "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e",
            63: "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2",
            64: "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c",
            65: "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9",
        ]
        for (count, digest) in expected { #expect(hex(String(repeating: "x", count: count)) == digest, "\(count) bytes") }
        #expect(hex("onym_Kyiv Київ") == "aa8f00dac2143196e44d67cf3f2d073cdbee1bf36d103a7f01033f9cf8c7e946")
    }
}
