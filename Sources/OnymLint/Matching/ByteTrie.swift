/// A trie over UTF-8 bytes of match keys, built once per glossary and language,
/// walked byte by byte along the text's key: no pass over the terms per text.
///
/// The children of a node are consecutive (the edge at index e leads to node
/// e + 1, so no target needs storing), and the blocks of children are laid out
/// depth first: a node's first child's block follows its own. Past the first
/// letters a name's path is a chain of single children, and a depth-first
/// layout keeps that chain in consecutive memory, so a walk reads a few cache
/// lines instead of two new ones per byte (as a breadth-first layout did).
struct ByteTrie: Sendable {
    /// `nodes[3n]` and `nodes[3n + 1]` are node n's first and end edge, `nodes[3n + 2]` its
    /// value (an index into the matcher's term lists, or -1).
    private let nodes: Column<Int32>
    /// The byte of each edge; the edges of a node are sorted.
    private let edgeBytes: Column<UInt8>
    /// The root's child along each byte, or -1: every walk starts at the root, and a table read
    /// there saves a binary search whose branches a processor cannot predict.
    private let rootChildren: [Int32]

    static let root: Int32 = 0

    /// Builds the trie from keys in ascending byte order (the value of the i-th key is i).
    init(sortedKeys keys: [[UInt8]]) {
        // First depth first, as the sorted keys give it: each key shares a prefix with the one
        // before, so the path is kept on a stack and every node's children arrive in byte order.
        var parents: [Int32] = [], bytes: [UInt8] = []
        var values: [Int32] = [-1]
        // At most one node a key byte: room made once, not grown through a dozen copies.
        let most = keys.reduce(0) { $0 + $1.count }
        parents.reserveCapacity(most)
        bytes.reserveCapacity(most)
        values.reserveCapacity(most + 1)
        var path: [Int32] = [0]  // path[d] is the node after d bytes of the previous key
        for index in keys.indices {
            // Read in place: a copy of each key (or a slice of it) is a reference counted twice.
            keys[index].withUnsafeBufferPointer { key in
                var common = 0
                if index > 0 {
                    keys[index - 1].withUnsafeBufferPointer { previous in
                        while common < min(key.count, previous.count), key[common] == previous[common] { common += 1 }
                    }
                }
                path.removeLast(path.count - common - 1)
                for byte in key[common...] {
                    let node = Int32(values.count)
                    values.append(-1)
                    parents.append(path.last!)
                    bytes.append(byte)
                    path.append(node)
                }
            }
            values[Int(path.last!)] = Int32(index)
        }
        // Children of each node (a counting sort by parent keeps their byte order).
        let count = values.count
        var childStart = [Int32](repeating: 0, count: count + 1)
        for p in parents { childStart[Int(p) + 1] += 1 }
        for n in 0..<count { childStart[n + 1] += childStart[n] }
        var fill = Array(childStart.dropLast())
        var children = [Int32](repeating: 0, count: parents.count)
        for (i, p) in parents.enumerated() {
            children[Int(fill[Int(p)])] = Int32(i + 1)  // node i + 1 is the child made by edge i
            fill[Int(p)] += 1
        }
        // New numbers: a node's children get the next block, then its first child's children, and so on.
        var order: [Int32] = [0]
        order.reserveCapacity(count)
        var blockStart = [Int32](repeating: 0, count: count)
        var stack: [Int32] = [0]
        // By index into the arrays in place: a slice of the children per node (millions of
        // them) was counted in and out each time.
        children.withUnsafeBufferPointer { children in
            childStart.withUnsafeBufferPointer { childStart in
                while let old = stack.popLast() {
                    let first = Int(childStart[Int(old)]), end = Int(childStart[Int(old) + 1])
                    blockStart[Int(old)] = Int32(order.count)
                    for e in first..<end { order.append(children[e]) }
                    var e = end
                    while e > first {
                        e -= 1
                        stack.append(children[e])
                    }
                }
            }
        }
        var nodes = [Int32](repeating: 0, count: 3 * count)
        var edgeBytes = [UInt8](repeating: 0, count: parents.count)
        for (new, old) in order.enumerated() {
            let o = Int(old)
            let first = blockStart[o] - 1
            nodes[3 * new] = first
            nodes[3 * new + 1] = first + childStart[o + 1] - childStart[o]
            nodes[3 * new + 2] = values[o]
            if new > 0 { edgeBytes[new - 1] = bytes[o - 1] }
        }
        self.nodes = Column(nodes)
        self.edgeBytes = Column(edgeBytes)
        rootChildren = Self.rootTable(nodes: self.nodes, edgeBytes: self.edgeBytes)
    }

