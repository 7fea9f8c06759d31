import Foundation
import OnymGlossary
import OnymInterchange
import OnymLint
import OnymTM

/// One libFuzzer entry point for every target; `ONYM_FUZZ` names the target (Scripts/fuzz.sh
/// sets it): yaml, csv, tbx, tmx, xliff, markdown, html, lint. Each input must end in a
/// value or in the reader's own error — a crash, a sanitizer report or a hang is a bug.
enum FuzzTarget: String {
    case yaml, csv, tbx, tmx, xliff, markdown, html, lint

    static let chosen: FuzzTarget = {
        guard let name = ProcessInfo.processInfo.environment["ONYM_FUZZ"], let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("ONYM_FUZZ must be one of yaml, csv, tbx, tmx, xliff, markdown, html, lint\n".utf8))
            exit(2)
        }
        return target
    }()

    /// The bundled glossaries' matchers, compiled once per process.
    static let english = Linter(matcher: CompiledMatcher(set: try! GlossarySet.bundled(), language: "en"))
    static let ukrainian = Linter(matcher: CompiledMatcher(set: try! GlossarySet.bundled(), language: "uk"))

    /// A file the path-based readers (TMX, XLIFF) read the input from, one per process.
    static let scratch: String = {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return folder + "/onym-fuzz-\(getpid())"
    }()

    /// What every run would otherwise pay once inside the first input (compiling the bundled
    /// matchers, ICU's lazily built data): done before fuzzing, so that libFuzzer's timeout
    /// and slow-unit reports are about inputs.
    func warmUp() {
        switch self {
        case .markdown, .html, .lint:
            // Both linters, whichever language a target's inputs reach first.
            _ = try? Self.english.lint(Array("Kiev, Kyіv, Zelensky and Erdoğan in Türkiye; Kharkiv; Zelenskky.".utf8))
            _ = try? Self.ukrainian.lint(Array("Київ, Кiїв, Харків, Туреччина, Ердоган; Зеленскький.".utf8))
        default: break
        }
    }

    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml: _ = try? GlossaryReader.read(bytes: bytes, file: "f.yaml")
        case .csv: _ = try? LongCSV.read(text: String(decoding: bytes, as: UTF8.self), file: "f.csv")
        case .tbx: _ = try? TBXReader.read(bytes: bytes, file: "f.tbx")
        case .tmx, .xliff:
            let path = Self.scratch + (self == .tmx ? ".tmx" : ".xlf")
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            if self == .tmx { try? TMXReader.read(path) { _ in } } else { try? XLIFFReader.read(path) { _ in } }
        case .markdown, .html:
            let scope = DocumentScope.of(bytes, format: self == .markdown ? .markdown : .html)
            _ = try? Linter.lint(bytes, scope: scope, language: "en") { $0 == "uk" ? Self.ukrainian : Self.english }
        case .lint:
            _ = try? Self.english.lint(bytes, excluded: PlainTextScoper.excludedRanges(in: bytes))
            _ = try? Self.ukrainian.lint(bytes)
        }
    }
}

/// libFuzzer's driver, called from this executable's own entry point (SwiftPM renames an
/// executable's `main`, so libFuzzer's `main` cannot be the one that runs).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
enum OnymFuzz {
    static func main() {
        FuzzTarget.chosen.warmUp()
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
    }
}

/// libFuzzer's own `main` (linked in by -sanitize=fuzzer, though the `main` above is the one
/// that runs) refers to this symbol, so it is defined too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.chosen.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
