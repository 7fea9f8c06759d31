/// A trie over UTF-8 bytes of match keys, built once per glossary and language,
/// walked byte by byte along the text's key: no pass over the terms per text.
struct ByteTrie: Sendable {
    /// Edges of node n are `edgeBytes[edgeStart[n]..<edgeStart[n + 1]]`, sorted.
    private let edgeStart: [Int32]
    private let edgeBytes: [UInt8]
    private let edgeTargets: [Int32]
    /// The value stored at a node (an index into the matcher's term lists), or -1.
    private let values: [Int32]

    static let root: Int32 = 0

    /// Builds the trie from keys in ascending byte order (the value of the i-th key is i):
    /// each key shares a prefix with the one before, so the path is kept on a stack and
    /// every node's children arrive already sorted.
    init(sortedKeys keys: [[UInt8]]) {
        var children: [[(UInt8, Int32)]] = [[]]
        var values: [Int32] = [-1]
        var path: [Int32] = [0]  // path[d] is the node after d bytes of the previous key
        var previous: [UInt8] = []
        for (index, key) in keys.enumerated() {
            var common = 0
            while common < min(key.count, previous.count), key[common] == previous[common] { common += 1 }
            path.removeLast(path.count - common - 1)
            for byte in key[common...] {
                let node = Int32(children.count)
                children.append([])
                values.append(-1)
                children[Int(path.last!)].append((byte, node))
                path.append(node)
            }
            values[Int(path.last!)] = Int32(index)
            previous = key
        }
        var edgeStart: [Int32] = [0]
        var edgeBytes: [UInt8] = []
        var edgeTargets: [Int32] = []
        edgeBytes.reserveCapacity(children.count)
        edgeTargets.reserveCapacity(children.count)
        for node in children {
            for (byte, target) in node {
                edgeBytes.append(byte)
                edgeTargets.append(target)
            }
            edgeStart.append(Int32(edgeBytes.count))
        }
        self.edgeStart = edgeStart
        self.edgeBytes = edgeBytes
        self.edgeTargets = edgeTargets
        self.values = values
    }

    /// The child of `node` along `byte`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ byte: UInt8) -> Int32? {
        var low = Int(edgeStart[Int(node)]), high = Int(edgeStart[Int(node) + 1])
        while low < high {
            let mid = (low + high) / 2
            let b = edgeBytes[mid]
            if b == byte { return edgeTargets[mid] }
            if b < byte { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// The value at `node`, if a key ends there.
    @inline(__always)
    func value(_ node: Int32) -> Int32? {
        let v = values[Int(node)]
        return v >= 0 ? v : nil
    }
}
