/// The locale profiles in use, by language, with a fallback for languages
/// that have no file (`pt-BR` uses `pt`; an unknown language gets defaults).
public struct LocaleProfiles: Sendable {
    public let byLanguage: [String: LocaleProfile]

    public init(_ profiles: [LocaleProfile]) {
        byLanguage = Dictionary(profiles.map { ($0.language, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The bundled profiles (`locales/*.yaml`, compiled into the binary).
    public static func bundled() throws(GlossaryError) -> LocaleProfiles {
        var profiles: [LocaleProfile] = []
        for (file, text) in BundledResources.locales {
            profiles.append(try LocaleProfileReader.read(bytes: Array(text.utf8), file: "bundled:locales/\(file)"))
        }
        return LocaleProfiles(profiles)
    }

    /// The profile of `language`, else of its primary subtag, else the fallback.
    public func profile(for language: String) -> LocaleProfile {
        if let p = byLanguage[language] { return p }
        let primary = String(language.split(separator: "-").first ?? Substring(language))
        return byLanguage[primary] ?? .fallback(for: language)
    }
}
