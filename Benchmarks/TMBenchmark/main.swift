// The translation memory at scale: a TMX of N segment pairs written from a corpus of
// sentences, imported into a new store (segments a second, peak memory), then 1,000
// queries searched in process (median, p95, max) and checked against a scan of every
// stored source (recall of the best match at or above --min), and 1,000 concordance
// look-ups of one to three words (median, p95, max).
//
//     swift run -c release TMBenchmark CORPUS STORE [SEGMENTS] [QUERIES]
//
// CORPUS is a text of sentences (the kit's corpus-100MB.txt); STORE a new SQLite path or
// postgres://… database (one this benchmark filled with the same pairs before is not
// imported into again: only the queries are timed). Queries: 40 % short (2–4 words of a stored sentence), 60 %
// stored sentences with 1–3 words replaced, dropped or added.
import Foundation
import OnymGlossary
import OnymTM

/// Prints a line at once (also when the run is cut short after it: the recall scan is long).
func say(_ line: String) {
    print(line)
    fflush(nil)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: TMBenchmark CORPUS STORE [SEGMENTS] [QUERIES]\n".utf8))
    exit(2)
}
let corpus = arguments[0], location = arguments[1]
let wanted = arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000
let queryCount = max(1, arguments.count > 3 ? Int(arguments[3]) ?? 1000 : 1000)
let clock = ContinuousClock()
func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
func peakMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
func escape(_ s: String) -> String { XMLEscaping.escape(s) }

// 1. Sentences of the corpus, each once, 4 to 40 words.
var sentences: [String] = []
var seen = Set<String>()
let text = try String(contentsOfFile: corpus, encoding: .utf8)
outer: for line in text.split(separator: "\n") {
    for piece in line.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "." || $0 == "?" || $0 == "!" }) {
        let s = piece.trimmingCharacters(in: .whitespaces)
        let words = s.split(separator: " ").count
        guard (4...40).contains(words), seen.insert(s).inserted else { continue }
        sentences.append(s + ".")
        if sentences.count == wanted { break outer }
    }
}
seen = []
say("sentences: \(sentences.count)")

// 2. The TMX: each sentence and a stand-in translation (its words backwards).
let tmxPath = FileManager.default.temporaryDirectory.appendingPathComponent("onym-tm-bench-\(sentences.count).tmx").path
_ = FileManager.default.createFile(atPath: tmxPath, contents: nil)
let out = FileHandle(forWritingAtPath: tmxPath)!
out.write(Data(TMXWriter.header(sourceLanguage: "en", toolVersion: "bench").utf8))
var buffer = ""
for (i, s) in sentences.enumerated() {
    let target = s.dropLast().split(separator: " ").reversed().joined(separator: " ") + "."
    buffer += "    <tu tuid=\"\(i + 1)\"><tuv xml:lang=\"en\"><seg>\(escape(s))</seg></tuv><tuv xml:lang=\"uk\"><seg>\(escape(target))</seg></tuv></tu>\n"
    if buffer.utf8.count > 1 << 20 { out.write(Data(buffer.utf8)); buffer = "" }
}
out.write(Data((buffer + TMXWriter.footer).utf8))
try out.close()
let size = (try FileManager.default.attributesOfItem(atPath: tmxPath)[.size] as? Int) ?? 0
say("tmx: \(tmxPath), \(size / 1_000_000) MB")

// 3. Import: first the file read alone (parsing and tokenising), then into the store.
var start = clock.now
var parsed = 0
try TMXReader.read(tmxPath) { unit in
    parsed += unit.pairs().count
}
say("read alone: \(parsed) pairs in \(String(format: "%.1f", seconds(clock.now - start))) s")
start = clock.now
for s in sentences.prefix(100_000) { _ = SegmentText(s, language: "en") }
say("tokenising \(min(100_000, sentences.count)) sources: \(String(format: "%.1f", seconds(clock.now - start))) s")
let before = peakMB()
let tm = try TMStore(location: location, create: true)
if try tm.count() == sentences.count {
    // A store this benchmark filled before: only the queries are timed again.
    say("import: skipped, the store already holds \(sentences.count) pairs")
} else {
    start = clock.now
    let report = try tm.importFile(tmxPath, author: "bench")
    let importSeconds = seconds(clock.now - start)
    say("import: \(report.added) pairs in \(String(format: "%.1f", importSeconds)) s = \(Int(Double(report.added) / importSeconds)) a second; peak memory \(Int(peakMB())) MB (before import \(Int(before)) MB)")
}

