import OnymGlossary

/// The file formats a glossary is read from and written to.
public enum InterchangeFormat: String, Sendable, CaseIterable {
    case yaml, csv, tbx, json

    /// The format a path's extension names (`.yml` is YAML), or nil.
    public init?(path: String) {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "yaml", "yml": self = .yaml
        case "csv": self = .csv
        case "tbx", "xml": self = .tbx
        case "json": self = .json
        default: return nil
        }
    }
}
