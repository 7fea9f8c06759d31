import Foundation

/// The bilingual formats Onym reads, told by the file's extension.
public enum BilingualFile {
    public enum Format: String, Sendable, CaseIterable {
        case tmx, xliff, csv
    }

    public static func format(of path: String) throws(TMError) -> Format {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "tmx": return .tmx
        case "xlf", "xliff", "sdlxliff", "mqxliff": return .xliff
        case "csv", "tsv", "tab": return .csv
        case let other:
            throw TMError(file: path, line: 0, message: "unknown file type '.\(other)': give a .tmx, .xlf/.xliff, .csv or .tsv file")
        }
    }

    /// Every unit of the file at `path`, one at a time.
    public static func read(_ path: String, unit: @escaping (TranslationUnit) throws(TMError) -> Void) throws(TMError) {
        guard FileManager.default.fileExists(atPath: path) else { throw TMError(file: path, line: 0, message: "no such file") }
        switch try format(of: path) {
        case .tmx: try TMXReader.read(path, unit: unit)
        case .xliff: try XLIFFReader.read(path, unit: unit)
        case .csv: try PairTableReader.read(path, unit: unit)
        }
    }
}