    /// A trie read from an image; nil when its arrays do not fit together (a damaged file
    /// must not send a walk astray), or when a value is not below `valueLimit`.
    init?(image reader: inout ImageReader, valueLimit: Int) {
        guard let nodes = reader.column(Int32.self), let edgeBytes = reader.column(UInt8.self),
              nodes.count >= 3, nodes.count % 3 == 0 else { return nil }
        let count = nodes.count / 3
        // Every node but the root has one edge in; every node's edges lie within the edges.
        guard edgeBytes.count == count - 1 else { return nil }
        // Checked with minima and maxima, no branch per node (this runs at every start-up, over millions).
        var minFirst = Int32.max, minSpan = Int32.max, minEnd = Int32.max, maxEnd = Int32.min, minValue = Int32.max, maxValue = Int32.min
        let all = nodes.base
        for n in 0..<count {
            let first = all[3 * n], end = all[3 * n + 1], value = all[3 * n + 2]
            minFirst = min(minFirst, first)
            minSpan = min(minSpan, end &- first)
            minEnd = min(minEnd, end)
            maxEnd = max(maxEnd, end)
            minValue = min(minValue, value)
            maxValue = max(maxValue, value)
        }
        // Both ends at or above 0, so their difference cannot wrap.
        guard minFirst >= 0, minEnd >= 0, minSpan >= 0, Int(maxEnd) <= edgeBytes.count, minValue >= -1, Int(maxValue) < valueLimit else { return nil }
        self.nodes = nodes
        self.edgeBytes = edgeBytes
        rootChildren = Self.rootTable(nodes: nodes, edgeBytes: edgeBytes)
    }

    private static func rootTable(nodes: Column<Int32>, edgeBytes: Column<UInt8>) -> [Int32] {
        var table = [Int32](repeating: -1, count: 256)
        for e in Int(nodes[0])..<Int(nodes[1]) { table[Int(edgeBytes[e])] = Int32(e + 1) }
        return table
    }

    func write(into writer: inout ImageWriter) {
        writer.column(nodes)
        writer.column(edgeBytes)
    }

    /// The child of `node` along `byte`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ byte: UInt8) -> Int32? {
        if node == Self.root {
            let c = rootChildren.withUnsafeBufferPointer { $0[Int(byte)] }
            return c >= 0 ? c : nil
        }
        // Unchecked reads: the image was checked when loaded (every node's edges lie within the edges).
        let info = nodes.base, bytes = edgeBytes.base
        var low = Int(info[3 * Int(node)]), high = Int(info[3 * Int(node) + 1])
        while low < high {
            let mid = (low + high) / 2
            let b = bytes[mid]
            if b == byte { return Int32(mid + 1) }
            if b < byte { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// The number of nodes.
    var nodeCount: Int { nodes.count / 3 }

    /// The node reached from the root along `bytes`, or nil.
    func node(after bytes: some Sequence<UInt8>) -> Int32? {
        var node = Self.root
        for byte in bytes {
            guard let next = child(node, byte) else { return nil }
            node = next
        }
        return node
    }

    /// The value at `node`, if a key ends there.
    @inline(__always)
    func value(_ node: Int32) -> Int32? {
        let v = nodes.base[3 * Int(node) + 2]
        return v >= 0 ? v : nil
    }
}
