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
    ///
    /// Memory is the limit here (a first compile of 100,000 concepts makes some two million
    /// nodes): the arrays are made at their exact size, each is let go as soon as the next
    /// step no longer needs it, and the nodes are written once, in place, into the storage
    /// the image writer then keeps by reference.
    init(sortedKeys keys: [[UInt8]]) {
        // Each key adds a node a byte past the prefix it shares with the key before.
        var shared = [Int32](repeating: 0, count: keys.count)
        var count = 1
        for index in keys.indices {
            if index > 0 {
                keys[index].withUnsafeBufferPointer { key in
                    keys[index - 1].withUnsafeBufferPointer { previous in
                        var common = 0
                        while common < min(key.count, previous.count), key[common] == previous[common] { common += 1 }
                        shared[index] = Int32(common)
                    }
                }
            }
            count += keys[index].count - Int(shared[index])
        }
        // First depth first, as the sorted keys give it: the path is kept on a stack and every
        // node's children arrive in byte order. Node i + 1 is made by edge i.
        var parents = [Int32](repeating: 0, count: count - 1)
        var bytes = [UInt8](repeating: 0, count: count - 1)
        var values = [Int32](repeating: -1, count: count)
        var made = 1
        var path: [Int32] = [0]  // path[d] is the node after d bytes of the previous key
        for index in keys.indices {
            // Read in place: a copy of each key (or a slice of it) is a reference counted twice.
            keys[index].withUnsafeBufferPointer { key in
                let common = Int(shared[index])
                path.removeLast(path.count - common - 1)
                for byte in key[common...] {
                    parents[made - 1] = path.last!
                    bytes[made - 1] = byte
                    path.append(Int32(made))
                    made += 1
                }
            }
            values[Int(path.last!)] = Int32(index)
        }
        shared = []
        // Children of each node (a counting sort by parent keeps their byte order).
        var childStart = [Int32](repeating: 0, count: count + 1)
        var children = [Int32](repeating: 0, count: count - 1)
        do {
            for p in parents { childStart[Int(p) + 1] += 1 }
            for n in 0..<count { childStart[n + 1] += childStart[n] }
            var fill = Array(childStart.dropLast())
            for (i, p) in parents.enumerated() {
                children[Int(fill[Int(p)])] = Int32(i + 1)
                fill[Int(p)] += 1
            }
        }
        parents = []
        // New numbers: a node's children get the next block, then its first child's children,
        // and so on. Each node is written when it is taken off the stack, which holds its old
        // and new numbers; the next free number is all the layout needs to remember.
        var edgeBytes = Column<UInt8>(count: 0) { _ in }
        let nodes = Column<Int32>(count: 3 * count) { nodes in
            edgeBytes = Column<UInt8>(count: count - 1) { edgeBytes in
                children.withUnsafeBufferPointer { children in
                    childStart.withUnsafeBufferPointer { childStart in
                        var next: Int32 = 1
                        var stack: [(old: Int32, new: Int32)] = [(0, 0)]
                        while let (old, new) = stack.popLast() {
                            let first = Int(childStart[Int(old)]), end = Int(childStart[Int(old) + 1])
                            // Node `new`'s edges are next - 1 ..< next - 1 + (end - first); edge e leads to node e + 1.
                            nodes[3 * Int(new)] = next - 1
                            nodes[3 * Int(new) + 1] = next - 1 + Int32(end - first)
                            nodes[3 * Int(new) + 2] = values[Int(old)]
                            for e in first..<end {
                                let child = children[e]
                                edgeBytes[Int(next) - 1 + e - first] = bytes[Int(child) - 1]
                            }
                            let block = next
                            next += Int32(end - first)
                            // The first child is taken next, so its block follows this one.
                            var e = end
                            while e > first {
                                e -= 1
                                stack.append((children[e], block + Int32(e - first)))
                            }
                        }
                    }
                }
            }
        }
        self.nodes = nodes
        self.edgeBytes = edgeBytes
        rootChildren = Self.rootTable(nodes: nodes, edgeBytes: edgeBytes)
    }

    /// A trie read from an image; nil when its arrays do not fit together (a damaged file
    /// must not send a walk astray), or when a value is not below `valueLimit`.
    init?(image reader: inout ImageReader, valueLimit: Int) {
        guard let nodes = reader.column(Int32.self), let edgeBytes = reader.column(UInt8.self),
              nodes.count >= 3, nodes.count % 3 == 0 else { return nil }
        let count = nodes.count / 3
        // Every node but the root has one edge in; every node's edges lie within the edges.
        guard edgeBytes.count == count - 1 else { return nil }
        // What a walk needs to stay inside the arrays: first edges at 0 or more, end edges at
        // most the edge count (a node whose end is before its first has no children to a
        // walk), values from -1 to below the limit. Checked at every start-up over millions
        // of nodes, so each bound is a difference whose sign bit is ORed into one word: no
        // branch and no minimum (which this processor baseline has no vector instruction
        // for), and the compiler vectorises the loop.
        guard valueLimit <= Int(Int32.max) else { return nil }
        let all = nodes.base, edgeCount = Int32(edgeBytes.count), lastValue = Int32(valueLimit) &- 1
        var outside: Int32 = 0
        for n in 0..<count {
            let first = all[3 * n], end = all[3 * n + 1], value = all[3 * n + 2]
            outside |= first | (edgeCount &- end) | (value &+ 1) | (lastValue &- value)
        }
        guard outside >= 0 else { return nil }
        self.nodes = nodes
        self.edgeBytes = edgeBytes
        rootChildren = Self.rootTable(nodes: nodes, edgeBytes: edgeBytes)
    }

    private static func rootTable(nodes: Column<Int32>, edgeBytes: Column<UInt8>) -> [Int32] {
        var table = [Int32](repeating: -1, count: 256)
        // A root whose end edge is before its first (a damaged image) has no children.
        for e in Int(nodes[0])..<max(Int(nodes[0]), Int(nodes[1])) { table[Int(edgeBytes[e])] = Int32(e + 1) }
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
