/// What one import did.
public struct TMImportReport: Sendable, Hashable {
    /// Units read from the file.
    public var units = 0
    /// Segment pairs added.
    public var added = 0
    /// Pairs already stored (same languages, source and target), or twice in the file: not stored again.
    public var merged = 0
    /// Pairs without a source or target text (untranslated units).
    public var skipped = 0
}
