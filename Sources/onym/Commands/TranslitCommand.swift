import ArgumentParser
import Foundation
import OnymText

/// `onym translit`: writes names in another script.
struct TranslitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translit",
        abstract: "Transliterate text with a scheme (Onym's own or any ICU transform).",
        discussion: """
        Each TEXT is written on its own line; with no TEXT, stdin is read line by line.

        Examples:
          onym translit --scheme uk-Latn-national Зеленський Київ
          onym translit --scheme Russian-Latin/BGN < names.txt
          onym translit --list
        """
    )

    @Option(name: .long, help: "The scheme id (see --list).")
    var scheme: String?

    @Flag(name: .long, help: "List every scheme: id, source script, description.")
    var list = false

    @Argument(help: "Text to transliterate.")
    var text: [String] = []

    func validate() throws {
        if !list && scheme == nil { throw ValidationError("give --scheme ID (or --list to see the ids)") }
    }

    func run() throws {
        if list {
            for line in SchemeListing.lines(SchemeCatalog.all) { Console.line(line) }
            return
        }
        let transliterator = try Transliterator(scheme: scheme!)
        if text.isEmpty {
            let out = FileHandle.standardOutput
            try LineReader(handle: .standardInput, name: "<stdin>").forEachLine { line, ending in
                out.write(Data((transliterator.transliterate(line) + ending).utf8))
            }
        } else {
            for item in text { Console.line(transliterator.transliterate(item)) }
        }
    }
}
