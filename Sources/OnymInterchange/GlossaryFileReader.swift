import OnymText
import OnymGlossary

/// Reads a glossary in any format Onym imports, chosen by the file's extension
/// (or named), with the checks of `onym validate`.
public enum GlossaryFileReader {
    public static func read(bytes: [UInt8], file: String, format: InterchangeFormat? = nil) throws(GlossaryError) -> GlossaryReader.Loaded {
        guard let format = format ?? InterchangeFormat(path: file) else {
            throw GlossaryError(file: file, line: 0, rule: .wrongType,
                                message: "unknown file type: name it .yaml, .csv (long layout), .tbx or .json, or give --from-format")
        }
        switch format {
        case .yaml: return try GlossaryReader.read(bytes: bytes, file: file)
        case .json: return try GlossaryJSON.read(bytes: bytes, file: file)
        case .tbx: return try TBXReader.read(bytes: bytes, file: file)
        case .csv:
            if let offset = UTF8Validator.firstInvalidOffset(in: bytes) {
                throw GlossaryError(file: file, line: UTF8Validator.line(ofOffset: offset, in: bytes), rule: .invalidUTF8,
                                    message: "invalid UTF-8 at byte offset \(offset)")
            }
            return try LongCSV.read(text: String(decoding: bytes, as: UTF8.self), file: file)
        }
    }
}
