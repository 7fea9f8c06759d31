import OnymKit
import Foundation
import OnymText

/// `onym inspect --format json`: `{"words":[…]}` with one object per word.
struct InspectionJSONReporter: Reporter {
    func write(_ report: [WordInspection], to out: ConsoleOutput) throws {
        out.write(try Self.render(report) + "\n")
    }

    struct Document: Encodable {
        let words: [Word]
    }

    struct Character: Encodable {
        let codePoint: String
        let name: String
        let script: String
        let offset: Int?
        let imitates: Imitated?
    }

    struct Imitated: Encodable {
        let codePoint: String
        let name: String
        let script: String
    }

    struct Word: Encodable {
        let word: String
        let offset: Int
        let nfc: Bool
        let scripts: [String]
        let mixedScript: Bool
        let confusables: [Character]
        let invisible: [Character]
        let matchKey: String
        let skeleton: String
    }

    static func render(_ inspections: [WordInspection]) throws -> String {
        let words = inspections.map { w in
            Word(
                word: w.word, offset: w.offset, nfc: w.isNFC, scripts: w.scripts.scripts,
                mixedScript: w.scripts.isMixedScript,
                confusables: w.scripts.oddCharacters.map {
                    Character(codePoint: $0.character.codePoint, name: $0.character.name, script: $0.character.script,
                              offset: $0.utf8Offset,
                              imitates: $0.imitates.map { Imitated(codePoint: $0.codePoint, name: $0.name, script: $0.script) })
                },
                invisible: w.scripts.invisibleCharacters.map {
                    Character(codePoint: $0.character.codePoint, name: $0.character.name, script: $0.character.script,
                              offset: $0.utf8Offset, imitates: nil)
                },
                matchKey: w.matchKey, skeleton: w.skeleton)
        }
        return try JSONOutput.string(Document(words: words))
    }
}
