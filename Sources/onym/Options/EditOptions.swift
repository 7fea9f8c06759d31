import ArgumentParser
import Foundation
import OnymText

/// Who makes a change to a store, and why: recorded with every change.
struct EditOptions: ParsableArguments {
    @Option(name: .long, help: "Who makes the change (default: $USER).")
    var author: String?
    @Option(name: [.customShort("m"), .long], help: "Why: recorded in the history.")
    var message: String?

    var who: String { author ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown" }
}

/// Forms typed on the command line, in NFC as the glossary keeps them.
func nfc(_ forms: [String]) -> [String] { forms.map { Normalizer.normalize($0, to: .nfc) } }
