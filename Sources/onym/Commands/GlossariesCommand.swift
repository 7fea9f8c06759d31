import ArgumentParser
import OnymGlossary
import OnymKit
import OnymStore

/// `onym glossaries`: which glossaries are bundled and which ones a command would use.
struct GlossariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossaries",
        abstract: "List the bundled glossaries and those in use, with concept counts per language.",
        discussion: """
        Examples:
          onym glossaries
          onym glossaries --glossary house.yaml
        """
    )

    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let bundled = try GlossarySet.bundled(cache: CacheChoice.cache)
        let source = try glossary.source()
        var lines = ["bundled:"] + GlossaryListing.lines(bundled.glossaries)
        switch source {
        case .bundled:
            lines.append("in use: the bundled glossaries")
        case .files(let files):
            lines.append("in use (--glossary): " + files.joined(separator: ", "))
            lines += GlossaryListing.lines(try source.load(cache: CacheChoice.cache).glossaries)
        case .config(let path, _):
            lines.append("in use (\(path)):")
            lines += GlossaryListing.lines(try source.load(cache: CacheChoice.cache).glossaries)
        case .store(let location):
            let info = try StoreAccess.glossary(location, create: false).info()
            lines.append("in use (store): \(location) (\(info.concepts) concepts)")
        }
        for line in lines { Console.line(line) }
    }
}
