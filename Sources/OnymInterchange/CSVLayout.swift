import OnymGlossary

/// The CSV layouts of DESIGN.md "Interchange".
public enum CSVLayout: String, Sendable, CaseIterable {
    /// `concept,kind,lang,term,status,note`, one row per term: lossless, re-importable.
    case long
    /// A header of language codes, one concept per row, preferred forms (Google, Amazon MULTI).
    case wide
    /// No header, `source,target`: preferred and deprecated source forms to the target's preferred (DeepL).
    case pairs
}
