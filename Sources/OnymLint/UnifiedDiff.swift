/// A unified diff of a text before and after fixes. Fixes never add or remove
/// lines, so lines pair one to one; hunks carry three lines of context.
public enum UnifiedDiff {
    public static func diff(path: String, before: [UInt8], after: [UInt8], context: Int = 3) -> String {
        let a = split(before), b = split(after)
        guard a.count == b.count else { return "" }
        let changed = (0..<a.count).filter { a[$0] != b[$0] }
        guard !changed.isEmpty else { return "" }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        var i = 0
        while i < changed.count {
            let start = max(0, changed[i] - context)
            var last = changed[i]
            var j = i
            while j + 1 < changed.count, changed[j + 1] - last <= 2 * context + 1 { j += 1; last = changed[j] }
            let end = min(a.count - 1, last + context)
            let count = end - start + 1
            out += "@@ -\(start + 1),\(count) +\(start + 1),\(count) @@\n"
            for line in start...end {
                if a[line] == b[line] { out += " " + a[line] + "\n" } else { out += "-" + a[line] + "\n" + "+" + b[line] + "\n" }
            }
            i = j + 1
        }
        return out
    }

    static func split(_ text: [UInt8]) -> [String] {
        var lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
