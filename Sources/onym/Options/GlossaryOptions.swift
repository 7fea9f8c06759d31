import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
import OnymStore

/// `--glossary FILE` (repeatable) and `--store PATH`, shared by every command that reads glossaries.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp("A glossary YAML file (repeatable; only these are used).", valueName: "FILE"))
    var files: [String] = []

    /// The config of the working directory, if any.
    func config() throws(GlossaryError) -> OnymConfig? {
        try OnymConfig.find(from: FileManager.default.currentDirectoryPath)
    }

    @Option(name: .customLong("store"), help: ArgumentHelp("A glossary store: a SQLite file (default: $ONYM_STORE, else store: in .onym.yaml).", valueName: "PATH"))
    var store: String?
    @Option(name: .customLong("house"), help: ArgumentHelp("A house whose own forms apply where the glossary gives them (default: house: in .onym.yaml).", valueName: "NAME"))
    var houseName: String?

    /// The house chosen: --house, else `house:` in .onym.yaml.
    func house(_ config: OnymConfig?) throws -> String? {
        if let houseName, let breach = ConceptRules.house(houseName) { throw CLIError("--house: \(breach.message)") }
        return houseName ?? config?.house
    }

    /// The glossaries chosen by the rule: --glossary, else a store (--store, $ONYM_STORE,
    /// store: in .onym.yaml), else .onym.yaml's files, else bundled.
    func source() throws(GlossaryError) -> GlossarySource {
        GlossarySource.choose(explicit: files, store: StoreChoice.named(store), config: files.isEmpty ? try config() : nil)
    }

    /// The store that commands which write use: as for reading, else the default path.
    func writableStore() throws(GlossaryError) -> any GlossaryStore {
        let location = StoreChoice.inUse(explicit: store, config: try config())
        return try StoreAccess.glossary(location, create: true)
    }

    /// The store that commands which only read use (it must exist).
    func readableStore() throws(GlossaryError) -> any GlossaryStore {
        let location = StoreChoice.inUse(explicit: store, config: try config())
        return try StoreAccess.glossary(location, create: false)
    }
}
