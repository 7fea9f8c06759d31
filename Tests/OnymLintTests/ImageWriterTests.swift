import Testing
@testable import OnymGlossary
@testable import OnymLint

@Suite struct ImageWriterTests {
    /// Small columns are copied, large ones kept by reference; either way the image is a
    /// count and the values, padded to 8 bytes, and reads back the same.
    @Test func smallAndLargeColumnsReadBack() throws {
        let large = (0..<20_000).map { Int32($0 * 3 - 7) }
        let largeColumn = Column<UInt16>(count: 40_000) { values in
            for i in values.indices { values[i] = UInt16(i % 65_000) }
        }
        var w = ImageWriter()
        w.int(42)
        w.column([Int32(1), 2, 3])
        w.column(large)
        w.column([UInt8](Array("Kyiv".utf8)))
        w.column(largeColumn)
        w.strings(["Kyiv", "Türkiye"])
        // Pending bytes, the large array, pending bytes, the large column, pending bytes.
        #expect(w.finished.count == 5)
        let bytes = w.bytes
        #expect(bytes.count == 8 + (8 + 16) + (8 + 80_000) + (8 + 8) + (8 + 80_000) + (8 + 16) + (8 + 16))
        #expect(bytes.count == w.finished.reduce(0) { total, piece in total + piece.withUnsafeBytes(\.count) })
        var r = ImageReader(ReadOnlyBytes(bytes: bytes))
        let number = r.int()
        let small = r.column(Int32.self).map(Array.init)
        let largeBack = r.column(Int32.self).map(Array.init)
        let word = r.column(UInt8.self).map(Array.init)
        let columnBack = r.column(UInt16.self).map(Array.init)
        let read = r.strings()
        let strings = try #require(read)
        #expect(number == 42)
        #expect(small == [1, 2, 3])
        #expect(largeBack == large)
        #expect(word == Array("Kyiv".utf8))
        #expect(columnBack == Array(largeColumn))
        #expect((0..<strings.count).map { strings[$0] } == ["Kyiv", "Türkiye"])
        #expect(r.isAtEnd)
    }

    @Test func anEmptyWriterWritesNothing() {
        let w = ImageWriter()
        #expect(w.finished.isEmpty)
        #expect(w.bytes.isEmpty)
    }
}
