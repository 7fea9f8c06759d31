import Foundation
import OnymText

/// Why an XML file is not well-formed, in words: Foundation's parser on Linux reports
/// libxml2's error numbers (xmlerror.h) with the text "The operation could not be
/// completed", which tells a reader nothing. Shared by the TBX, TMX and XLIFF readers.
package enum XMLFailure {
    package static func reason(_ error: (any Error)?) -> String {
        guard let error else { return "malformed XML" }
        let code = (error as NSError).code
        return switch code {
        case 4: "no element: the document does not start with '<'"
        case 5: "the document ends too soon"
        case 9: "a character that XML does not allow"
        case 23: "an entity reference without its ';'"
        case 26: "an entity that is not declared"
        case 38: "'<' inside an attribute value"
        case 39, 40, 41: "an attribute without a quoted value"
        case 42: "an attribute given twice"
        case 45: "a comment that is not closed"
        case 68: "a name expected"
        case 73: "'>' expected"
        case 76: "an end tag that does not match its start tag"
        case 77: "a tag that is not finished"
        case 85: "elements that are not closed in order"
        case 86: "content after the root element"
        default: "libxml2 error \(code)"
        }
    }

    /// The offset and line of the first byte that is not UTF-8, in a document read as UTF-8
    /// (no byte-order mark of UTF-16 or UTF-32, and no other encoding declared); nil when
    /// there is none or another encoding applies (libxml2 converts those). Checked before
    /// parsing: FoundationXML traps on an element name that is not UTF-8.
    package static func invalidUTF8(in bytes: UnsafeRawBufferPointer) -> (offset: Int, line: Int)? {
        let utf8 = bytes.bindMemory(to: UInt8.self)
        if utf8.count >= 2, (utf8[0] == 0xFE && utf8[1] == 0xFF) || (utf8[0] == 0xFF && utf8[1] == 0xFE) || (utf8[0] == 0 && utf8[1] == 0) {
            return nil
        }
        if let declared = declaredEncoding(utf8), !["utf-8", "utf8"].contains(declared) { return nil }
        guard let offset = UTF8Validator.firstInvalidOffset(in: utf8) else { return nil }
        return (offset, UTF8Validator.line(ofOffset: offset, in: utf8))
    }

    /// The `encoding` of an XML declaration at the start, lower-cased.
    static func declaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(256), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote }).lowercased()
    }
}
