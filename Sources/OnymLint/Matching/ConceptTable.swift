import OnymGlossary

/// What a finding says of a concept (id, kind, note) and the good forms a
/// suggestion is taken from, kept in the matcher's image so that a lint with
/// a cached matcher never loads the glossary itself.
struct ConceptTable: Sendable {
    /// A concept as findings need it.
    struct Info {
        let id: String
        let kind: ConceptKind
        let note: String?
        /// The preferred form in the document's language, then the admitted ones.
        let good: [String]
    }

    static let kinds = ConceptKind.allCases

    let ids: StringColumn
    let kinds: Column<UInt8>
    /// Notes; `hasNote` tells an empty note from none.
    let notes: StringColumn
    let hasNote: Column<UInt8>
    /// Concept i's good forms are `goodForms[goodStarts[i]..<goodStarts[i + 1]]`.
    let goodStarts: Column<Int32>
    let goodForms: StringColumn

    var count: Int { ids.count }

    init(set: GlossarySet, language: String, primary: String) {
        var kinds: [UInt8] = [], notes: [String] = [], hasNote: [UInt8] = [], goodStarts: [Int32] = [0], good: [String] = []
        for concept in set.concepts {
            kinds.append(UInt8(Self.kinds.firstIndex(of: concept.kind)!))
            // The note for texts in this language: its own, else the concept's.
            let note = concept.note(for: language)
            notes.append(note ?? "")
            hasNote.append(note == nil ? 0 : 1)
            if let terms = concept.terms[language] ?? concept.terms[primary] { good += [terms.preferred] + terms.admitted }
            goodStarts.append(Int32(good.count))
        }
        ids = StringColumn(set.concepts.map(\.id))
        self.kinds = Column(kinds)
        self.notes = StringColumn(notes)
        self.hasNote = Column(hasNote)
        self.goodStarts = Column(goodStarts)
        goodForms = StringColumn(good)
    }

    init?(image reader: inout ImageReader) {
        guard let ids = reader.strings(), let kinds = reader.column(UInt8.self), let notes = reader.strings(),
              let hasNote = reader.column(UInt8.self), let goodStarts = reader.column(Int32.self), let goodForms = reader.strings(),
              kinds.count == ids.count, notes.count == ids.count, hasNote.count == ids.count, goodStarts.count == ids.count + 1,
              goodStarts[0] == 0, Int(goodStarts[goodStarts.count - 1]) == goodForms.count,
              kinds.isWithin(0...UInt8(Self.kinds.count - 1)), goodStarts.isNonDecreasing else { return nil }
        self.ids = ids
        self.kinds = kinds
        self.notes = notes
        self.hasNote = hasNote
        self.goodStarts = goodStarts
        self.goodForms = goodForms
    }

    func write(into writer: inout ImageWriter) {
        writer.strings(ids)
        writer.column(kinds)
        writer.strings(notes)
        writer.column(hasNote)
        writer.column(goodStarts)
        writer.strings(goodForms)
    }

    func kind(_ i: Int) -> ConceptKind { Self.kinds[Int(kinds[i])] }

    subscript(i: Int) -> Info {
        Info(id: ids[i], kind: kind(i), note: hasNote[i] == 0 ? nil : notes[i], good: good(i))
    }

    /// Concept i's preferred form, then its admitted ones (without the rest of its ``Info``).
    func good(_ i: Int) -> [String] {
        (Int(goodStarts[i])..<Int(goodStarts[i + 1])).map { goodForms[$0] }
    }
}
