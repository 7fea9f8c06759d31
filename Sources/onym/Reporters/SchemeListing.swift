import OnymText

/// The text of `onym translit --list`: aligned columns, Onym's schemes first.
enum SchemeListing {
    static func lines(_ schemes: [TransliterationScheme]) -> [String] {
        let idWidth = schemes.map(\.id.count).max() ?? 0
        let scriptWidth = schemes.map(\.sourceScript.count).max() ?? 0
        return schemes.map { s in
            let text = s.isOnymScheme ? "\(s.description) [\(s.source)]" : s.description
            return s.id.padding(idWidth) + "  " + s.sourceScript.padding(scriptWidth) + "  " + text
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
