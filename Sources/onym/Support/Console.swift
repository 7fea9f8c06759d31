import Foundation

/// The only place that writes to the terminal.
enum Console {
    /// Writes a line to stdout.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes `error: MESSAGE` to stderr.
    static func error(_ message: String) {
        errorRaw("error: " + message)
    }

    /// Writes a line to stderr as it is.
    static func errorRaw(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
