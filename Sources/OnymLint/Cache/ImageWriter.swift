import OnymGlossary

/// Writes the sections of a compiled-matcher image: each a count and raw
/// little-endian values, padded to 8 bytes, so that ``ImageReader`` can use
/// them where they lie.
struct ImageWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func column<T: FixedWidthInteger>(_ values: some Collection<T>) {
        int(values.count)
        // Contiguous values on a little-endian machine go in as they lie, in one copy: the
        // trie's millions of numbers appended one by one were a tenth of a compile.
        let copied: Bool? = 1.littleEndian == 1
            ? values.withContiguousStorageIfAvailable { buffer in bytes.append(contentsOf: UnsafeRawBufferPointer(buffer)); return true }
            : nil
        if copied == nil {
            for v in values { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        }
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    mutating func strings(_ values: [String]) {
        var starts: [Int32] = [0], all: [UInt8] = []
        for v in values {
            all += v.utf8
            starts.append(Int32(all.count))
        }
        column(starts)
        column(all)
    }

    mutating func strings(_ column: StringColumn) {
        self.column(column.starts)
        self.column(column.bytes)
    }
}

/// Reads what ``ImageWriter`` wrote, as views into the storage; nil when a section
/// does not fit in what is left.
struct ImageReader {
    let storage: ReadOnlyBytes
    private(set) var offset = 0

    init(_ storage: ReadOnlyBytes) { self.storage = storage }

    var isAtEnd: Bool { offset == storage.count }

    mutating func int() -> Int? {
        guard offset + 8 <= storage.count else { return nil }
        let v = storage.base.loadUnaligned(fromByteOffset: offset, as: Int64.self)
        offset += 8
        return Int(Int64(littleEndian: v))
    }

    mutating func column<T: FixedWidthInteger>(_: T.Type) -> Column<T>? {
        guard let count = int(), count >= 0, count <= (storage.count - offset) / MemoryLayout<T>.stride else { return nil }
        let base = (storage.base + offset).assumingMemoryBound(to: T.self)
        offset += (count * MemoryLayout<T>.stride + 7) / 8 * 8
        guard offset <= storage.count else { return nil }
        return Column(storage: storage, base: base, count: count)
    }

    mutating func strings() -> StringColumn? {
        guard let starts = column(Int32.self), let bytes = column(UInt8.self) else { return nil }
        let strings = StringColumn(starts: starts, bytes: bytes)
        return strings.isValid ? strings : nil
    }
}
