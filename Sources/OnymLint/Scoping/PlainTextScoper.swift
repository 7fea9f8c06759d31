#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which parts of a plain-text document are prose to check: everything but
/// URLs, e-mail addresses and the lines that `onym: disable` …
/// `onym: enable` and `onym: disable-next-line` turn off.
public enum PlainTextScoper {
    /// Where the directives of the lines so far leave the next line.
    public struct State: Sendable, Equatable {
        var disabled = false
        var skipNext = false
        public init() {}
        init(disabled: Bool, skipNext: Bool) {
            self.disabled = disabled
            self.skipNext = skipNext
        }
    }

    /// Byte ranges not to check, in order.
    public static func excludedRanges(in text: [UInt8]) -> [Range<Int>] {
        var state = State()
        return excludedRanges(in: text, from: &state)
    }

    /// True when `text` may hold a directive: text without one leaves the state as it was.
    public static func mayHoldDirective(_ text: [UInt8]) -> Bool {
        // From colon to colon (rare in prose, found by memchr), looking back for "onym".
        text.withUnsafeBytes { all in
            guard let base = all.baseAddress else { return false }
            var from = 0
            while from < all.count, let hit = memchr(base + from, Int32(UInt8(ascii: ":")), all.count - from) {
                let at = base.distance(to: UnsafeRawPointer(hit))
                if at >= 4, all[at - 4] == UInt8(ascii: "o"), all[at - 3] == UInt8(ascii: "n"), all[at - 2] == UInt8(ascii: "y"),
                   all[at - 1] == UInt8(ascii: "m") { return true }
                from = at + 1
            }
            return false
        }
    }

    /// The addresses of text without directives: only the lines where an address can start
    /// ('@', "://", "www.") are split into tokens.
    static func addressRanges(in text: [UInt8]) -> [Range<Int>] {
        // The bytes that tell an address ('@', the ':' of "://", the '.' of "www.") are rare
        // in prose and found by memchr, not by a test of every byte.
        var triggers: [Int] = []
        text.withUnsafeBytes { all in
            guard let base = all.baseAddress else { return }
            for byte in [UInt8(ascii: "@"), UInt8(ascii: ":"), UInt8(ascii: ".")] {
                var from = 0
                while from < all.count, let hit = memchr(base + from, Int32(byte), all.count - from) {
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    from = at + 1
                    switch byte {
                    case UInt8(ascii: ":"):
                        guard at + 2 < all.count, all[at + 1] == UInt8(ascii: "/"), all[at + 2] == UInt8(ascii: "/") else { continue }
                    case UInt8(ascii: "."):
                        guard at >= 3, all[at - 1] | 0x20 == UInt8(ascii: "w"), all[at - 2] | 0x20 == UInt8(ascii: "w"),
                              all[at - 3] | 0x20 == UInt8(ascii: "w") else { continue }
                    default: break
                    }
                    triggers.append(at)
                }
            }
        }
        triggers.sort()
        var excluded: [Range<Int>] = []
        var doneUpTo = 0  // lines before this offset are done
        for at in triggers where at >= doneUpTo {
            var start = at, end = at
            while start > 0, text[start - 1] != 0x0A { start -= 1 }
            while end < text.count, text[end] != 0x0A { end += 1 }
            excluded += tokens(text, start..<end).filter { isURLOrEmail(text[$0]) }
            doneUpTo = end
        }
        return excluded
    }

    /// Byte ranges not to check in `text`, a piece of a document that starts at a line
    /// start, given the state the lines before it left; `state` becomes the state after it.
    public static func excludedRanges(in text: [UInt8], from state: inout State) -> [Range<Int>] {
        if state == State(), !mayHoldDirective(text) { return addressRanges(in: text) }
        var excluded: [Range<Int>] = []
        var lineStart = 0
        var disabled = state.disabled
        var skipNext = state.skipNext
        defer { state = State(disabled: disabled, skipNext: skipNext) }
        while lineStart <= text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
            // Only a line that holds "onym:" is turned into a String to read its directive.
            let directive = contains(text, lineStart..<lineEnd, Self.marker)
                ? Self.directive(in: String(decoding: text[lineStart..<lineEnd], as: UTF8.self)) : nil
            if disabled || skipNext || directive != nil {
                excluded.append(lineStart..<lineEnd)
            } else if mayHoldAddress(text, lineStart..<lineEnd) {
                excluded += tokens(text, lineStart..<lineEnd).filter { isURLOrEmail(text[$0]) }
            }
            skipNext = false
            switch directive {
            case "disable": disabled = true
            case "enable": disabled = false
            case "disable-next-line": skipNext = true
            default: break
            }
            if lineEnd >= text.count { break }
            lineStart = lineEnd + 1
            // The empty end after a final line break is no line (in a piece, it is the next one's start).
            if lineStart == text.count { break }
        }
        return excluded
    }

    static let marker = Array("onym:".utf8)

    /// One pass over a line: only a line with '@', "://" or "www." can hold an address.
    static func mayHoldAddress(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            switch text[i] {
            case UInt8(ascii: "@"): return true
            case UInt8(ascii: ":") where i + 2 < range.upperBound && text[i + 1] == UInt8(ascii: "/") && text[i + 2] == UInt8(ascii: "/"):
                return true
            case UInt8(ascii: "w"), UInt8(ascii: "W"):
                if i + 3 < range.upperBound, text[i + 1] | 0x20 == UInt8(ascii: "w"), text[i + 2] | 0x20 == UInt8(ascii: "w"),
                   text[i + 3] == UInt8(ascii: ".") { return true }
            default: break
            }
            i += 1
        }
        return false
    }

    static func contains(_ text: [UInt8], _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
        guard range.count >= needle.count else { return false }
        var i = range.lowerBound
        while i + needle.count <= range.upperBound {
            if text[i] == needle[0], text[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// `disable`, `enable` or `disable-next-line` when the line holds `onym: WORD`.
    static func directive(in line: String) -> String? {
        guard let range = line.range(of: "onym:") else { return nil }
        let rest = line[range.upperBound...].drop { $0 == " " }
        for word in ["disable-next-line", "disable", "enable"] where rest.hasPrefix(word) {
            let after = rest.dropFirst(word.count).first
            if after == nil || !(after!.isLetter || after == "-") { return word }
        }
        return nil
    }

    /// Whitespace-separated tokens of a line, as byte ranges.
    static func tokens(_ text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, isSpace(text[i]) { i += 1 }
            let start = i
            while i < range.upperBound, !isSpace(text[i]) { i += 1 }
            if i > start { out.append(start..<i) }
        }
        return out
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }

    static let openers: [UInt8] = Array("(<[\"'".utf8)
    static let schemes: [[UInt8]] = ["http://", "https://", "www.", "mailto:"].map { Array($0.utf8) }

    static func isURLOrEmail(_ token: ArraySlice<UInt8>) -> Bool {
        // On bytes: most tokens are words, and this runs for every token of a document.
        var start = token.startIndex
        while start < token.endIndex, openers.contains(token[start]) { start += 1 }
        let body = token[start...]
        func hasPrefix(_ bytes: [UInt8]) -> Bool {
            guard body.count >= bytes.count else { return false }
            return zip(body.prefix(bytes.count), bytes).allSatisfy { a, b in (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) == b }
        }
        if schemes.contains(where: hasPrefix) { return true }
        // user@host.tld
        guard let at = body.firstIndex(of: UInt8(ascii: "@")), at > body.startIndex else { return false }
        return body[body.index(after: at)...].contains(UInt8(ascii: "."))
    }
}
