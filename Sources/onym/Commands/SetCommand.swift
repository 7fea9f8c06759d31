import ArgumentParser
import OnymGlossary
import OnymStore
import OnymText

/// `onym set`: change one language of a stored concept.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change a stored concept's forms in one language (or its kind or note).",
        discussion: """
        The concept is read, changed and written back only if nobody changed it in between
        (its revision is checked in the same transaction); otherwise nothing is written and
        the exit code is 2.

        Example:
          onym set kyiv --lang en --add-variant Kyyiv --remove-variant Kiyv -m "seen in wire copy"
          onym set kyiv --lang en --preferred Kyiv --add-variant Kiev --since 2019-08-14 --authority AP
        """
    )

    @Argument(help: "The concept's id.")
    var id: String
    @Option(name: .long, help: "The language of the forms.")
    var lang: String
    @Option(name: .long, help: "A new preferred form (adds the language when the concept lacks it).")
    var preferred: String?
    @Option(name: .long) var addAdmitted: [String] = []
    @Option(name: .long) var removeAdmitted: [String] = []
    @Option(name: .long) var addVariant: [String] = []
    @Option(name: .long) var removeVariant: [String] = []
    @Option(name: .long) var addForbidden: [String] = []
    @Option(name: .long) var removeForbidden: [String] = []
    @Option(name: .long) var addAllow: [String] = []
    @Option(name: .long) var removeAllow: [String] = []
    @Option(name: .long, help: "A new kind.")
    var kind: ConceptKind?
    @Option(name: .long, help: "A new note (empty removes it).")
    var note: String?
    @OptionGroup var period: PeriodOptions
    @OptionGroup var glossary: GlossaryOptions
    @OptionGroup var edit: EditOptions

    func run() throws {
        let store = try glossary.writableStore()
        let stored = try store.existing(id: id)
        var change = ConceptChange(language: try LanguageTag.canonical(lang))
        period.apply(to: &change)
        change.preferred = preferred.map { nfc([$0])[0] }
        change.kind = kind
        change.note = note
        change.add = [.admitted: nfc(addAdmitted), .deprecated: nfc(addVariant), .forbidden: nfc(addForbidden)]
        change.remove = [.admitted: nfc(removeAdmitted), .deprecated: nfc(removeVariant), .forbidden: nfc(removeForbidden)]
        change.addAllow = nfc(addAllow)
        change.removeAllow = nfc(removeAllow)
        let concept = try change.applied(to: stored.concept, source: store.location)
        if concept == stored.concept {
            Console.line("concept '\(id)' unchanged (revision \(stored.revision))")
            return
        }
        try store.commit([.put(concept, glossary: stored.glossary, expected: stored.revision)], author: edit.who, message: edit.message)
        Console.line("changed concept '\(id)' (revision \(stored.revision) → \(stored.revision + 1))")
    }
}

/// `onym remove`: one concept out of the store (its history stays).
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a concept from the store (its history stays).")

    @Argument(help: "The concept's id.")
    var id: String
    @OptionGroup var glossary: GlossaryOptions
    @OptionGroup var edit: EditOptions

    func run() throws {
        let store = try glossary.writableStore()
        let stored = try store.existing(id: id)
        try store.commit([.remove(id: id, expected: stored.revision)], author: edit.who, message: edit.message)
        Console.line("removed concept '\(id)'")
    }
}
