import OnymGlossary

/// The services an export can be checked against, and Excel's flavour of CSV.
public enum ServiceTarget: String, Sendable, CaseIterable {
    case deepl, google, amazon, excel
}
