import Foundation
import Testing
import OnymTestSupport

/// The store commands, end to end, on a real SQLite file.
@Suite struct StoreCommandTests {
    let folder: URL
    let env: [String: String]

    init() throws {
        folder = Leftovers.temporary("onym-store-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        env = ["ONYM_STORE": folder.appendingPathComponent("onym.sqlite").path, "USER": "ana",
               "ONYM_CACHE_DIR": folder.appendingPathComponent("cache").path]
    }

    func run(_ arguments: String..., stdin: String = "") throws -> OnymProcess.Result {
        try OnymProcess.run(arguments, stdin: Data(stdin.utf8), environment: env)
    }

    @Test func editAndReadBack() throws {
        let path = env["ONYM_STORE"]!
        #expect(try run("store", "info") == .init(status: 2, stdout: "",
            stderr: "error: \(path): no store here; create one with `onym store init` or write to it with `onym import` or `onym add`\n"))
        #expect(try run("add", "bakhmut", "--kind", "place", "--lang", "en", "--preferred", "Bakhmut", "--variant", "Artemivsk", "-m", "new name")
                == .init(status: 0, stdout: "added concept 'bakhmut' (revision 1)\n", stderr: ""))
        #expect(try run("set", "bakhmut", "--lang", "uk", "--preferred", "Бахмут", "--author", "ben")
                == .init(status: 0, stdout: "changed concept 'bakhmut' (revision 1 → 2)\n", stderr: ""))
        #expect(try run("add", "other", "--kind", "place", "--lang", "en", "--preferred", "Elsewhere", "--variant", "Bakhmut")
                == .init(status: 2, stdout: "", stderr: "error: \(path): variant 'Bakhmut' of concept 'other' is the en form 'Bakhmut' of concept 'bakhmut': which concept wins? Remove it from one of them\n"))
        #expect(try run("list").stdout == "bakhmut (place): Bakhmut\n")
        #expect(try run("list", "--lang", "uk").stdout == "bakhmut (place): Бахмут\n")
        let show = try run("show", "bakhmut").stdout.split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect(show == "  kind: place\n  en: Bakhmut; variants: Artemivsk\n  uk: Бахмут")
        // Each change's first line starts with its time.
        let log = try run("log", "bakhmut").stdout.split(separator: "\n").map { line in
            line.hasPrefix(" ") ? String(line) : String(line.drop { $0 != " " }.dropFirst())
        }
        #expect(log == ["ana added bakhmut (revision 1): new name", "  + en: Bakhmut; variants: Artemivsk",
                        "ben changed bakhmut (revision 2)", "  + uk: Бахмут"])
        #expect(try run("lookup", "Artemivsk").stdout.hasPrefix("bakhmut (place): \"Artemivsk\" is a variant in en\n"))
        #expect(try run("lint", "-", stdin: "Talks in Artemivsk.").stdout
                == "<stdin>:1:10: warning: Artemivsk → Bakhmut (variant of place \"bakhmut\")\n  Talks in Artemivsk.\n           ^^^^^^^^^\n1 finding (0 errors, 1 warning, 0 info) in 1 file\n")
        #expect(try run("remove", "bakhmut") == .init(status: 0, stdout: "removed concept 'bakhmut'\n", stderr: ""))
        #expect(try run("store", "info").stdout == "backend: sqlite\nlocation: \(path)\nschema: 3\nconcepts: 0\nterms: 0\nchanges: 3\nsegments: 0\n")
    }

    /// A renaming from a day on, with its authority: the old form becomes a former preferred
    /// one until the day before, the history says so, and lint follows the day.
    @Test func datedEdits() throws {
        #expect(try run("add", "kyiv", "--kind", "place", "--lang", "en", "--preferred", "Kiev").status == 0)
        #expect(try run("set", "kyiv", "--lang", "en", "--preferred", "Kyiv", "--add-variant", "Kiev", "--since", "2019-08-14", "--authority", "AP")
                == .init(status: 0, stdout: "changed concept 'kyiv' (revision 1 → 2)\n", stderr: ""))
        let show = try run("show", "kyiv").stdout.split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect(show == "  kind: place\n  en: Kyiv (since 2019-08-14, AP); variants: Kiev (since 2019-08-14, AP); formerly: Kiev (until 2019-08-13)")
        let log = try run("log", "kyiv").stdout.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(log == ["  + en: Kiev", "  en preferred: Kiev → Kyiv", "  en variants: + Kiev", "  en formerly: + Kiev",
                        "  en dates: + Kiev (preferred until 2019-08-13), + Kyiv (preferred since 2019-08-14, AP), + Kiev (variant since 2019-08-14, AP)"])
        #expect(try run("lint", "-", "--as-of", "2019-08-13", stdin: "Talks in Kiev.").stdout == "0 findings (0 errors, 0 warnings, 0 info) in 1 file\n")
        #expect(try run("lint", "-", stdin: "Talks in Kiev.").stdout.hasPrefix("<stdin>:1:10: warning: Kiev → Kyiv (variant since 2019-08-14, AP; of place \"kyiv\")\n"))
        let path = env["ONYM_STORE"]!
        #expect(try run("set", "kyiv", "--lang", "en", "--add-variant", "Kyyiv", "--until", "2019-02-30")
                == .init(status: 2, stdout: "", stderr: "error: \(path): 'until: 2019-02-30' is not a date written YYYY-MM-DD\n"))
        #expect(try run("add", "odesa", "--kind", "place", "--lang", "en", "--preferred", "Odesa", "--since", "2022-01-01", "--until", "2021-01-01")
                == .init(status: 2, stdout: "", stderr: "error: 'Odesa' (en): 'until' 2021-01-01 is before 'since' 2022-01-01\n"))
        #expect(try run("lint", "-", "--as-of", "yesterday", stdin: "x").stderr == "error: --as-of must be a day written YYYY-MM-DD, such as 2019-08-14, not 'yesterday'\n")
    }

    @Test func importWithDryRunAndErrors() throws {
        let file = folder.appendingPathComponent("house.yaml")
        try """
        glossary: house
        concepts:
          - id: kyiv
            kind: place
            terms:
              en: { preferred: Kyiv, variants: [Kiev] }
          - id: odesa
            kind: place
            terms:
              en: { preferred: Odesa, variants: [Odessa] }
        """.write(to: file, atomically: true, encoding: .utf8)
        #expect(try run("import", "--dry-run", file.path).stdout == "add kyiv\nadd odesa\nwould add 2, change 0, remove 0 (nothing written)\n")
        #expect(try run("import", file.path).stdout == "added 2, changed 0, removed 0 in \(env["ONYM_STORE"]!)\n")
        #expect(try run("import", file.path).stdout == "added 0, changed 0, removed 0 in \(env["ONYM_STORE"]!)\n")
        try """
        glossary: house
        concepts:
          - id: kyiv
            kind: place
            terms:
              en: { preferred: Kyiv, variants: [Kiev, Kyyiv] }
        """.write(to: file, atomically: true, encoding: .utf8)
        #expect(try run("import", "--dry-run", file.path).stdout == "change kyiv\nremove odesa\nwould add 0, change 1, remove 1 (nothing written)\n")
        let broken = folder.appendingPathComponent("broken.yaml")
        try "glossary: b\nconcepts:\n  - id: x\n    kind: place\n    terms:\n      en: { preferred: Kyivv, variants: [Kyiv] }\n"
            .write(to: broken, atomically: true, encoding: .utf8)
        #expect(try run("import", broken.path) == .init(status: 2, stdout: "",
            stderr: "error: \(env["ONYM_STORE"]!): variant 'Kyiv' of concept 'x' is the en form 'Kyiv' of concept 'kyiv': which concept wins? Remove it from one of them\n"))
        #expect(try run("list").stdout == "kyiv (place): Kyiv\nodesa (place): Odesa\n")
        #expect(try run("list", "--format", "csv").stdout
                == "concept,kind,lang,term,status,note,glossary,glossary-title,sources,concept-since,generate,language-note,since,until,authority,house\r\nkyiv,place,en,Kyiv,preferred,,store,,,,true,,,,,\r\nkyiv,place,en,Kiev,deprecated,,store,,,,true,,,,,\r\nodesa,place,en,Odesa,preferred,,store,,,,true,,,,,\r\nodesa,place,en,Odessa,deprecated,,store,,,,true,,,,,\r\n")
        let json = try run("list", "--format", "json").stdout
        #expect(json.hasPrefix("[{\"glossary\":\"house\",\"id\":\"kyiv\",\"kind\":\"place\",\"revision\":1,\"terms\":{\"en\":{\"admitted\":[],\"allow\":[],\"forbidden\":[],\"preferred\":\"Kyiv\",\"variants\":[\"Kiev\"]}},\"updatedAt\":"))
        // Export reads the store like files.
        #expect(try run("export", "--format", "csv", "--layout", "pairs", "--from", "en", "--to", "en").stdout
                == "Kyiv,Kyiv\r\nKiev,Kyiv\r\nOdesa,Odesa\r\nOdessa,Odesa\r\n")
        #expect(try run("export", "--format", "yaml").stdout.contains("  - id: odesa\n"))
    }

    @Test func initFromBundledAndUnknownSchemes() throws {
        let result = try run("store", "init", "--from-bundled")
        #expect(result.stdout == "store: \(env["ONYM_STORE"]!) (schema 3), 275 concepts added from the bundled glossaries\n")
        #expect(try run("lookup", "Kyjiw").stdout.hasPrefix("kyiv (place): \"Kyjiw\" is the preferred de form\n"))
        #expect(try run("store", "info", "--store", "mysql://onym@localhost/onym") == .init(status: 2, stdout: "",
            stderr: "error: mysql://onym@localhost/onym: unknown store scheme 'mysql'; give a SQLite file path or postgres://…\n"))
    }

    /// A postgres:// store asked of a build without the PostgreSQL trait: one line that says
    /// how to get one (with the trait, the same address is a server that is not there). The
    /// password is never shown.
    @Test func aPostgresStoreWithoutThePostgreSQLTrait() throws {
        let result = try run("store", "info", "--store", "postgres://onym:secret@127.0.0.1:1/onym")
        #expect(result.status == 2)
        #if PostgreSQL
        #expect(result.stderr.hasPrefix("error: postgres://onym:***@127.0.0.1:1/onym: cannot connect: "))
        #else
        #expect(result.stderr == "error: postgres://onym:***@127.0.0.1:1/onym: this onym was built without PostgreSQL; build one with `swift build -c release --traits PostgreSQL` (or use a release binary, which has it)\n")
        #endif
        #expect(!result.stderr.contains("secret"))
    }
}
