import OnymGlossary

/// Writes TMX 1.4b: a header with the attributes the standard requires, then one `<tu>`
/// per pair, piece by piece, so a memory of any size is written without being held.
public enum TMXWriter {
    /// The XML declaration, `<tmx>`, the header and `<body>`. `sourceLanguage` nil writes `*all*`.
    public static func header(sourceLanguage: String?, toolVersion: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="onym" creationtoolversion="\(XMLEscaping.escape(toolVersion))" segtype="sentence" o-tmf="onym" \
        adminlang="en" srclang="\(XMLEscaping.escape(sourceLanguage ?? "*all*"))" datatype="plaintext"/>
          <body>

        """
    }

    public static let footer = "  </body>\n</tmx>\n"

    /// One `<tu>`: dates and authors as attributes, origin and properties as `<prop>`, the
    /// note as `<note>`, then the source's and the target's `<tuv>`.
    public static func unit(_ s: TMSegment, headerSource: String?) -> String {
        let m = s.meta
        var attributes: [(String, String?)] = [("tuid", m.tuid)]
        if headerSource == nil || !LanguageMatch.same(headerSource!, s.sourceLanguage) { attributes.append(("srclang", s.sourceLanguage)) }
        attributes += [("creationdate", m.createdAt), ("creationid", m.createdBy), ("changedate", m.changedAt), ("changeid", m.changedBy)]
        var out = "    <tu" + attributes.compactMap { k, v in v.map { " \(k)=\"\(XMLEscaping.escape($0))\"" } }.joined() + ">\n"
        if let origin = m.origin { out += "      <prop type=\"\(TMXReader.originProperty)\">\(XMLEscaping.escape(origin))</prop>\n" }
        for key in m.properties.keys.sorted() {
            out += "      <prop type=\"\(XMLEscaping.escape(key))\">\(XMLEscaping.escape(m.properties[key]!))</prop>\n"
        }
        if let note = m.note { out += "      <note>\(XMLEscaping.escape(note))</note>\n" }
        for (language, text) in [(s.sourceLanguage, s.source), (s.targetLanguage, s.target)] {
            out += "      <tuv xml:lang=\"\(XMLEscaping.escape(language))\"><seg>\(seg(text, language: language, tags: s.tags))</seg></tuv>\n"
        }
        return out + "    </tu>\n"
    }

    /// A segment's content: text escaped, placeholders back to their markup. Markup read
    /// from TMX is written as it was; other markup (XLIFF's) goes inside a `<ph>`, which
    /// TMX allows to hold any native code.
    static func seg(_ text: String, language: String, tags: InlineTags?) -> String {
        let marks = InlineTags.placeholders(in: text)
        guard !marks.isEmpty else { return XMLEscaping.escape(text) }
        let bytes = Array(text.utf8)
        var out = "", at = 0
        for m in marks {
            out += XMLEscaping.escape(String(decoding: bytes[at..<m.range.lowerBound], as: UTF8.self))
            if let code = tags?.codes[language + "\t" + m.text] {
                out += tags!.format == "tmx" ? code : "<ph>\(XMLEscaping.escape(code))</ph>"
            } else {
                out += XMLEscaping.escape(m.text)
            }
            at = m.range.upperBound
        }
        return out + XMLEscaping.escape(String(decoding: bytes[at...], as: UTF8.self))
    }
}
