import OnymGlossary

/// Writes the sections of a compiled-matcher image: each a count and raw
/// little-endian values, padded to 8 bytes, so that ``ImageReader`` can use
/// them where they lie.
///
/// The image is kept as pieces, not one growing array: a column of a million values is
/// kept by reference to the array or column that holds it (on a little-endian machine
/// its bytes are already the image's), and only counts, padding and small columns are
/// copied. One growing array copied the trie's 26 MB of nodes and then, at the next
/// append, doubled into a 52 MB buffer — the peak of a first compile's memory.
struct ImageWriter {
    /// Bytes that can be written where they lie: an array of fixed-width values, or a column.
    typealias Piece = any ImagePiece

    private(set) var pieces: [Piece] = []
    /// Counts, padding and small columns, until the next piece kept by reference.
    private var pending: [UInt8] = []
    private var written = 0

    /// Columns smaller than this are copied (a reference to each small array costs more).
    private static let byReference = 1 << 16

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { pending.append(contentsOf: $0) }
        written += 8
    }

    mutating func column<T: FixedWidthInteger & Sendable>(_ values: [T]) {
        column(values, kept: ValuesPiece(values: values))
    }

    mutating func column<T: FixedWidthInteger>(_ values: Column<T>) {
        column(values, kept: values)
    }

    /// `values`' count and values: by reference as `piece` when they are many (and already
    /// little-endian where they lie), else copied.
    private mutating func column<C: Collection>(_ values: C, kept piece: @autoclosure () -> Piece) where C.Element: FixedWidthInteger {
        int(values.count)
        let byteCount = values.count * MemoryLayout<C.Element>.stride
        if 1.littleEndian == 1, byteCount >= Self.byReference {
            keep(piece(), byteCount: byteCount)
        } else {
            for v in values { withUnsafeBytes(of: v.littleEndian) { pending.append(contentsOf: $0) } }
            written += byteCount
        }
        pad()
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

    /// Everything written, in order: what goes to the file one piece after the other.
    var finished: [Piece] {
        pending.isEmpty ? pieces : pieces + [pending]
    }

    /// Everything written, in one array (an image kept in memory, and the tests).
    var bytes: [UInt8] { Self.joined(finished) }

    /// `pieces` one after the other in one array.
    static func joined(_ pieces: [Piece]) -> [UInt8] {
        var all: [UInt8] = []
        all.reserveCapacity(pieces.reduce(0) { total, piece in total + piece.withUnsafeBytes(\.count) })
        for piece in pieces { piece.withUnsafeBytes { all.append(contentsOf: $0) } }
        return all
    }

    private mutating func keep(_ piece: Piece, byteCount: Int) {
        if !pending.isEmpty { pieces.append(pending) }
        pending = []
        pieces.append(piece)
        written += byteCount
    }

    private mutating func pad() {
        while written % 8 != 0 {
            pending.append(0)
            written += 1
        }
    }
}

/// Bytes an ``ImageWriter`` keeps by reference and writes where they lie.
protocol ImagePiece: Sendable {
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}

extension Array: ImagePiece where Element == UInt8 {}

/// An array of other fixed-width values, kept whole.
private struct ValuesPiece<T: FixedWidthInteger & Sendable>: ImagePiece {
    let values: [T]

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try values.withUnsafeBytes(body)
    }
}

extension Column: ImagePiece {
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(buffer))
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
