import OnymGlossary
import Yams

/// `--tokens FILE`: who may do what.
///
/// ```yaml
/// anonymous: read          # what a request without a token may do: none (default) or read
/// tokens:
///   - name: ana            # recorded as the author of ana's edits
///     scope: edit          # read, propose, edit or admin
///     sha256: 2bb80d53…    # of the token (`onym serve --new-token ana --scope edit` prints both)
/// ```
///
/// Only digests are kept: a token is compared by its SHA-256, in constant time, and never logged.
public struct TokenFile: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let scope: Scope
        /// The token's SHA-256, 32 bytes.
        public let digest: [UInt8]
    }

    public var anonymous: Scope?
    public var entries: [Entry]

    /// Reads a tokens file's bytes; any problem is an error naming its line.
    public static func read(bytes: [UInt8], path: String) throws(GlossaryError) -> TokenFile {
        var doc = YAMLDocument(file: path, bytes: bytes)
        var file = TokenFile(anonymous: nil, entries: [])
        guard let root = doc.root else { throw GlossaryError(file: path, line: 0, rule: .missingKey, message: "the tokens file is empty") }
        for (key, _, value) in doc.mapping(root, what: "the tokens file", allowed: ["anonymous", "tokens"]) ?? [] {
            if key == "anonymous" {
                switch doc.string(value, what: "'anonymous'") {
                case "none": file.anonymous = nil
                case "read": file.anonymous = .read
                default: doc.report(value, .wrongType, "'anonymous' must be none or read")
                }
                continue
            }
            for item in value.sequence ?? [] {
                var name: String?, scope: Scope?, digest: [UInt8]?
                var seen: Set<String> = []
                for (field, _, fieldValue) in doc.mapping(item, what: "a token", allowed: ["name", "scope", "sha256"]) ?? [] {
                    seen.insert(field)
                    let text = doc.string(fieldValue, what: "'\(field)'")
                    switch field {
                    case "name": name = text
                    case "scope":
                        scope = text.flatMap(Scope.init(rawValue:))
                        if scope == nil { doc.report(fieldValue, .wrongType, "'scope' must be read, propose, edit or admin") }
                    default:
                        digest = text.flatMap(Self.hex)
                        if digest == nil { doc.report(fieldValue, .wrongType, "'sha256' must be 64 hexadecimal digits") }
                    }
                }
                let missing = ["name", "scope", "sha256"].filter { !seen.contains($0) }
                if item.mapping != nil, !missing.isEmpty {
                    doc.report(item, .missingKey, "a token needs name, scope and sha256; this one has no \(missing.joined(separator: " or "))")
                }
                if let name, let scope, let digest {
                    if file.entries.contains(where: { $0.name == name }) {
                        doc.report(item, .duplicateId, "two tokens are named '\(name)'")
                    }
                    file.entries.append(Entry(name: name, scope: scope, digest: digest))
                }
            }
            if value.sequence == nil { doc.report(value, .wrongType, "'tokens' must be a list") }
        }
        if !doc.problems.isEmpty { throw GlossaryError(doc.problems) }
        return file
    }

    /// The entry whose digest is the token's, comparing every entry in full whatever matches
    /// (no early exit: the time taken says nothing of how much of a digest matched).
    public func entry(for token: String) -> Entry? {
        let digest = SHA256.hash(Array(token.utf8))
        var found: Entry?
        for entry in entries {
            var difference: UInt8 = 0
            for (a, b) in zip(entry.digest, digest) { difference |= a ^ b }
            if difference == 0 { found = entry }
        }
        return found
    }

    /// A new random token for `name` and the line that lets it in.
    public static func newToken(name: String, scope: Scope) -> (token: String, line: String) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = "onym_" + bytes.map { String($0, radix: 16).leftPadded() }.joined()
        return (token, "  - { name: \(name), scope: \(scope.rawValue), sha256: \(digest(of: token)) }")
    }

    /// A token's SHA-256 as the file writes it: 64 hexadecimal digits.
    public static func digest(of token: String) -> String {
        SHA256.hash(Array(token.utf8)).map { String($0, radix: 16).leftPadded() }.joined()
    }

    static func hex(_ text: String) -> [UInt8]? {
        let digits = Array(text.lowercased().utf8)
        guard digits.count == 64 else { return nil }
        var out: [UInt8] = []
        for i in stride(from: 0, to: 64, by: 2) {
            guard let byte = UInt8(String(decoding: digits[i...i + 1], as: UTF8.self), radix: 16) else { return nil }
            out.append(byte)
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded() -> String { count == 1 ? "0" + self : self }
}
