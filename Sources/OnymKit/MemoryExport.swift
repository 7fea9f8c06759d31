import OnymInterchange
import OnymTM

/// The translation memory written out: TMX 1.4b (every pair, or those of the languages
/// asked) or CSV (one language pair, a header of its two codes), in pieces as they are
/// read, so a memory of millions of pairs never sits in memory.
public enum MemoryExport {
    public enum Format: String, Sendable, CaseIterable {
        case tmx, csv
    }

    /// Writes the pairs `from` → `to` (nil: any) of `memory` in `format` to `write`.
    /// CSV holds one language pair: the memory's pairs of the languages asked must be one.
    public static func write(_ memory: TMStore, format: Format, from: String?, to: String?, toolVersion: String,
                             _ write: (String) -> Void) throws(WorkspaceError) {
        let pairs: [(source: String, target: String, segments: Int)]
        do { pairs = try memory.pairs(from: from, to: to) } catch { throw WorkspaceError(error) }
        if format == .csv, pairs.count != 1 {
            if pairs.isEmpty { throw .request("the memory has no pairs of these languages") }
            let list = pairs.map { "\($0.source)→\($0.target)" }.joined(separator: ", ")
            throw .request("CSV holds one language pair, and these languages give \(list): name one with --from and --to (en-US, not en)")
        }
        do throws(TMError) {
            switch format {
            case .tmx:
                // The header names a source language only when every pair has the same one.
                let sources = Set(pairs.map(\.source))
                let headerSource = from ?? (sources.count == 1 ? sources.first : nil)
                write(TMXWriter.header(sourceLanguage: headerSource, toolVersion: toolVersion))
                try memory.export(from: from, to: to) { write(TMXWriter.unit($0, headerSource: headerSource)) }
                write(TMXWriter.footer)
            case .csv:
                var header = CSVWriter()
                header.append([pairs[0].source, pairs[0].target])
                write(header.text)
                try memory.export(from: pairs[0].source, to: pairs[0].target) { s in
                    write(CSVWriter.field(s.source) + "," + CSVWriter.field(s.target) + "\r\n")
                }
            }
        } catch {
            throw WorkspaceError(error)
        }
    }
}