// 4. Queries (and 4b, concordance).
/// A fixed sequence of numbers below n (the same queries every run).
struct Draws {
    var seed: UInt64 = 7
    mutating func next(_ n: Int) -> Int {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((seed >> 33) % UInt64(n))
    }
}
var draws = Draws()
@MainActor func next(_ n: Int) -> Int { draws.next(n) }
let vocabulary = sentences.prefix(10_000).flatMap { $0.dropLast().split(separator: " ").map(String.init) }
var queries: [String] = []
for q in 0..<queryCount {
    var words = sentences[next(sentences.count)].dropLast().split(separator: " ").map(String.init)
    if q % 5 < 2 {
        let n = 2 + next(3), from = next(max(1, words.count - n))
        words = Array(words[from..<min(words.count, from + n)])
    } else {
        for _ in 0..<(1 + next(3)) {
            switch next(3) {
            case 0: words[next(words.count)] = vocabulary[next(vocabulary.count)]
            case 1: if words.count > 2 { words.remove(at: next(words.count)) }
            default: words.insert(vocabulary[next(vocabulary.count)], at: next(words.count + 1))
            }
        }
    }
    queries.append(words.joined(separator: " ") + (q % 5 < 2 ? "" : "."))
}
var times: [Double] = []
var indexedBest: [Int?] = []
for query in queries {
    start = clock.now
    let matches = try tm.search(query, from: "en", to: "uk", minimum: 75, limit: 5)
    times.append(seconds(clock.now - start) * 1000)
    indexedBest.append(matches.first?.score.score)
}
let sorted = times.sorted()
func ms(_ v: Double) -> String { String(format: "%.2f", v) }
let shortTimes = times.enumerated().filter { $0.offset % 5 < 2 }.map(\.element).sorted()
say("search (min 75, limit 5), \(queries.count) queries: median \(ms(sorted[sorted.count / 2])) ms, p95 \(ms(sorted[sorted.count * 95 / 100])) ms, max \(ms(sorted.last!)) ms; short queries p95 \(ms(shortTimes[shortTimes.count * 95 / 100])) ms; with a match: \(indexedBest.compactMap { $0 }.count)")

// 4b. Concordance: one to three consecutive words of a stored sentence, the first 20 hits.
var concordanceTimes: [Double] = []
var concordanceHits = 0
for _ in 0..<queryCount {
    let words = sentences[next(sentences.count)].dropLast().split(separator: " ").map(String.init)
    let n = 1 + next(3), from = next(max(1, words.count - n))
    let phrase = Array(words[from..<min(words.count, from + n)])
    start = clock.now
    concordanceHits += try tm.concordance(phrase, from: "en", to: "uk").count
    concordanceTimes.append(seconds(clock.now - start) * 1000)
}
let concordanceSorted = concordanceTimes.sorted()
say("concordance (limit 20), \(queryCount) phrases of 1–3 words: median \(ms(concordanceSorted[concordanceSorted.count / 2])) ms, p95 \(ms(concordanceSorted[concordanceSorted.count * 95 / 100])) ms, max \(ms(concordanceSorted.last!)) ms; hits \(concordanceHits)")

// 5. Recall against a scan of every stored source: keys interned, the bound of shared
// keys and lengths first, the full score for the sources that can reach 75.
start = clock.now
var ids: [String: UInt32] = [:]
@MainActor func intern(_ key: String) -> UInt32 {
    if let id = ids[key] { return id }
    let id = UInt32(ids.count)
    ids[key] = id
    return id
}
var stored: [(text: String, keys: [UInt32])] = []
try tm.export(from: "en", to: "uk") { segment in
    stored.append((segment.source, SegmentText(segment.source, language: "en").tokens.map { intern($0.key) }))
}
var agree = 0
for (q, query) in queries.enumerated() {
    let text = SegmentText(query, language: "en")
    let n = text.tokens.count
    var counts: [UInt32: Int] = [:]
    for t in text.tokens { counts[intern(t.key), default: 0] += 1 }
    var best: Int?
    for s in stored {
        let m = s.keys.count
        guard m * 100 >= 75 * n, n * 100 >= 75 * m else { continue }
        var left = counts, shared = 0
        for k in s.keys where (left[k] ?? 0) > 0 { left[k]! -= 1; shared += 1 }
        guard FuzzyScore.bound(queryTokens: n, sourceTokens: m, shared: shared) >= 75 else { continue }
        let score = FuzzyScore.score(query: text, match: SegmentText(s.text, language: "en")).score
        if score >= 75, score > (best ?? -1) { best = score }
    }
    if best == indexedBest[q] { agree += 1 } else { print("differs: \(query): index \(indexedBest[q].map(String.init) ?? "none"), scan \(best.map(String.init) ?? "none")") }
}
say("recall of the best match (scan of \(stored.count) sources, \(String(format: "%.0f", seconds(clock.now - start))) s): \(agree) of \(queries.count) = \(String(format: "%.1f", 100 * Double(agree) / Double(queries.count))) %")
