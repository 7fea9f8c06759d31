import ArgumentParser
import OnymGlossary
import OnymInterchange
import OnymStore

/// `onym import`: glossary files into the store, checked against each other and the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import glossary files (YAML, long CSV, TBX, JSON) into the store.",
        discussion: """
        The files are checked as `onym validate` checks them, and against the concepts
        already stored; a file with any problem imports nothing (exit 2). A concept the
        store has in another form is replaced; a stored concept of the same glossary that
        the files no longer have is removed. All of it is one transaction.

        Examples:
          onym import glossaries/news.yaml -m "house style 2026"
          onym import --dry-run house.yaml
        """
    )

    @Argument(help: "Glossary files.")
    var files: [String]
    @Flag(name: .long, help: "Print what would be added, changed and removed; write nothing.")
    var dryRun = false
    @OptionGroup var glossary: GlossaryOptions
    @OptionGroup var edit: EditOptions

    func run() throws {
        let set = try GlossarySet.load(files: files)
        let store = try glossary.writableStore()
        let plan = try ImportPlan(importing: set, into: store)
        if dryRun {
            for id in plan.added { Console.line("add \(id)") }
            for id in plan.changed { Console.line("change \(id)") }
            for id in plan.removed { Console.line("remove \(id)") }
            Console.line("would add \(plan.added.count), change \(plan.changed.count), remove \(plan.removed.count) (nothing written)")
            return
        }
        try store.commit(plan.edits, author: edit.who, message: edit.message)
        Console.line("added \(plan.added.count), changed \(plan.changed.count), removed \(plan.removed.count) in \(store.location)")
    }
}
