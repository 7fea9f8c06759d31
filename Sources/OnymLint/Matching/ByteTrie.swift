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

    /// Builds the trie from keys and the value each ends in.
    init(_ entries: [(key: [UInt8], value: Int32)]) {
        var children: [[UInt8: Int32]] = [[:]]
        var values: [Int32] = [-1]
        for (key, value) in entries {
            var node: Int32 = 0
            for byte in key {
                if let next = children[Int(node)][byte] {
                    node = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    values.append(-1)
                    children[Int(node)][byte] = next
                    node = next
                }
            }
            values[Int(node)] = value
        }
        var edgeStart: [Int32] = [0]
        var edgeBytes: [UInt8] = []
        var edgeTargets: [Int32] = []
        for node in children {
            for (byte, target) in node.sorted(by: { $0.key < $1.key }) {
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
