/// Every form of every concept with its match key, for ``GlossaryLookup``: the texts as
/// UTF-8 in one buffer and a fixed-size record per form, not two Swift strings and a
/// language string each (some 700,000 forms for 100,000 concepts: 60 MB as tuples of
/// strings, about 35 MB this way). Forms are NFC (every reader normalises them), so two
/// forms are equal exactly when their bytes are.
struct LookupEntries: Sendable {
    struct Record: Sendable {
        let start: Int
        let concept: UInt32
        let formLength: UInt32
        let keyLength: UInt32
        let language: UInt16
        let status: TermStatus
    }

    private var bytes: [UInt8] = []
    private var records: [Record] = []
    /// The languages records name, by number.
    private var languages: [String] = []
    private var numbers: [String: UInt16] = [:]

    init() {}

    var count: Int { records.count }
    var indices: Range<Int> { records.indices }

    mutating func append(concept: Int, language: String, form: String, key: String, status: TermStatus) {
        let number = number(of: language)
        records.append(Record(start: bytes.count, concept: UInt32(concept), formLength: UInt32(form.utf8.count),
                              keyLength: UInt32(key.utf8.count), language: number, status: status))
        bytes.append(contentsOf: form.utf8)
        bytes.append(contentsOf: key.utf8)
    }

    /// Parts built on several cores, one after the other.
    init(joining parts: [LookupEntries]) {
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        records.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts {
            let base = bytes.count
            for record in part.records {
                let number = number(of: part.languages[Int(record.language)])
                records.append(Record(start: base + record.start, concept: record.concept, formLength: record.formLength,
                                      keyLength: record.keyLength, language: number, status: record.status))
            }
            bytes.append(contentsOf: part.bytes)
        }
    }

    /// The number a language's records carry, given it when it is new.
    private mutating func number(of language: String) -> UInt16 {
        if let known = numbers[language] { return known }
        let n = UInt16(languages.count)
        languages.append(language)
        numbers[language] = n
        return n
    }

    func concept(_ i: Int) -> Int { Int(records[i].concept) }
    func status(_ i: Int) -> TermStatus { records[i].status }
    func language(_ i: Int) -> String { languages[Int(records[i].language)] }

    func formBytes(_ i: Int) -> ArraySlice<UInt8> {
        let r = records[i]
        return bytes[r.start..<(r.start + Int(r.formLength))]
    }

    func keyBytes(_ i: Int) -> ArraySlice<UInt8> {
        let r = records[i]
        let start = r.start + Int(r.formLength)
        return bytes[start..<(start + Int(r.keyLength))]
    }

    func form(_ i: Int) -> String { String(decoding: formBytes(i), as: UTF8.self) }
    func key(_ i: Int) -> String { String(decoding: keyBytes(i), as: UTF8.self) }

    func formIs(_ i: Int, _ text: [UInt8]) -> Bool { formBytes(i).elementsEqual(text) }
    func keyIs(_ i: Int, _ text: [UInt8]) -> Bool { keyBytes(i).elementsEqual(text) }

    /// Calls `body` with each scalar value of entry `i`'s key, in order.
    @inline(__always)
    func forEachKeyScalar(_ i: Int, _ body: (UInt32) -> Void) {
        let r = records[i]
        var p = r.start + Int(r.formLength)
        let end = p + Int(r.keyLength)
        bytes.withUnsafeBufferPointer { b in
            // The bytes are a String's: valid UTF-8.
            while p < end {
                let lead = UInt32(b[p])
                if lead < 0x80 {
                    body(lead); p += 1
                } else if lead < 0xE0 {
                    body((lead & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F)); p += 2
                } else if lead < 0xF0 {
                    body((lead & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F)); p += 3
                } else {
                    body((lead & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12 | UInt32(b[p + 2] & 0x3F) << 6 | UInt32(b[p + 3] & 0x3F)); p += 4
                }
            }
        }
    }

    func keyScalars(_ i: Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        forEachKeyScalar(i) { out.append(Unicode.Scalar($0)!) }
        return out
    }
}
