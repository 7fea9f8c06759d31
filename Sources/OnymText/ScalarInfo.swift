import CICU

/// What ICU knows about one code point: name, script, category.
///
/// ```swift
/// ScalarInfo("\u{456}").name    // "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"
/// ScalarInfo("\u{456}").script  // "Cyrillic"
/// ```
public struct ScalarInfo: Sendable, Hashable, Codable {
    /// The code point.
    public let value: UInt32
    /// `U+0456`.
    public var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
    /// The Unicode name (`<control-0007>` for controls, which have none).
    public let name: String
    /// The long name of its Script property (`Latin`, `Cyrillic`, `Common`, `Inherited`).
    public let script: String
    /// Its Script_Extensions, long names; the script alone when there are none.
    public let scriptExtensions: [String]
    /// True for Default_Ignorable_Code_Point (soft hyphen, zero-width space, bidi marks …).
    public let isDefaultIgnorable: Bool

    /// Information on `scalar`.
    public init(_ scalar: Unicode.Scalar) {
        value = scalar.value
        let c = Int32(bitPattern: scalar.value)
        name = ICUCall.cString { cicu_char_name(c, $0, $1) }
        script = Self.scriptName(cicu_script(c))
        var codes = [Int32](repeating: 0, count: 32)
        let n = Int(cicu_script_extensions(c, &codes, 32))
        let names = codes.prefix(min(n, 32)).map(Self.scriptName)
        scriptExtensions = names.isEmpty ? [script] : names
        isDefaultIgnorable = cicu_is_default_ignorable(c) != 0
    }

    /// True for scripts that do not by themselves make a word mixed (punctuation, digits, marks).
    public var isScriptNeutral: Bool { script == "Common" || script == "Inherited" || script == "Unknown" }

    static func scriptName(_ code: Int32) -> String {
        guard code >= 0, let name = cicu_script_name(code) else { return "Unknown" }
        return String(cString: name)
    }
}
