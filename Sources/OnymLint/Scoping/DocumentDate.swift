import OnymGlossary

/// The day a document says it was written, as `YYYY-MM-DD`: from Markdown front matter's
/// `date:`, else HTML's `<meta property="article:published_time">`, else its first
/// `<time datetime>` — for checking an article against the names that held on that day.
enum DocumentDate {
    /// The day at the start of `text` (`2019-08-14`, `2019-08-14T09:30:00Z`,
    /// `2019-08-14 09:30`), when it is a real calendar day; else nil.
    static func day(_ text: String) -> String? {
        let trimmed = text.drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let day = String(trimmed.prefix(10))
        guard ISODate.isValid(day) else { return nil }
        let rest = trimmed.dropFirst(10)
        guard rest.isEmpty || ["T", " ", "\"", "'"].contains(rest.first!) else { return nil }
        return day
    }
}
