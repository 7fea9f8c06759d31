import OnymKit
import ArgumentParser
import Foundation
import OnymGlossary
import OnymInterchange
import OnymText

/// `onym list`: the concepts of the store.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the store's concepts (id order).",
        discussion: """
        text: `id (kind): preferred form` in --lang (default en, else the concept's first language).
        json: the concepts with their terms and revisions. csv: the long CSV of `onym export`.

        Example:
          onym list --kind place --lang de
        """
    )

    @Option(name: .long, help: "Only concepts of this kind.")
    var kind: ConceptKind?
    @Option(name: .long, help: "Only concepts with a preferred form in this language; the language shown.")
    var lang: String?
    @Option(name: .long, help: "text, json or csv.")
    var format: ListFormat = .text
    @OptionGroup var glossary: GlossaryOptions

    enum ListFormat: String, ExpressibleByArgument { case text, json, csv }

    func run() throws {
        let language = try lang.map(LanguageTag.canonical)
        let stored = try glossary.readableStore().concepts(kind: kind, language: language)
        switch format {
        case .text:
            for s in stored {
                let shown = language ?? (s.concept.terms["en"] != nil ? "en" : s.concept.languages.first ?? "en")
                Console.line("\(s.concept.id) (\(s.concept.kind.rawValue)): \(s.concept.terms[shown]?.preferred ?? "")")
            }
        case .json:
            Console.line(try ConceptJSON.render(stored))
        case .csv:
            var generated: [String: [String: [GeneratedTerm]]] = [:]
            for s in stored { generated[s.concept.id] = s.generated }
            Console.text(LongCSV.write(Glossary(name: "store", concepts: stored.map(\.concept), origin: "store"), generated: generated))
        }
    }
}

/// `onym show`: one stored concept, now or as it was.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a stored concept, or (--at) as it was at the end of a day.",
        discussion: """
        Examples:
          onym show kyiv
          onym show kyiv --at 2026-01-31
        """
    )

    @Argument(help: "The concept's id.")
    var id: String
    @Option(name: .long, help: "A date (YYYY-MM-DD) or an ISO 8601 time.")
    var at: String?
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let store = try glossary.readableStore()
        if let at {
            guard let concept = try store.concept(id: id, at: at) else {
                throw GlossaryError(file: store.location, line: 0, rule: .unknownConcept, message: "no concept '\(id)' at \(at)")
            }
            Console.text(StoreReport.concept(concept, header: "\(id) as of \(at)"))
            return
        }
        let stored = try store.existing(id: id)
        Console.text(StoreReport.concept(stored.concept,
                                         header: "\(id) (revision \(stored.revision), \(stored.updatedAt) by \(stored.updatedBy))"))
    }
}

/// `onym log`: what changed in the store, who changed it and why.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "The store's history: every change, oldest first, with author, time, message and what changed.",
        discussion: """
        Examples:
          onym log
          onym log kyiv --since 2026-01-01
        """
    )

    @Argument(help: "Only this concept.")
    var concept: String?
    @Option(name: .long, help: "Only changes on or after this date (YYYY-MM-DD).")
    var since: String?
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        for change in try glossary.readableStore().history(concept: concept, since: since) {
            Console.text(StoreReport.change(change))
        }
    }
}
