/// Text and attribute values for the XML that Onym writes (TBX in OnymInterchange, TMX in OnymTM).
public enum XMLEscaping {
    /// `&`, `<`, `>` and `"` as entities; everything else as it is.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}
