import Foundation
import OnymText
import Yams

/// A parsed YAML file with its name, read strictly: every problem is collected
/// with its line, unknown keys are errors, scalars stay strings (so `no` is
/// the Norwegian word, not false).
package struct YAMLDocument {
    package let file: String
    package let root: Node?
    package var problems: [GlossaryProblem] = []
    /// Lines before the parsed text in its file (a chunk of a larger file starts later).
    let lineOffset: Int

    /// Parses `bytes`; a syntax error or invalid UTF-8 becomes the only problem.
    package init<Bytes: Collection<UInt8>>(file: String, bytes: Bytes, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
        if let offset = UTF8Validator.firstInvalidOffset(in: bytes) {
            let line = UTF8Validator.line(ofOffset: offset, in: bytes) + lineOffset
            root = nil
            problems = [GlossaryProblem(file: file, line: line, rule: .invalidUTF8,
                                        message: "invalid UTF-8 at byte offset \(offset)")]
            return
        }
        do {
            // Resolver.basic: every scalar stays a string (no regex per scalar to guess
            // booleans and numbers), which is both what Onym wants and far faster.
            root = try Yams.compose(yaml: String(decoding: bytes, as: UTF8.self), .basic)
        } catch let error as YamlError {
            root = nil
            problems = [Self.problem(from: error, file: file, lineOffset: lineOffset)]
        } catch {
            root = nil
            problems = [GlossaryProblem(file: file, line: 0, rule: .yamlSyntax, message: "not YAML: \(error)")]
        }
    }

    static func problem(from error: YamlError, file: String, lineOffset: Int) -> GlossaryProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return GlossaryProblem(file: file, line: mark.line + lineOffset, rule: .yamlSyntax, message: "YAML syntax: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return GlossaryProblem(file: file, line: context.mark.line + lineOffset, rule: .yamlSyntax,
                                   message: "key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping")
        default:
            return GlossaryProblem(file: file, line: 0, rule: .yamlSyntax, message: "YAML syntax: \(error)")
        }
    }

    /// The line of a node in the file.
    package func line(_ node: Node?) -> Int {
        node?.mark.map { $0.line + lineOffset } ?? 0
    }

    package mutating func report(_ node: Node?, _ rule: GlossaryProblem.Rule, _ message: String) {
        report(line: line(node), rule, message)
    }

    /// A concept rule broken at `node` (``ConceptRules``).
    package mutating func report(_ node: Node?, _ breach: ConceptRules.Breach) {
        report(line: line(node), breach.rule, breach.message)
    }

    package mutating func report(line: Int, _ rule: GlossaryProblem.Rule, _ message: String) {
        problems.append(GlossaryProblem(file: file, line: line, rule: rule, message: message))
    }

    /// The pairs of a mapping node; reports anything else. Keys not in `allowed` are reported.
    package mutating func mapping(_ node: Node, what: String, allowed: [String]) -> [(key: String, keyNode: Node, value: Node)]? {
        guard let mapping = node.mapping else {
            report(node, .wrongType, "\(what) must be a mapping of keys to values")
            return nil
        }
        // Labelled as the result type: an unlabelled array would be converted by a copy.
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        pairs.reserveCapacity(mapping.count)
        // By index: Yams' iterator copies every pair into a new array first.
        for index in mapping.indices {
            let (key, value) = mapping[index]
            let name = key.scalar?.string ?? ""
            if !allowed.isEmpty, !allowed.contains(name) {
                report(key, .unknownKey, "unknown key '\(name)' in \(what) (allowed: \(allowed.joined(separator: ", ")))")
                continue
            }
            pairs.append((name, key, value))
        }
        return pairs
    }

    /// A scalar's text; reports a sequence or mapping.
    package mutating func string(_ node: Node, what: String) -> String? {
        guard let scalar = node.scalar else {
            report(node, .wrongType, "\(what) must be a single value, not a \(node.sequence != nil ? "list" : "mapping")")
            return nil
        }
        return scalar.string
    }

    /// A list of strings with their lines; a single scalar counts as a list of one.
    /// (Lines, not nodes: copying a node costs more than reading its line.)
    package mutating func strings(_ node: Node, what: String) -> [(text: String, line: Int)] {
        if let scalar = node.scalar {
            return scalar.string.isEmpty && scalar.style == .plain ? [] : [(scalar.string, line(node))]
        }
        guard let sequence = node.sequence else {
            report(node, .wrongType, "\(what) must be a list of values")
            return []
        }
        var out: [(text: String, line: Int)] = []
        out.reserveCapacity(sequence.count)
        for item in sequence {
            if let s = string(item, what: "each item of \(what)") { out.append((s, line(item))) }
        }
        return out
    }
}
