/// How match keys fold case: Unicode's full folding, or the Turkic one.
public enum CaseFolding: Sendable, Hashable {
    /// Full Unicode case folding (İ → i̇, then the dot goes with the diacritics).
    case standard
    /// Turkish and Azerbaijani: I → ı and İ → i.
    case turkic

    /// The folding a language uses: Turkic for `tr` and `az` (any region or script), standard otherwise.
    public init(language: String) {
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        self = (primary == "tr" || primary == "az") ? .turkic : .standard
    }
}
