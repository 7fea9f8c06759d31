import Foundation
import OnymText

// `swift run onym-generate resources|countries`: the maintainers' generators (not part of
// the onym binary or the libraries). Run from the repository's root.
//
//   resources   writes the Swift sources that embed locales/ and glossaries/ (after editing them)
//   countries   writes glossaries/countries.yaml from CLDR through ICU (then run resources)
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let arguments = CommandLine.arguments.dropFirst()
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(2)
}
func write(_ text: String, to path: String) {
    let url = root.appendingPathComponent(path)
    do { try Data(text.utf8).write(to: url, options: .atomic) } catch { fail("cannot write \(path): \(error)") }
    print("wrote \(path)")
}
switch arguments.first {
case "resources" where arguments.count == 1:
    guard FileManager.default.fileExists(atPath: root.appendingPathComponent("locales/translit").path) else {
        fail("run from the repository's root (no locales/translit here)")
    }
    do {
        for output in try BundledSources.outputs(root: root) { write(output.text, to: output.path) }
    } catch {
        fail("\(error)")
    }
case "countries" where arguments.count == 1:
    write(CountryGlossary.yaml(), to: "glossaries/countries.yaml")
default:
    fail("usage: swift run onym-generate resources|countries")
}
