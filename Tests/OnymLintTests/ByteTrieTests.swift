import OnymGlossary
import Testing
@testable import OnymLint

@Suite struct ByteTrieTests {
    @Test func walksSortedKeys() {
        let keys = ["kiev", "kiev's", "kyiv", "ky", "a"].map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        let trie = ByteTrie(sortedKeys: keys)
        func lookup(_ s: String) -> Int32? {
            var node = ByteTrie.root
            for b in s.utf8 {
                guard let next = trie.child(node, b) else { return nil }
                node = next
            }
            return trie.value(node)
        }
        for (i, key) in keys.enumerated() {
            #expect(lookup(String(decoding: key, as: UTF8.self)) == Int32(i))
        }
        #expect(lookup("k") == nil)
        #expect(lookup("kie") == nil)
        #expect(lookup("kievan") == nil)
        #expect(lookup("") == nil)
    }

    /// A chain of single children is numbered consecutively, so a walk along a name reads adjacent memory.
    @Test func laysChainsOutDepthFirst() {
        let keys = ["ab", "ax", "axolotl", "b"].map { Array($0.utf8) }
        let trie = ByteTrie(sortedKeys: keys)
        var path: [Int32] = []
        var node = ByteTrie.root
        for b in "axolotl".utf8 {
            node = trie.child(node, b)!
            path.append(node)
        }
        // Root's block: a = 1, b = 2; a's block: b = 3, x = 4; then x's chain o, l, o, t, l.
        #expect(path == [1, 4, 5, 6, 7, 8, 9])
        #expect(trie.value(4) == 1)
        #expect(trie.value(9) == 2)
    }

    /// An image's trie is checked before any walk: edges outside the edges, or values outside
    /// the term lists, refuse it, whichever node holds them (the check reads four nodes at a
    /// time, then the rest one by one); an end before a first is harmless and loads.
    @Test func anImageThatWouldSendAWalkAstrayIsRefused() {
        let keys = (0..<40).map { Array("k\($0 * 7)".utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        let trie = ByteTrie(sortedKeys: keys)
        var writer = ImageWriter()
        trie.write(into: &writer)
        var reader = ImageReader(ReadOnlyBytes(bytes: writer.bytes))
        let nodes = Array(reader.column(Int32.self)!), edges = Array(reader.column(UInt8.self)!)
        func loads(_ nodes: [Int32], limit: Int = keys.count) -> Bool {
            var writer = ImageWriter()
            writer.column(nodes)
            writer.column(edges)
            var reader = ImageReader(ReadOnlyBytes(bytes: writer.bytes))
            return ByteTrie(image: &reader, valueLimit: limit) != nil
        }
        #expect(loads(nodes))
        #expect(!loads(nodes, limit: keys.count - 1))
        #expect(nodes.count % 12 != 0)  // some nodes past the last group of four
        for node in [0, 1, 5, nodes.count / 3 - 1] {
            var bad = nodes
            bad[3 * node] = -1
            #expect(!loads(bad), "first edge of node \(node)")
            bad = nodes
            bad[3 * node + 1] = Int32(edges.count + 1)
            #expect(!loads(bad), "end edge of node \(node)")
            bad = nodes
            bad[3 * node + 2] = -2
            #expect(!loads(bad), "value of node \(node)")
            bad = nodes
            bad[3 * node + 2] = Int32(keys.count)
            #expect(!loads(bad), "value of node \(node)")
            bad = nodes
            bad[3 * node + 1] = 0
            #expect(loads(bad), "end before first at node \(node)")
        }
    }
}
