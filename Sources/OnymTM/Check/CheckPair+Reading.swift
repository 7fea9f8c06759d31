import Foundation
import OnymText

extension CheckPair {
    /// The pairs `from` → `to` of a bilingual file (TMX, XLIFF, CSV/TSV); a unit without a
    /// target is a pair with an empty one.
    public static func read(file: String, from: String, to: String) throws(TMError) -> [CheckPair] {
        var out: [CheckPair] = []
        try BilingualFile.read(file) { unit in
            let pairs = unit.pairs(from: from, to: to, keepEmpty: true)
            if pairs.isEmpty, let s = unit.variants.first(where: { LanguageMatch.matches(requested: from, stored: $0.language) }) {
                out.append(CheckPair(id: unit.id, line: unit.line, source: s.text, target: ""))
            }
            for p in pairs { out.append(CheckPair(id: unit.id, line: unit.line, source: p.source, target: p.target)) }
        }
        return out
    }

    /// Line n of the plain-text file `source` and line n of its translation `target`, for
    /// every line (NFC, without a byte-order mark or line ends); files of different lengths
    /// are refused.
    public static func aligned(source: String, target: String) throws(TMError) -> [CheckPair] {
        let s = try lines(source), t = try lines(target)
        guard s.count == t.count else {
            throw TMError(file: t.count < s.count ? target : source, line: min(s.count, t.count) + 1,
                          message: "\(source) has \(s.count) lines and \(target) has \(t.count): the files must be aligned line by line")
        }
        return zip(s, t).enumerated().map { CheckPair(id: String($0.offset + 1), line: $0.offset + 1, source: $0.element.0, target: $0.element.1) }
    }

    private static func lines(_ path: String) throws(TMError) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TMError(file: path, line: 0, message: "cannot read the file") }
        let bytes = [UInt8](data)
        if let offset = UTF8Validator.firstInvalidOffset(in: bytes) {
            throw TMError(file: path, line: UTF8Validator.line(ofOffset: offset, in: bytes), message: "invalid UTF-8 at byte offset \(offset)")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Normalizer.normalize(line.hasSuffix("\r") ? String(line.dropLast()) : String(line), to: .nfc)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
