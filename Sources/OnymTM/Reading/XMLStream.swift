import Foundation
import OnymGlossary
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's XMLParser over a file as a stream (the file is never held whole), with a
/// reader's delegate; every failure becomes one ``TMError`` with the file and line.
enum XMLStream {
    /// The delegate side: what a reader keeps while it reads, and the first problem it met.
    class Reader: NSObject, XMLParserDelegate {
        let file: String
        var problem: TMError?
        /// Element names open now.
        var open: [String] = []
        weak var parser: XMLParser?

        init(file: String) { self.file = file }

        var line: Int { parser?.lineNumber ?? 0 }

        /// Stops the parse with a problem at the current line.
        func fail(_ message: String, line: Int? = nil) {
            guard problem == nil else { return }
            problem = TMError(file: file, line: line ?? self.line, message: message)
            parser?.abortParsing()
        }

        // The parser's callbacks, handed to methods a reader overrides: on Linux a subclass's own
        // delegate methods would not be called (the conformance is the base class's).
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            start(name, attributes: attributes)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { characters(string) }

        func parser(_ parser: XMLParser, foundCDATA block: Data) { characters(String(decoding: block, as: UTF8.self)) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { end(name) }

        /// The line where the parser met malformed XML (asked later, it may have read on).
        var errorLine: Int?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if errorLine == nil { errorLine = parser.lineNumber }
        }

        func start(_ name: String, attributes: [String: String]) {}
        func characters(_ string: String) {}
        func end(_ name: String) {}

        /// Stops the parse with a problem thrown by the unit handler.
        func fail(_ error: TMError) {
            guard problem == nil else { return }
            problem = error
            parser?.abortParsing()
        }
    }

    static func parse(_ path: String, with reader: Reader) throws(TMError) {
        guard FileManager.default.isReadableFile(atPath: path), let stream = InputStream(fileAtPath: path) else {
            throw TMError(file: path, line: 0, message: "cannot read the file")
        }
        if let mapped = ReadOnlyBytes(mapping: path) {
            if let bad = XMLFailure.invalidUTF8(in: mapped.bytes) {
                throw TMError(file: path, line: bad.line, message: "invalid UTF-8 at byte offset \(bad.offset)")
            }
            if let line = XMLFailure.emptyProcessingInstruction(in: mapped.bytes) {
                throw TMError(file: path, line: line, message: XMLFailure.emptyProcessingInstructionMessage)
            }
        }
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        reader.parser = parser
        let ok = parser.parse()
        if let problem = reader.problem { throw problem }
        if !ok {
            let reason = XMLFailure.reason(parser.parserError)
            throw TMError(file: path, line: reader.errorLine ?? parser.lineNumber, message: "not well-formed XML: \(reason)")
        }
        if let element = reader.open.last {
            // Foundation's parser on Linux accepts a file that ends before its elements do.
            throw TMError(file: path, line: parser.lineNumber, message: "not well-formed XML: the file ends inside <\(element)>")
        }
    }
}
