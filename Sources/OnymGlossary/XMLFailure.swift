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
    /// (no byte-order mark of UTF-16 or UTF-32, and no encoding declared that libxml2
    /// converts — an unknown name is read as UTF-8 too); nil when there is none or another
    /// encoding applies. Checked before parsing: FoundationXML traps on an element name that
    /// is not UTF-8.
    package static func invalidUTF8(in bytes: UnsafeRawBufferPointer) -> (offset: Int, line: Int)? {
        let utf8 = bytes.bindMemory(to: UInt8.self)
        if utf8.count >= 2, (utf8[0] == 0xFE && utf8[1] == 0xFF) || (utf8[0] == 0xFF && utf8[1] == 0xFE) || (utf8[0] == 0 && utf8[1] == 0) {
            return nil
        }
        if let declared = declaredEncoding(utf8), converted(declared) { return nil }
        guard let offset = UTF8Validator.firstInvalidOffset(in: utf8) else { return nil }
        return (offset, UTF8Validator.line(ofOffset: offset, in: utf8))
    }

    /// True for the encodings libxml2 converts to UTF-8 itself (with iconv, as on Debian).
    static func converted(_ encoding: String) -> Bool {
        if ["utf-16", "utf-16le", "utf-16be", "ucs-2", "ucs-4", "utf-32", "latin1", "koi8-r", "koi8-u",
            "shift_jis", "euc-jp", "euc-kr", "gb2312", "gbk", "gb18030", "big5"].contains(encoding) { return true }
        for prefix in ["iso-8859-", "windows-125", "cp125"] where encoding.hasPrefix(prefix) {
            return encoding.dropFirst(prefix.count).allSatisfy(\.isNumber) && encoding.count > prefix.count
        }
        return false
    }

    /// The `encoding` of an XML declaration at the start, lower-cased.
    static func declaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(256), as: UTF8.self)
        // `<?xml` and a space: "<?xml…" followed by anything else is an instruction, not a declaration.
        guard head.hasPrefix("<?xml"), let next = head.utf8.dropFirst(5).first, [0x20, 0x09, 0x0A, 0x0D].contains(next),
              let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        // A declaration with markup inside is no declaration: libxml2 then reads UTF-8.
        guard !declaration.dropFirst(5).contains(where: { $0 == "<" || $0 == ">" }) else { return nil }
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote }).lowercased()
    }

    /// What the readers say of a processing instruction without data.
    package static let emptyProcessingInstructionMessage =
        "a processing instruction without data (<?name?>): Foundation's XML parser cannot read one; remove it or give it data"

    /// The line of the first processing instruction without data (`<?name?>`), outside
    /// comments and CDATA (also one inside another's data: refusing such a file is safer
    /// than guessing where libxml2 resumes); nil when there is none. FoundationXML on
    /// Linux reads such an instruction's data with `strlen` on a null pointer (a crash), so it is refused first.
    package static func emptyProcessingInstruction(in bytes: UnsafeRawBufferPointer) -> Int? {
        let b = bytes.bindMemory(to: UInt8.self)
        func starts(_ token: StaticString, at i: Int) -> Bool {
            token.withUTF8Buffer { t in i + t.count <= b.count && (0..<t.count).allSatisfy { b[i + $0] == t[$0] } }
        }
        func skip(past token: StaticString, from i: Int) -> Int {
            var j = i
            while j < b.count, !starts(token, at: j) { j += 1 }
            return j + token.utf8CodeUnitCount
        }
        guard let base = b.baseAddress else { return nil }
        var i = 0
        while i < b.count {
            // From one '<' to the next with memchr: a large memory file costs one fast pass.
            guard let next = memchr(base + i, 0x3C, b.count - i) else { return nil }
            i = base.distance(to: next.assumingMemoryBound(to: UInt8.self))
            if starts("<!--", at: i) { i = skip(past: "-->", from: i + 4); continue }
            if starts("<![CDATA[", at: i) { i = skip(past: "]]>", from: i + 9); continue }
            guard starts("<?", at: i) else { i += 1; continue }
            var j = i + 2
            while j < b.count, b[j] != UInt8(ascii: "?"), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "<"), b[j] > 0x20 { j += 1 }
            while j < b.count, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D { j += 1 }
            if starts("?>", at: j) {
                return UTF8Validator.line(ofOffset: i, in: b)
            }
            // Every "<?" is looked at, not only those after the last "?>": where libxml2 gives up on
            // a broken instruction it reads on, and an empty one inside must not be skipped.
            i += 2
        }
        return nil
    }
}
