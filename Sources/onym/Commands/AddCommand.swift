import ArgumentParser
import OnymGlossary
import OnymText

/// `onym add`: one new concept in the store.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a concept to the store.",
        discussion: """
        The concept is checked like a glossary file's, and against every stored concept (a
        variant that is another concept's form is refused, naming it).

        Example:
          onym add bakhmut --kind place --lang en --preferred Bakhmut --variant Artemivsk -m "new name"
        """
    )

    @Argument(help: "The concept's id.")
    var id: String
    @Option(name: .long, help: "person, place, country, organisation or other.")
    var kind: ConceptKind
    @Option(name: .long, help: "The language of the forms.")
    var lang: String
    @Option(name: .long, help: "The preferred form.")
    var preferred: String
    @Option(name: .long, help: "An admitted form (repeatable).")
    var admitted: [String] = []
    @Option(name: .long, help: "A variant (repeatable).")
    var variant: [String] = []
    @Option(name: .long, help: "A forbidden form (repeatable).")
    var forbidden: [String] = []
    @Option(name: .long, help: "A phrase in which a variant is right (repeatable).")
    var allow: [String] = []
    @Option(name: .long, help: "Why the preferred form is preferred.")
    var note: String?
    @OptionGroup var period: PeriodOptions
    @OptionGroup var glossary: GlossaryOptions
    @OptionGroup var edit: EditOptions

    func run() throws {
        let language = try LanguageTag.canonical(lang)
        var terms = TermSet(preferred: nfc([preferred])[0], admitted: nfc(admitted), variants: nfc(variant),
                            forbidden: nfc(forbidden), allow: nfc(allow))
        // Every form given has the period given.
        terms.periods = terms.forms.compactMap { period.period($0.form, $0.status) }
        for value in [period.since, period.until].compactMap({ $0 }) where !ISODate.isValid(value) {
            throw CLIError("--since and --until take a day written YYYY-MM-DD, such as 2019-08-14, not '\(value)'")
        }
        let breaches = ConceptRules.periods(terms, language: language)
        if let first = breaches.first { throw CLIError(first.message) }
        let concept = Concept(id: id, kind: kind, note: note, terms: [language: terms], languages: [language])
        let store = try glossary.writableStore()
        try store.commit([.put(concept, glossary: "house", expected: nil)], author: edit.who, message: edit.message)
        Console.line("added concept '\(id)' (revision 1)")
    }
}

extension ConceptKind: ExpressibleByArgument {}
