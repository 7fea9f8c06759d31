/// A flat little-endian archive of arrays for the compiled-matcher cache:
/// numeric arrays are copied as raw memory (no per-element encoding), so a
/// trie of millions of nodes loads at the speed of a memory copy.
struct RawArchiveWriter {
    private(set) var bytes: [UInt8] = []

    mutating func array<T: FixedWidthInteger>(_ values: [T]) {
        int(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Strings as one array of lengths and one of UTF-8 bytes.
    mutating func strings(_ values: [String]) {
        array(values.map { Int32($0.utf8.count) })
        var all: [UInt8] = []
        for v in values { all.append(contentsOf: v.utf8) }
        array(all)
    }
}

/// Reads what ``RawArchiveWriter`` wrote; nil on any inconsistency.
struct RawArchiveReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func int() -> Int? {
        guard offset + 8 <= bytes.count else { return nil }
        var v: Int64 = 0
        withUnsafeMutableBytes(of: &v) { target in
            bytes.withUnsafeBytes { source in target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + 8)])) }
        }
        offset += 8
        return Int(Int64(littleEndian: v))
    }

    mutating func array<T: FixedWidthInteger>(_: T.Type) -> [T]? {
        guard let count = int(), count >= 0 else { return nil }
        let size = count * MemoryLayout<T>.stride
        guard offset + size <= bytes.count else { return nil }
        let start = offset
        offset += size
        return [T](unsafeUninitializedCapacity: count) { buffer, initialised in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[start..<(start + size)]))
            }
            initialised = count
        }
    }

    mutating func strings() -> [String]? {
        guard let lengths = array(Int32.self), let all = array(UInt8.self) else { return nil }
        var out: [String] = []
        out.reserveCapacity(lengths.count)
        var at = 0
        for n in lengths {
            let end = at + Int(n)
            guard n >= 0, end <= all.count else { return nil }
            out.append(String(decoding: all[at..<end], as: UTF8.self))
            at = end
        }
        return at == all.count ? out : nil
    }
}
