/// A trie over UTF-8 bytes of match keys, built once per glossary and language,
/// walked byte by byte along the text's key: no pass over the terms per text.
///
/// Nodes are numbered breadth first, so the nodes near the root, which every
/// word of a text visits, sit together in a few cache lines, and the children
/// of a node are consecutive: the edge at index e leads to node e + 1, and
/// no target needs storing. A node's first edge and its value lie side by
/// side, so one step costs about two memory reads.
struct ByteTrie: Sendable {
    /// `nodes[2n]` is node n's first edge, `nodes[2n + 1]` its value (an index into the
    /// matcher's term lists, or -1); `nodes[2N]` closes the last node's edges.
    private let nodes: Column<Int32>
    /// The byte of each edge; the edges of a node are sorted.
    private let edgeBytes: Column<UInt8>

    static let root: Int32 = 0

    /// Builds the trie from keys in ascending byte order (the value of the i-th key is i).
    init(sortedKeys keys: [[UInt8]]) {
        // First depth first, as the sorted keys give it: each key shares a prefix with the one
        // before, so the path is kept on a stack and every node's children arrive in byte order.
        var parents: [Int32] = [], bytes: [UInt8] = []
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
                path.append(node)
            }
            values[Int(path.last!)] = Int32(index)
            previous = key
        }
        // Children of each node (a counting sort by parent keeps their byte order), then
        // breadth-first numbers: a queue that is the new order itself.
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
        var order: [Int32] = [0]
        order.reserveCapacity(count)
        var nodes = [Int32](repeating: 0, count: 2 * count + 1)
        var edgeBytes: [UInt8] = []
        edgeBytes.reserveCapacity(parents.count)
        var head = 0
        while head < order.count {
            let old = Int(order[head])
            nodes[2 * head] = Int32(edgeBytes.count)
            nodes[2 * head + 1] = values[old]
            for c in childStart[old]..<childStart[old + 1] {
                let child = children[Int(c)]
                edgeBytes.append(bytes[Int(child) - 1])
                order.append(child)
            }
            head += 1
        }
        nodes[2 * count] = Int32(edgeBytes.count)
        self.nodes = Column(nodes)
        self.edgeBytes = Column(edgeBytes)
    }

    /// A trie read from an image; nil when its arrays do not fit together (a damaged file
    /// must not send a walk astray), or when a value is not below `valueLimit`.
    init?(image reader: inout ImageReader, valueLimit: Int) {
        guard let nodes = reader.column(Int32.self), let edgeBytes = reader.column(UInt8.self),
              nodes.count >= 3, nodes.count % 2 == 1 else { return nil }
        let count = nodes.count / 2
        // Every node but the root has one edge in; first edges rise from 0 to the edge count.
        guard edgeBytes.count == count - 1, nodes[0] == 0, Int(nodes[2 * count]) == edgeBytes.count else { return nil }
        var previous: Int32 = 0
        var lowValue: Int32 = -1, highValue: Int32 = -1
        for n in 0..<count {
            let first = nodes[2 * n], value = nodes[2 * n + 1]
            guard first >= previous else { return nil }
            previous = first
            lowValue = min(lowValue, value)
            highValue = max(highValue, value)
        }
        guard lowValue >= -1, Int(highValue) < valueLimit else { return nil }
        self.nodes = nodes
        self.edgeBytes = edgeBytes
    }

    func write(into writer: inout ImageWriter) {
        writer.column(nodes)
        writer.column(edgeBytes)
    }

    /// The child of `node` along `byte`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ byte: UInt8) -> Int32? {
        // Unchecked reads: the image was checked when loaded (first edges rise to the edge count).
        let info = nodes.base, bytes = edgeBytes.base
        var low = Int(info[2 * Int(node)]), high = Int(info[2 * Int(node) + 2])
        while low < high {
            let mid = (low + high) / 2
            let b = bytes[mid]
            if b == byte { return Int32(mid + 1) }
            if b < byte { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// The value at `node`, if a key ends there.
    @inline(__always)
    func value(_ node: Int32) -> Int32? {
        let v = nodes.base[2 * Int(node) + 1]
        return v >= 0 ? v : nil
    }
}
