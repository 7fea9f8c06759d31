// Loading, checking and looking up in a large glossary, phase by phase.
//
//     swift run -c release GlossaryBenchmark PATH/onym-100000.yaml [QUERY…]
//
// The glossary comes from the benchmark kit (../shared/bench: gen.py glossary
// --sizes 100000, then adapters/adapt.py --only onym). Whole-process figures
// for `onym validate` and `onym lookup` are taken with hyperfine (BENCHMARKS.md).
import Foundation
import OnymGlossary
import OnymInterchange
import Yams

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first, let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("usage: GlossaryBenchmark GLOSSARY.yaml [QUERY…]\n".utf8))
    exit(2)
}
let queries = arguments.count > 1 ? Array(arguments.dropFirst()) : ["Klyment Dutka", "Kliment Dutka", "Klymennt Dutka"]
let bytes = [UInt8](data)
let clock = ContinuousClock()
var t = clock.now
@MainActor func lap(_ label: String) {
    let now = clock.now
    print("\(label): \(String(format: "%.3f", seconds(now - t))) s")
    t = now
}
_ = try Yams.compose(yaml: String(decoding: bytes, as: UTF8.self))
lap("YAML parse alone, Yams' default resolver (for comparison)")
_ = try Yams.compose(yaml: String(decoding: bytes, as: UTF8.self), .basic)
lap("YAML parse alone, Resolver.basic (what Onym uses)")
let loaded = try GlossaryReader.read(bytes: bytes, file: path)
lap("read + per-concept checks (includes the YAML parse)")
let profiles = try LocaleProfiles.bundled()
lap("locale profiles")
let set = try GlossarySet(loaded: [loaded], profiles: profiles)
lap("cross-concept checks + generated variants")
let lookup = GlossaryLookup(set)
lap("lookup index")
for q in queries {
    let start = clock.now
    let result = lookup.lookup(q)
    let first = result.matches.first.map { "\($0.concept.id) (\($0.how.rawValue))" } ?? "none"
    print("lookup '\(q)': \(first) in \(String(format: "%.2f", seconds(clock.now - start) * 1000)) ms")
}
print("concepts: \(set.concepts.count)")
t = clock.now
_ = try GlossarySet.load(files: [path])
lap("whole load, no cache")
let cacheDir = FileManager.default.temporaryDirectory.appendingPathComponent("onym-glossary-benchmark-\(getpid())")
let cache = GlossaryCache(folder: cacheDir)
t = clock.now
_ = try GlossarySet.load(files: [path], cache: cache)
lap("whole load, cold, cache written")
_ = try GlossarySet.load(files: [path], cache: cache)
lap("whole load, warm")
try? FileManager.default.removeItem(at: cacheDir)
