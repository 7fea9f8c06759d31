import Foundation

/// Calendar days as `YYYY-MM-DD`, the form glossaries write them in (such strings sort as
/// the days do).
package enum ISODate {
    package static func isValid(_ text: String) -> Bool { parts(text) != nil }

    private static func parts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m),
              (1...days(inMonth: m, year: y)).contains(d) else { return nil }
        return (y, m, d)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    private static func text(_ y: Int, _ m: Int, _ d: Int) -> String {
        String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// The day after a valid day.
    package static func next(_ day: String) -> String {
        guard let (y, m, d) = parts(day) else { return day }
        if d < days(inMonth: m, year: y) { return text(y, m, d + 1) }
        return m < 12 ? text(y, m + 1, 1) : text(y + 1, 1, 1)
    }

    /// The day before a valid day.
    package static func previous(_ day: String) -> String {
        guard let (y, m, d) = parts(day) else { return day }
        if d > 1 { return text(y, m, d - 1) }
        return m > 1 ? text(y, m - 1, days(inMonth: m - 1, year: y)) : text(y - 1, 12, 31)
    }

    /// Today, in UTC.
    package static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return text(c.year!, c.month!, c.day!)
    }
}
