import CICU

/// A Unicode normalisation form.
public enum NormalizationForm: String, Sendable, CaseIterable, Codable {
    /// Canonical composition.
    case nfc = "NFC"
    /// Canonical decomposition.
    case nfd = "NFD"
    /// Compatibility composition (ligatures and width variants folded).
    case nfkc = "NFKC"
    /// Compatibility decomposition.
    case nfkd = "NFKD"
    /// NFKC with case folding and default-ignorable code points removed.
    case nfkcCasefold = "NFKC_Casefold"

    var icuValue: Int32 {
        switch self {
        case .nfc: Int32(CICU_NFC)
        case .nfd: Int32(CICU_NFD)
        case .nfkc: Int32(CICU_NFKC)
        case .nfkd: Int32(CICU_NFKD)
        case .nfkcCasefold: Int32(CICU_NFKC_CASEFOLD)
        }
    }
}
