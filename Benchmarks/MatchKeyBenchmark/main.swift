// Match-key throughput against a naive ICU pipeline, on generated English and
// Ukrainian text. Run in release mode:
//
//     swift run -c release MatchKeyBenchmark [--megabytes 100] [--runs 3]
//
// The naive pipeline is what a first version would do: ICU NFKC_Casefold over
// each chunk, then the transliterator "NFD; [:Nonspacing Mark:] Remove; NFC".
// It produces no map back to the original bytes; MatchKey does.
import Foundation
import OnymText

struct Options {
    var megabytes = 100
    var runs = 3
    var naiveMegabytes = 100

    init(_ arguments: [String]) {
        var it = arguments.dropFirst().makeIterator()
        while let a = it.next() {
            switch a {
            case "--megabytes": megabytes = Int(it.next() ?? "") ?? megabytes
            case "--runs": runs = Int(it.next() ?? "") ?? runs
            case "--naive-megabytes": naiveMegabytes = Int(it.next() ?? "") ?? naiveMegabytes
            default: FileHandle.standardError.write(Data("unknown option \(a)\n".utf8)); exit(2)
            }
        }
    }
}

/// A deterministic word salad with news punctuation: curly quotes and
/// apostrophes, dashes, numbers, and a few names with diacritics.
struct TextGenerator {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
    }

    mutating func text(words: [String], extras: [String], megabytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        let target = megabytes * 1_000_000
        out.reserveCapacity(target + 1000)
        var sentence = 0
        while out.count < target {
            let length = 8 + next(20)
            for i in 0..<length {
                var word = next(40) == 0 ? extras[next(extras.count)] : words[next(words.count)]
                if i == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
                out.append(contentsOf: word.utf8)
                out.append(i == length - 1 ? UInt8(ascii: ".") : (next(9) == 0 ? UInt8(ascii: ",") : UInt8(ascii: " ")))
                if i != length - 1, out.last == UInt8(ascii: ",") { out.append(UInt8(ascii: " ")) }
            }
            sentence += 1
            out.append(contentsOf: sentence % 5 == 0 ? [0x0A, 0x0A] : [UInt8(ascii: " ")])
        }
        return out
    }
}

let english = """
    the of and to in a is that for on said with was as by at from it his be has have an are were not but who \
    after had been will they their more this which about also one two new year years first government people \
    president talks peace war city minister country officials would could told over against during between \
    support process meeting leaders state talks diplomatic efforts negotiations soldiers exchange agreement \
    week since including percent billion trade border region forces security capital ceasefire statement
    """.split(separator: " ").map(String.init)
let englishExtras = ["Türkiye", "“process”", "Kyiv’s", "Erdoğan", "—", "Zelenskyy’s", "café", "1,200", "“We", "ally”", "Ankara’s", "2022–2023"]
let ukrainian = """
    і в на що з не до як за це у про від але його так вже був була президент переговори мир війна місто міністр \
    країна уряд рік року люди зустріч лідери процес підтримка безпека кордон обмін полонених угода тиждень \
    торгівля регіон сили столиця заява дипломатичні зусилля перемир'я відносини партнери союзник
    """.split(separator: " ").map(String.init)
let ukrainianExtras = ["Київ", "Туреччина", "«мир»", "Зеленський", "—", "Анкара", "Ердоган", "2022", "Стамбул", "Україна"]

let options = Options(CommandLine.arguments)
let chunkSize = 1 << 20

func chunks(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var parts: [ArraySlice<UInt8>] = []
    var start = 0
    while start < bytes.count {
        var end = min(start + chunkSize, bytes.count)
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }  // whole code points
        parts.append(bytes[start..<end])
        start = end
    }
    return parts
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// Best of `runs` runs, in MB/s (decimal megabytes).
func measure(_ label: String, bytes: Int, runs: Int, _ body: () -> Int) -> Double {
    var best = Double.infinity
    var checksum = 0
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let elapsed = clock.measure { checksum &+= body() }
        best = min(best, seconds(elapsed))
    }
    let rate = Double(bytes) / 1e6 / best
    print("\(label): \(String(format: "%.1f", rate)) MB/s (best of \(runs), \(String(format: "%.3f", best)) s, checksum \(checksum % 1000))")
    return rate
}

let naiveStrip = try Transliterator(scheme: "NFD; [:Nonspacing Mark:] Remove; NFC")

for (name, words, extras) in [("English", english, englishExtras), ("Ukrainian", ukrainian, ukrainianExtras)] {
    var generator = TextGenerator()
    let text = generator.text(words: words, extras: extras, megabytes: options.megabytes)
    let parts = chunks(text)
    let naiveText = Array(text.prefix(options.naiveMegabytes * 1_000_000))
    let naiveParts = chunks(naiveText)
    let ascii = Double(text.filter { $0 < 0x80 }.count) / Double(text.count) * 100
    print("\(name): \(text.count) bytes, \(String(format: "%.1f", ascii)) % ASCII bytes, \(parts.count) chunks of 1 MiB")
    let fast = measure("  MatchKey (key + map)", bytes: text.count, runs: options.runs) {
        var total = 0
        for part in parts {
            let key = part.withUnsafeBufferPointer { try! MatchKey(utf8: $0, folding: .standard) }
            total &+= key.bytes.count
        }
        return total
    }
    // The naive pipeline is slow; it runs on a prefix of the same text, and MB/s is comparable.
    let naive = measure("  naive ICU (NFKC_Casefold + strip marks) on \(naiveText.count / 1_000_000) MB", bytes: naiveText.count, runs: options.runs) {
        var total = 0
        for part in naiveParts {
            let s = String(decoding: part, as: UTF8.self)
            total &+= naiveStrip.transliterate(Normalizer.normalize(s, to: .nfkcCasefold)).utf8.count
        }
        return total
    }
    // For scale: ICU's NFKC_Casefold alone (no diacritics removed, no map) on the whole text.
    _ = measure("  ICU NFKC_Casefold alone", bytes: text.count, runs: options.runs) {
        var total = 0
        for part in parts { total &+= Normalizer.normalize(String(decoding: part, as: UTF8.self), to: .nfkcCasefold).utf8.count }
        return total
    }
    print("  ratio to the naive pipeline: \(String(format: "%.1f", fast / naive))×")
}
