/// One source text and its translation, with their languages and what is known of them.
public struct TMSegment: Sendable, Hashable {
    /// BCP 47 tags in canonical case (`en-US`).
    public var sourceLanguage: String
    public var targetLanguage: String
    /// NFC texts; inline markup as placeholders (see ``InlineTags``).
    public var source: String
    public var target: String
    /// The markup behind both texts' placeholders.
    public var tags: InlineTags?
    public var meta: TMMeta

    public init(sourceLanguage: String, targetLanguage: String, source: String, target: String, tags: InlineTags? = nil,
                meta: TMMeta = TMMeta()) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.source = source
        self.target = target
        self.tags = tags
        self.meta = meta
    }
}
