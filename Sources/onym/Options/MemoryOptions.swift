import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
import OnymStore
import OnymTM

/// `--store`, for the commands of the translation memory: the memory lives in the glossary
/// store (the same rule: --store, $ONYM_STORE, store: in .onym.yaml, else the default path).
struct MemoryOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp("The store: a SQLite file or postgres://… (default: $ONYM_STORE, store: in .onym.yaml, else ~/.local/share/onym/onym.sqlite).", valueName: "PATH"))
    var store: String?

    var location: String {
        get throws {
            StoreChoice.inUse(explicit: store, config: try OnymConfig.find(from: FileManager.default.currentDirectoryPath))
        }
    }

    func memory(create: Bool) throws -> TMStore {
        try StoreAccess.memory(location, create: create)
    }
}
