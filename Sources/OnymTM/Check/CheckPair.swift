/// One source segment and its translation, as `onym check` reads them from a file.
public struct CheckPair: Sendable, Hashable {
    /// TMX `tuid`, XLIFF unit id, or the line number.
    public let id: String
    /// 1-based line in the file.
    public let line: Int
    public let source: String
    public let target: String

    public init(id: String, line: Int, source: String, target: String) {
        self.id = id
        self.line = line
        self.source = source
        self.target = target
    }
}
