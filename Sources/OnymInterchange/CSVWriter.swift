import OnymText
import OnymGlossary

/// RFC 4180 CSV: UTF-8, NFC, CRLF after every record, a field quoted only when
/// it holds `,` `"` CR or LF, `"` doubled inside quotes.
public struct CSVWriter: Sendable {
    /// The text so far.
    public private(set) var text = ""

    /// A writer; `bom` starts the text with U+FEFF (Excel needs it to read UTF-8).
    public init(bom: Bool = false) {
        if bom { text = "\u{FEFF}" }
    }

    /// Appends one record.
    public mutating func append(_ fields: [String]) {
        text += fields.map(Self.field).joined(separator: ",") + "\r\n"
    }

    /// One field, NFC, quoted when it must be.
    public static func field(_ value: String) -> String {
        let nfc = Normalizer.normalize(value, to: .nfc)
        guard nfc.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return nfc }
        return "\"" + nfc.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
