/// 64-bit FNV-1a, the hash Onym files words, forms and segments under.
///
/// FNV-1a is one multiply per input, but its top and middle bits hardly depend on the
/// last inputs of a short key ("the" and "thy" share them): code that takes a bucket or a
/// bit from those bits hashes through ``mix(_:)`` first.
public struct FNV1a: Sendable {
    public var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inlinable public init() {}

    /// Adds one input: a byte, or a whole code point where keys are scalars.
    @inlinable public mutating func add(_ input: UInt64) {
        value = (value ^ input) &* 0x100_0000_01b3
    }

    @inlinable public mutating func add(_ byte: UInt8) { add(UInt64(byte)) }

    @inlinable public mutating func add<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        for b in bytes { add(UInt64(b)) }
    }

    /// The hash of `bytes`.
    @inlinable public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var h = FNV1a()
        h.add(bytes: bytes)
        return h.value
    }

    /// MurmurHash3's finaliser: every bit of the result depends on every bit of `h`.
    @inlinable public static func mix(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        return x ^ (x >> 33)
    }
}
