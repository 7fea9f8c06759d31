/// A trie over UTF-8 bytes of match keys, built once per glossary and language,
/// walked byte by byte along the text's key: no pass over the terms per text.
struct ByteTrie: Sendable {
    /// Edges of node n are `edgeBytes[edgeStart[n]..<edgeStart[n + 1]]`, sorted.
    private let edgeStart: Column<Int32>
    private let edgeBytes: Column<UInt8>
    private let edgeTargets: Column<Int32>
    /// The value stored at a node (an index into the matcher's term lists), or -1.
    private let values: Column<Int32>

    static let root: Int32 = 0

    /// Builds the trie from keys in ascending byte order (the value of the i-th key is i):
    /// each key shares a prefix with the one before, so the path is kept on a stack and
    /// every node's children arrive already sorted.
    init(sortedKeys keys: [[UInt8]]) {
        // Edges as flat (parent, byte, child) lists in creation order, then grouped by parent
        // with a counting sort: no array per node, so a 100,000-concept trie builds in little memory.
        var parents: [Int32] = [], bytes: [UInt8] = [], targets: [Int32] = []
        var values: [Int32] = [-1]
        var path: [Int32] = [0]  // path[d] is the node after d bytes of the previous key
        var previous: [UInt8] = []
        for (index, key) in keys.enumerated() {
            var common = 0
            while common < min(key.count, previous.count), key[common] == previous[common] { common += 1 }
            path.removeLast(path.count - common - 1)
            for byte in key[common...] {
                let node = Int32(values.count)
                values.append(-1)
                parents.append(path.last!)
                bytes.append(byte)
                targets.append(node)
                path.append(node)
            }
            values[Int(path.last!)] = Int32(index)
            previous = key
        }
        let nodes = values.count
        var edgeStart = [Int32](repeating: 0, count: nodes + 1)
        for p in parents { edgeStart[Int(p) + 1] += 1 }
        for n in 0..<nodes { edgeStart[n + 1] += edgeStart[n] }
        var fill = Array(edgeStart.dropLast())
        var edgeBytes = [UInt8](repeating: 0, count: parents.count)
        var edgeTargets = [Int32](repeating: 0, count: parents.count)
        // A node's children were created in ascending byte order, and the sort is stable.
        for e in parents.indices {
            let slot = Int(fill[Int(parents[e])])
            edgeBytes[slot] = bytes[e]
            edgeTargets[slot] = targets[e]
            fill[Int(parents[e])] += 1
        }
        self.edgeStart = Column(edgeStart)
        self.edgeBytes = Column(edgeBytes)
        self.edgeTargets = Column(edgeTargets)
        self.values = Column(values)
    }

    /// A trie read from an image; nil when its arrays do not fit together or point
    /// outside themselves (a damaged file must not send a walk astray), or when a value
    /// is not below `valueLimit`.
    init?(image reader: inout ImageReader, valueLimit: Int) {
        guard let edgeStart = reader.column(Int32.self), let edgeBytes = reader.column(UInt8.self),
              let edgeTargets = reader.column(Int32.self), let values = reader.column(Int32.self),
              values.count >= 1, edgeStart.count == values.count + 1, edgeBytes.count == edgeTargets.count,
              edgeStart[0] == 0, Int(edgeStart[edgeStart.count - 1]) == edgeBytes.count else { return nil }
        guard edgeStart.isNonDecreasing, edgeTargets.count == 0 || (values.count > 1 && edgeTargets.isWithin(1...Int32(values.count - 1))),
              valueLimit == 0 ? values.isWithin(-1...(-1)) : values.isWithin(-1...Int32(valueLimit - 1)) else { return nil }
        self.edgeStart = edgeStart
        self.edgeBytes = edgeBytes
        self.edgeTargets = edgeTargets
        self.values = values
    }

    /// The number of values the trie holds (its keys).
    var valueCount: Int { values.buffer.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) } }

    func write(into writer: inout ImageWriter) {
        writer.column(edgeStart)
        writer.column(edgeBytes)
        writer.column(edgeTargets)
        writer.column(values)
    }

    /// The child of `node` along `byte`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ byte: UInt8) -> Int32? {
        // Unchecked reads: the image was checked when loaded (starts rise, targets are nodes).
        let starts = edgeStart.base, bytes = edgeBytes.base
        var low = Int(starts[Int(node)]), high = Int(starts[Int(node) + 1])
        while low < high {
            let mid = (low + high) / 2
            let b = bytes[mid]
            if b == byte { return edgeTargets.base[mid] }
            if b < byte { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// The value at `node`, if a key ends there.
    @inline(__always)
    func value(_ node: Int32) -> Int32? {
        let v = values.base[Int(node)]
        return v >= 0 ? v : nil
    }
}
