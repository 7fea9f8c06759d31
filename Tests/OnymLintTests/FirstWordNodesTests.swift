import Testing
@testable import OnymGlossary
@testable import OnymLint

@Suite struct FirstWordNodesTests {
    @Test func givesTheNodeAfterEachFirstWord() {
        let keys = ["by kang", "david smith", "david", "kyiv", "volodymyr zelenskyy", "anextraordinarilylongword x"]
            .map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        let trie = ByteTrie(sortedKeys: keys)
        let firstWords = FirstWords.distinct(of: keys)
        #expect(firstWords.map { String(decoding: $0, as: UTF8.self) } == ["anextraordinarilylongword", "by", "david", "kyiv", "volodymyr"])
        let table = FirstWordNodes(words: firstWords, trie: trie)
        let text = Array("by david kyiv volodymyr dav davids anextraordinarilylongword".utf8)
        func node(_ range: Range<Int>) -> Int32? { table.node(after: text, range, mixed: WordHash.of(text, range)) }
        #expect(node(0..<2) == trie.node(after: Array("by".utf8)))
        #expect(node(3..<8) == trie.node(after: Array("david".utf8)))
        #expect(node(9..<13) == trie.node(after: Array("kyiv".utf8)))
        #expect(node(14..<23) == trie.node(after: Array("volodymyr".utf8)))
        // A prefix of a first word, or a first word and more, is not one.
        #expect(node(24..<27) == nil)
        #expect(node(28..<34) == nil)
        // Longer than 16 bytes: not in the table (the linter walks it from the root).
        #expect(node(35..<60) == nil)
    }

    @Test func aTableThatDoesNotFitItsTrieIsRefused() {
        let keys = ["kyiv"].map { Array($0.utf8) }
        let trie = ByteTrie(sortedKeys: keys)
        var writer = ImageWriter()
        FirstWordNodes(words: keys, trie: trie).write(into: &writer)
        var reader = ImageReader(ReadOnlyBytes(bytes: writer.bytes))
        #expect(FirstWordNodes(image: &reader, nodeCount: trie.nodeCount) != nil)
        var small = ImageReader(ReadOnlyBytes(bytes: writer.bytes))
        #expect(FirstWordNodes(image: &small, nodeCount: 3) == nil)
    }
}
