#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Read-only bytes: a file mapped into memory (nothing is copied: pages are
/// read as they are touched), or a copy of bytes made in the process. For the
/// linter's compiled-matcher images and for hashing glossary files into cache
/// keys. Freed or unmapped with the last reference.
public final class ReadOnlyBytes: @unchecked Sendable {
    // Unchecked: the bytes are never written after init, so sharing them between threads is safe.
    public let base: UnsafeRawPointer
    public let count: Int
    private let mapped: Bool

    /// A copy of `bytes`, aligned for every column type.
    public init(bytes: [UInt8]) {
        base = bytes.withUnsafeBytes { Self.copy($0) }
        count = bytes.count
        mapped = false
    }

    /// A copy of the bytes `source` points to (the values of any array, copied once).
    public init(copying source: UnsafeRawBufferPointer) {
        base = Self.copy(source)
        count = source.count
        mapped = false
    }

    /// `count` bytes written once by `body` (zeroed before), then only read: a large column
    /// built in place rather than built in an array and copied.
    public init(count: Int, initializingWith body: (UnsafeMutableRawBufferPointer) -> Void) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 16)
        memory.initializeMemory(as: UInt8.self, repeating: 0, count: max(count, 1))
        body(UnsafeMutableRawBufferPointer(start: memory, count: count))
        base = UnsafeRawPointer(memory)
        self.count = count
        mapped = false
    }

    private static func copy(_ source: UnsafeRawBufferPointer) -> UnsafeRawPointer {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
        if let from = source.baseAddress { memory.copyMemory(from: from, byteCount: source.count) }
        return UnsafeRawPointer(memory)
    }

    /// The file at `path` mapped read-only; nil when it cannot be opened or mapped.
    public init?(mapping path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let memory = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), memory != MAP_FAILED else { return nil }
        base = UnsafeRawPointer(memory)
        count = size
        mapped = true
    }

    /// The bytes, valid while this storage lives.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// A mapped file's pages leave the process (the file's bytes stay in the page cache and
    /// are mapped again when touched); bytes copied into the process stay.
    public func releasePages() {
        // The mapping is read-only: there is nothing written to lose.
        if mapped { _ = madvise(UnsafeMutableRawPointer(mutating: base), count, MADV_DONTNEED) }
    }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: base), count) } else { UnsafeMutableRawPointer(mutating: base).deallocate() }
    }
}

