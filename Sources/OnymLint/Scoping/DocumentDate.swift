/// The day a document says it was written, as `YYYY-MM-DD`: from Markdown front matter's
/// `date:`, else HTML's `<meta property="article:published_time">`, else its first
/// `<time datetime>` — for checking an article against the names that held on that day.
enum DocumentDate {
    /// The day at the start of `text` (`2019-08-14`, `2019-08-14T09:30:00Z`,
    /// `2019-08-14 09:30`), when it is a real calendar day; else nil.
    static func day(_ text: String) -> String? {
        let bytes = Array(text.utf8.drop { $0 == 0x20 || $0 == 0x22 || $0 == 0x27 })
        guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
              bytes.count == 10 || bytes[10] == 0x54 || bytes[10] == 0x20 || bytes[10] == 0x22 || bytes[10] == 0x27 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for b in bytes[range] {
                guard b >= 0x30, b <= 0x39 else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        return String(decoding: bytes[0..<10], as: UTF8.self)
    }
}
