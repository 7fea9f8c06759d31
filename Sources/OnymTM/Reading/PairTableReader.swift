import CSV
import Foundation
import OnymText

/// Reads CSV (`,`) and TSV (tab) files whose header is two language codes (`en,uk`), one
/// pair a row. (Such files are small beside TMX exports: they are read whole.)
public enum PairTableReader {
    public static func read(_ path: String, unit: (TranslationUnit) throws(TMError) -> Void) throws(TMError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw TMError(file: path, line: 0, message: "cannot read the file") }
        let bytes = [UInt8](data)
        if let offset = UTF8Validator.firstInvalidOffset(in: bytes) {
            throw TMError(file: path, line: UTF8Validator.line(ofOffset: offset, in: bytes), message: "invalid UTF-8 at byte offset \(offset)")
        }
        let delimiter: UnicodeScalar = path.lowercased().hasSuffix(".tsv") || path.lowercased().hasSuffix(".tab") ? "\t" : ","
        let reader: CSVReader
        do { reader = try CSVReader(string: String(decoding: bytes, as: UTF8.self), delimiter: delimiter) } catch {
            throw TMError(file: path, line: 1, message: "not readable as CSV: \(error)")
        }
        var languages: [String] = []
        var line = 1
        while let fields = reader.next() {
            let rowLine = line
            line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            if languages.isEmpty {
                var header = fields
                if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
                guard header.count == 2 else {
                    throw TMError(file: path, line: rowLine, message: "the header must be two language codes (like en,uk), not \(header.joined(separator: String(Character(delimiter))))")
                }
                for code in header where LanguageMatch.canonical(code) == nil {
                    throw TMError(file: path, line: rowLine, message: "'\(code)' in the header is not a language tag")
                }
                languages = header.compactMap(LanguageMatch.canonical)
                continue
            }
            if fields == [""] { continue }
            guard fields.count == 2 else {
                throw TMError(file: path, line: rowLine, message: "a row has \(fields.count) fields; a pair has 2")
            }
            let variants = zip(languages, fields).map { TranslationUnit.Variant(language: $0, text: Normalizer.normalize($1, to: .nfc)) }
            try unit(TranslationUnit(id: String(rowLine), line: rowLine, sourceLanguage: languages[0], variants: variants,
                                     meta: TMMeta(origin: path)))
        }
        if let error = reader.error {
            throw TMError(file: path, line: line, message: "not readable as CSV: \(error)")
        }
        if languages.isEmpty { throw TMError(file: path, line: 1, message: "the file is empty; it needs a header of two language codes") }
    }
}
