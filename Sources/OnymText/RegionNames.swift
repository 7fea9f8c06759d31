import CICU

/// Country and region names from CLDR, through ICU's region data.
///
/// ```swift
/// RegionNames.names(locale: "en")["TR"]         // "Turkey" (CLDR 42's main English name)
/// RegionNames.names(locale: "en", form: .variant)["TR"]  // "Türkiye"
/// ```
public enum RegionNames {
    /// Which of CLDR's names: the main one, or its alternatives.
    public enum Form: String, Sendable, CaseIterable {
        case main = "Countries"
        case variant = "Countries%variant"
        case short = "Countries%short"
    }

    /// The current ISO 3166 alpha-2 codes ICU knows, sorted.
    public static let isoCountries: [String] = {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = Int(buffer.withUnsafeMutableBufferPointer { cicu_iso_countries($0.baseAddress, Int32($0.count)) })
        let text = String(decoding: buffer.prefix(min(n, buffer.count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.split(separator: "\n").map(String.init).sorted()
    }()

    /// The names of `locale` by region code (from its parent locale where ICU falls back; empty for a locale ICU lacks).
    public static func names(locale: String, form: Form = .main) -> [String: String] {
        var capacity = 1 << 14
        while true {
            var error: Int32 = 0
            var units = [UInt16](repeating: 0, count: capacity)
            let n = Int(units.withUnsafeMutableBufferPointer { cicu_region_names(locale, form.rawValue, $0.baseAddress, Int32($0.count), &error) })
            if n < 0 || cicu_failure(error) != 0 { return [:] }
            if n > capacity { capacity = n; continue }
            var names: [String: String] = [:]
            for line in String(decoding: units.prefix(n), as: UTF16.self).split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 1)
                if parts.count == 2 { names[String(parts[0])] = String(parts[1]) }
            }
            return names
        }
    }
}
