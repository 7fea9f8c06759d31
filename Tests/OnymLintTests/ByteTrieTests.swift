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
}
