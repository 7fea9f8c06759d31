import OnymText

/// A window of a finding's line around it, for showing the finding in context: at most
/// about `width` scalars, whatever the line's length (a 100 MB line with a million findings
/// is shown a window at a time), cut with "…" where the line goes on.
///
/// ```swift
/// let e = Excerpt.around(finding, in: bytes, base: 0)
/// e.text     // "Talks in Kiev on Friday."
/// e.column   // 9: scalars before the finding
/// ```
public struct Excerpt: Sendable, Equatable {
    /// The window's text, with "…" where it cuts the line.
    public let text: String
    /// The scalars of `text` before the finding.
    public let column: Int

    public init(text: String, column: Int) {
        self.text = text
        self.column = column
    }

    /// The window of the line around `finding` in `bytes`, which start at byte `base` of the
    /// finding's file. Costs O(`width`), not O(line).
    public static func around(_ finding: Finding, in bytes: [UInt8], base: Int, width: Int = 160) -> Excerpt {
        let start = min(max(0, finding.byteOffset - base), bytes.count)
        let end = min(bytes.count, start + finding.found.utf8.count)
        let room = max(0, width - finding.length)
        // Back to the line's start or half the room; forward to the line's end or the rest of it.
        var from = start, before = 0
        while from > 0, bytes[from - 1] != 0x0A, before < room / 2 {
            from -= 1
            while from > 0, bytes[from] & 0xC0 == 0x80 { from -= 1 }
            before += 1
        }
        var to = end, after = 0
        while to < bytes.count, bytes[to] != 0x0A, after < room - before {
            to += 1
            while to < bytes.count, bytes[to] & 0xC0 == 0x80 { to += 1 }
            after += 1
        }
        var shownTo = to
        if shownTo > end, bytes[shownTo - 1] == 0x0D { shownTo -= 1 }  // a CRLF line's CR
        let cutBefore = from > 0 && bytes[from - 1] != 0x0A
        let cutAfter = to < bytes.count && bytes[to] != 0x0A && !(bytes[to] == 0x0D && (to + 1 == bytes.count || bytes[to + 1] == 0x0A))
        let text = String.concatenating([cutBefore ? "…" : "", String(decoding: bytes[from..<shownTo], as: UTF8.self), cutAfter ? "…" : ""])
        return Excerpt(text: text, column: before + (cutBefore ? 1 : 0))
    }
}
