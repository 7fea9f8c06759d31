import OnymText

/// `onym inspect` as text for a person.
struct InspectionTextReporter: Reporter {
    func write(_ report: [WordInspection], to out: ConsoleOutput) throws {
        out.write(Self.render(report) + "\n")
    }

    static func render(_ inspections: [WordInspection]) -> String {
        inspections.map(render).joined(separator: "\n")
    }

    static func render(_ w: WordInspection) -> String {
        var lines = [w.word]
        lines.append("  NFC: " + (w.isNFC ? "yes" : "no (NFC: \(w.nfc))"))
        let scripts = w.scripts.scripts.isEmpty ? "none" : w.scripts.scripts.joined(separator: ", ")
        lines.append("  scripts: " + scripts + (w.scripts.isMixedScript ? " (mixed)" : ""))
        if w.scripts.oddCharacters.isEmpty {
            lines.append("  look-alikes: none")
        }
        for odd in w.scripts.oddCharacters {
            var line = "  look-alike: \(describe(odd.character)) at byte \(odd.utf8Offset)"
            if let imitated = odd.imitates { line += ", looks like \(describe(imitated))" }
            lines.append(line)
        }
        if w.scripts.invisibleCharacters.isEmpty {
            lines.append("  invisible: none")
        }
        for invisible in w.scripts.invisibleCharacters {
            lines.append("  invisible: \(invisible.character.codePoint) \(invisible.character.name) at byte \(invisible.utf8Offset)")
        }
        lines.append("  match key: \(w.matchKey)")
        lines.append("  skeleton: \(w.skeleton)")
        return lines.joined(separator: "\n")
    }

    private static func describe(_ c: ScalarInfo) -> String {
        "\(c.codePoint) \(c.name) (\(c.script))"
    }
}
