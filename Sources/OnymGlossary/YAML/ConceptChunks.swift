import Foundation

/// Splits a large glossary file in the usual block layout — top-level keys,
/// then `concepts:` and one `- ` item per concept at one indentation — into a
/// header and groups of whole concept items, so that each group can be parsed
/// on its own core. Anything else (flow style, another key after the
/// concepts, document markers) is not split.
enum ConceptChunks {
    /// Files smaller than this are read in one piece.
    static let minimumSize = 1 << 20
    static let cores = ProcessInfo.processInfo.activeProcessorCount

    struct Chunk: Sendable {
        /// Byte range in the file.
        let range: Range<Int>
        /// 1-based line of its first byte.
        let firstLine: Int
    }

    struct Split: Sendable {
        /// The bytes up to and including the `concepts:` line.
        let header: Range<Int>
        let chunks: [Chunk]
    }

    static func split(_ bytes: [UInt8], parts: Int = max(2, cores * 4)) -> Split? {
        var lineStarts: [(offset: Int, line: Int)] = []  // starts of concept items
        var headerEnd: Int?
        var indent: Int?
        var offset = 0, line = 1
        let n = bytes.count
        while offset < n {
            var end = offset
            while end < n, bytes[end] != 0x0A { end += 1 }
            let content = bytes[offset..<end]
            if headerEnd == nil {
                if content.starts(with: Array("concepts:".utf8)),
                   content.dropFirst(9).allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                    headerEnd = min(end + 1, n)
                } else if content.starts(with: Array("---".utf8)) || content.starts(with: Array("...".utf8)) {
                    return nil
                }
            } else {
                let spaces = content.prefix { $0 == 0x20 }.count
                let rest = content.dropFirst(spaces)
                let blank = rest.allSatisfy { $0 == 0x0D } || rest.first == UInt8(ascii: "#")
                if !blank {
                    if rest.first == 0x09 { return nil }
                    if indent == nil {
                        guard rest.starts(with: [UInt8(ascii: "-"), 0x20]) else { return nil }
                        indent = spaces
                    }
                    if spaces < indent! { return nil }  // another top-level key after the concepts
                    if spaces == indent! {
                        guard rest.starts(with: [UInt8(ascii: "-"), 0x20]) || rest == [UInt8(ascii: "-")] else { return nil }
                        lineStarts.append((offset, line))
                    }
                }
            }
            offset = end + 1
            line += 1
        }
        guard let headerEnd, lineStarts.count >= parts else { return nil }
        var chunks: [Chunk] = []
        let per = (lineStarts.count + parts - 1) / parts
        for first in stride(from: 0, to: lineStarts.count, by: per) {
            let last = min(first + per, lineStarts.count)
            let end = last < lineStarts.count ? lineStarts[last].offset : n
            chunks.append(Chunk(range: lineStarts[first].offset..<end, firstLine: lineStarts[first].line))
        }
        return Split(header: 0..<headerEnd, chunks: chunks)
    }
}
