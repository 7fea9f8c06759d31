/// One step of the alignment of a query with a match's source, word by word.
public enum WordDiff: Sendable, Hashable, Codable {
    case equal(String)
    /// A word of the query where the match has another (or the same word written otherwise).
    case replace(query: String, match: String)
    /// A word the query has and the match lacks.
    case insert(query: String)
    /// A word the match has and the query lacks.
    case delete(match: String)

    enum CodingKeys: String, CodingKey { case op, text, query, match }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .equal(let t): try c.encode("equal", forKey: .op); try c.encode(t, forKey: .text)
        case .replace(let q, let m): try c.encode("replace", forKey: .op); try c.encode(q, forKey: .query); try c.encode(m, forKey: .match)
        case .insert(let q): try c.encode("insert", forKey: .op); try c.encode(q, forKey: .query)
        case .delete(let m): try c.encode("delete", forKey: .op); try c.encode(m, forKey: .match)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .op) {
        case "equal": self = .equal(try c.decode(String.self, forKey: .text))
        case "replace": self = .replace(query: try c.decode(String.self, forKey: .query), match: try c.decode(String.self, forKey: .match))
        case "insert": self = .insert(query: try c.decode(String.self, forKey: .query))
        default: self = .delete(match: try c.decode(String.self, forKey: .match))
        }
    }

    /// The match's source with the differing words marked, wdiff style: `[-match-]{+query+}`.
    public static func marked(_ diff: [WordDiff], in match: SegmentText) -> String {
        // Words of the match in order, each with the insertions that come before it.
        var out = ""
        var step = 0
        func flushInsertions() {
            while step < diff.count, case .insert(let q) = diff[step] {
                out += "{+\(q)+} "
                step += 1
            }
        }
        for piece in match.pieces {
            guard piece.word != nil else { out += piece.text; continue }
            flushInsertions()
            guard step < diff.count else { out += piece.text; continue }
            switch diff[step] {
            case .equal: out += piece.text
            case .replace(let q, _): out += "[-\(piece.text)-]{+\(q)+}"
            case .delete: out += "[-\(piece.text)-]"
            case .insert: break
            }
            step += 1
        }
        // Words the query has after the match's last.
        while step < diff.count {
            if case .insert(let q) = diff[step] { out += (out.last?.isWhitespace == false && !out.isEmpty ? " " : "") + "{+\(q)+}" }
            step += 1
        }
        return out
    }
}
