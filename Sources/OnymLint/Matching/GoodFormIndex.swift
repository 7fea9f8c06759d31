#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The good forms (preferred, admitted, allowed) of each trie value, their bytes side by
/// side: most names a text matches are written exactly as a good form, and telling so
/// reads two places in memory here instead of four scattered term columns.
///
/// Value v's forms are `blob[starts[v]..<starts[v + 1]]`, each a 16-bit little-endian
/// length and its bytes. Reads stay within v's range whatever the image holds.
struct GoodFormIndex: Sendable {
    private let starts: Column<Int32>
    private let blob: Column<UInt8>

    /// From the term columns: value v's terms are `forms[termStarts[v]..<termStarts[v + 1]]`.
    init(termStarts: [Int32], statuses: [UInt8], forms: StringColumn) {
        var starts: [Int32] = [0], blob: [UInt8] = []
        starts.reserveCapacity(termStarts.count)
        for v in 0..<(termStarts.count - 1) {
            for i in Int(termStarts[v])..<Int(termStarts[v + 1]) {
                guard let status = TermRef.Status(code: statuses[i] & TermRef.statusMask), status.isGood else { continue }
                let bytes = forms.utf8(i)
                guard bytes.count <= Int(UInt16.max) else { continue }
                blob.append(UInt8(bytes.count & 0xFF))
                blob.append(UInt8(bytes.count >> 8))
                blob.append(contentsOf: bytes)
            }
            starts.append(Int32(blob.count))
        }
        self.starts = Column(starts)
        self.blob = Column(blob)
    }

    /// An index read from an image; nil when it does not fit `valueCount` values.
    init?(image reader: inout ImageReader, valueCount: Int) {
        guard let starts = reader.column(Int32.self), let blob = reader.column(UInt8.self), starts.count == valueCount + 1,
              starts[0] == 0, Int(starts[starts.count - 1]) == blob.count, starts.isNonDecreasing else { return nil }
        self.starts = starts
        self.blob = blob
    }

    func write(into writer: inout ImageWriter) {
        writer.column(starts)
        writer.column(blob)
    }

    /// True when one of value `value`'s good forms is `bytes`.
    func contains(_ value: Int, _ bytes: ArraySlice<UInt8>) -> Bool {
        var p = Int(starts[value])
        let end = Int(starts[value + 1])
        let base = blob.base
        return bytes.withUnsafeBufferPointer { written in
            while p + 2 <= end {
                let length = Int(base[p]) | Int(base[p + 1]) << 8
                p += 2
                guard p + length <= end else { return false }
                if length == written.count, length == 0 || memcmp(base + p, written.baseAddress!, length) == 0 { return true }
                p += length
            }
            return false
        }
    }
}
