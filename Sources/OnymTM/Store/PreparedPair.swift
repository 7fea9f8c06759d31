/// A pair ready to be written: its source's words, and the hash that tells it again. Made
/// on the reading thread, so that the writing thread only writes.
struct PreparedPair: Sendable {
    let segment: TMSegment
    let text: SegmentText
    let hash: Int
    let sourceHash: Int
    /// The properties and the inline markup as the store keeps them (JSON), or nil.
    let properties: String?
    let tags: String?

    init(_ segment: TMSegment) {
        self.segment = segment
        text = SegmentText(segment.source, language: segment.sourceLanguage)
        hash = SegmentHash.of(segment.sourceLanguage, segment.targetLanguage, segment.source, segment.target)
        sourceHash = SegmentHash.of(segment.source)
        properties = segment.meta.properties.isEmpty ? nil : SegmentWriter.json(segment.meta.properties)
        tags = segment.tags.map(SegmentWriter.json)
    }
}
