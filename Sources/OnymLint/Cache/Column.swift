import OnymGlossary

/// A typed array inside an ``ReadOnlyBytes`` (or a copy of a Swift array in one of its own).
struct Column<T: FixedWidthInteger>: @unchecked Sendable, RandomAccessCollection {
    // Unchecked: a read-only view of storage it keeps alive.
    let storage: ReadOnlyBytes
    let base: UnsafePointer<T>
    let count: Int

    init(storage: ReadOnlyBytes, base: UnsafePointer<T>, count: Int) {
        self.storage = storage
        self.base = base
        self.count = count
    }

    /// A column of its own holding `values`.
    init(_ values: [T]) {
        // Copied once, straight from the array (a trie's nodes are some 50 MB).
        let storage = values.withUnsafeBytes { ReadOnlyBytes(copying: $0) }
        self.init(storage: storage, base: storage.base.assumingMemoryBound(to: T.self), count: values.count)
    }

    /// A column of its own of `count` values (zero until `body` sets them), filled in place.
    init(count: Int, filling body: (UnsafeMutableBufferPointer<T>) -> Void) {
        let storage = ReadOnlyBytes(count: count * MemoryLayout<T>.stride) { raw in
            body(raw.bindMemory(to: T.self))
        }
        self.init(storage: storage, base: storage.base.assumingMemoryBound(to: T.self), count: count)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(i: Int) -> T {
        precondition(i >= 0 && i < count, "column index out of range")
        return base[i]
    }

    var buffer: UnsafeBufferPointer<T> { UnsafeBufferPointer(start: base, count: count) }

    /// The values where they lie: an image writer copies a column whole, not value by value.
    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<T>) throws -> R) rethrows -> R? {
        try body(buffer)
    }

    /// True when every value lies in `range`. Checked on every load of an image, over
    /// millions of values: a minimum and a maximum, which the compiler vectorises.
    func isWithin(_ range: ClosedRange<T>) -> Bool {
        guard count > 0 else { return true }
        var low = base[0], high = base[0]
        for v in buffer {
            low = Swift.min(low, v)
            high = Swift.max(high, v)
        }
        return range.contains(low) && range.contains(high)
    }

    /// True when no value is smaller than the one before. Checked on every load of an image,
    /// over millions of values: written as an OR of comparisons, with no early exit and no
    /// count, which the compiler turns into vector compares (a sum of them it did not).
    var isNonDecreasing: Bool {
        guard count > 1 else { return true }
        var fell: UInt8 = 0
        for i in 1..<count { fell |= base[i] < base[i - 1] ? 1 : 0 }
        return fell == 0
    }

    /// Strictly increasing, and every value in `0..<limit`.
    func isIncreasing(below limit: T) -> Bool where T: BinaryInteger {
        guard count > 0 else { return true }
        guard base[0] >= 0, base[count - 1] < limit else { return false }
        for i in 1..<count where base[i] <= base[i - 1] { return false }
        return true
    }
}

/// Strings inside an image: `starts` has one more entry than there are strings.
struct StringColumn: Sendable {
    let starts: Column<Int32>
    let bytes: Column<UInt8>

    var count: Int { starts.count - 1 }

    init(starts: Column<Int32>, bytes: Column<UInt8>) {
        self.starts = starts
        self.bytes = bytes
    }

    init(_ strings: [String]) {
        var starts: [Int32] = [0], all: [UInt8] = []
        for s in strings {
            all += s.utf8
            starts.append(Int32(all.count))
        }
        self.init(starts: Column(starts), bytes: Column(all))
    }

    /// The UTF-8 bytes of string `i`, in place.
    func utf8(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = Int(starts[i]), end = Int(starts[i + 1])
        return UnsafeBufferPointer(start: bytes.base + start, count: end - start)
    }

    subscript(i: Int) -> String { String(decoding: utf8(i), as: UTF8.self) }

    /// True when the starts rise from 0 to the end of the bytes (checked once when an image is loaded).
    var isValid: Bool {
        starts.count >= 1 && starts[0] == 0 && Int(starts[starts.count - 1]) == bytes.count && starts.isNonDecreasing
    }
}
