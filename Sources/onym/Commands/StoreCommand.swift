import ArgumentParser
import OnymGlossary
import OnymStore
import OnymKit

/// `onym store`: create a store, or describe one.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Create a glossary store, or print what one holds.",
        subcommands: [StoreInitCommand.self, StoreInfoCommand.self]
    )
}

struct StoreInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store (--store, $ONYM_STORE, store: in .onym.yaml, else ~/.local/share/onym/onym.sqlite).",
        discussion: """
        Examples:
          onym store init
          onym store init --store team.sqlite --from-bundled
        """
    )

    @OptionGroup var glossary: GlossaryOptions
    @OptionGroup var edit: EditOptions
    @Flag(name: .long, help: "Seed the new store with the bundled glossaries.")
    var fromBundled = false

    func run() throws {
        let store = try glossary.writableStore()
        var line = "store: \(store.location) (schema \(try store.info().schemaVersion))"
        if fromBundled {
            let plan = try ImportPlan(importing: try GlossarySet.bundled(cache: CacheChoice.cache), into: store)
            try store.commit(plan.edits, author: edit.who, message: edit.message ?? "seeded from the bundled glossaries")
            line += ", \(plan.added.count) concepts added from the bundled glossaries"
        }
        Console.line(line)
    }
}

struct StoreInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Backend, location, schema version and counts.")

    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let store = try glossary.readableStore()
        let info = try store.info()
        let segments = try StoreAccess.memory(store.location, create: false).segmentCount()
        Console.line("""
            backend: \(info.backend)
            location: \(info.location)
            schema: \(info.schemaVersion)
            concepts: \(info.concepts)
            terms: \(info.terms)
            changes: \(info.changes)
            segments: \(segments)
            """)
    }
}
