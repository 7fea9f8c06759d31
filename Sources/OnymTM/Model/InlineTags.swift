/// The inline markup of a segment (TMX `<bpt>`, `<ept>`, `<ph>`, `<it>`, `<hi>`; XLIFF `<g>`,
/// `<x/>`, `<pc>`, `<ph/>` …). The text keeps a placeholder where each was — `⟨1⟩` opens,
/// `⟨/1⟩` closes, `⟨2/⟩` stands alone — and this keeps the markup itself, so an export
/// writes it back. Placeholders are not words: they never count in a match score, only
/// as a small penalty when they differ.
public struct InlineTags: Sendable, Hashable, Codable {
    /// The format the markup is written in (`tmx`, `xliff1`, `xliff2`).
    public var format: String
    /// Placeholder → the markup it stands for, as XML.
    public var codes: [String: String]

    public init(format: String, codes: [String: String] = [:]) {
        self.format = format
        self.codes = codes
    }

    public static let open: Character = "⟨"
    public static let close: Character = "⟩"

    /// The placeholders of `text`, in order, each with its UTF-8 range.
    public static func placeholders(in text: String) -> [(text: String, range: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        let bytes = Array(text.utf8)
        let open = Array("⟨".utf8), close = Array("⟩".utf8)
        var i = 0
        while i + open.count <= bytes.count {
            if bytes[i..<(i + open.count)].elementsEqual(open) {
                var j = i + open.count
                var body = true
                while j + close.count <= bytes.count, !bytes[j..<(j + close.count)].elementsEqual(close) {
                    let b = bytes[j]
                    // A placeholder is a number, optionally with / before or after it.
                    if !(b >= 0x30 && b <= 0x39) && b != UInt8(ascii: "/") { body = false; break }
                    j += 1
                }
                if body, j + close.count <= bytes.count, j > i + open.count {
                    let end = j + close.count
                    out.append((String(decoding: bytes[i..<end], as: UTF8.self), i..<end))
                    i = end
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
