import Foundation

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
}
