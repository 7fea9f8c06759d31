// Lookups in a glossary store, in process: the time of each lookup over an open
// store (SQLite file or PostgreSQL over loopback), median of many.
//
//     swift run -c release StoreBenchmark STORE [RUNS]
//
// STORE is a SQLite path or postgres://user@host:port/db holding the kit's glossary
// (`onym import --store STORE onym-N.yaml`); the queries are the kit's first concept,
// exactly, by key, and one letter off.
import Foundation
import OnymGlossary
import OnymStore

let arguments = CommandLine.arguments.dropFirst()
guard let location = arguments.first else {
    FileHandle.standardError.write(Data("usage: StoreBenchmark STORE [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count > 1 ? Int(arguments[arguments.startIndex + 1]) ?? 50 : 50
let store = try StoreLocation.open(location, create: false)
let lookup = StoreLookup(store)
let clock = ContinuousClock()
for (label, query) in [("exact", "Klyment Dutka"), ("key", "klyment dutka"), ("near miss", "Klymennt Dutka")] {
    var times: [Double] = []
    var found = ""
    for _ in 0..<runs {
        let start = clock.now
        let result = try lookup.lookup(query, language: "en")
        let d = clock.now - start
        times.append(Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
        found = result.matches.first.map { "\($0.concept.id) (\($0.how.rawValue))" } ?? "none"
    }
    times.sort()
    print("\(label) '\(query)': \(found), median \(String(format: "%.2f", times[times.count / 2])) ms, p95 \(String(format: "%.2f", times[times.count * 95 / 100])) ms")
}
