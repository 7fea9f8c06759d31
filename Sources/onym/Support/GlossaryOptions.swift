import ArgumentParser
import Foundation
import OnymGlossary

/// `--glossary FILE` (repeatable), shared by every command that reads glossaries.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp("A glossary YAML file (repeatable; only these are used).", valueName: "FILE"))
    var files: [String] = []

    /// The config of the working directory, if any.
    func config() throws(GlossaryError) -> OnymConfig? {
        try OnymConfig.find(from: FileManager.default.currentDirectoryPath)
    }

    /// The glossaries chosen by the rule: --glossary, else .onym.yaml, else bundled.
    func source() throws(GlossaryError) -> GlossarySource {
        GlossarySource.choose(explicit: files, config: files.isEmpty ? try config() : nil)
    }
}
