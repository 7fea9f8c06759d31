import Foundation

/// The only place that writes to the terminal.
enum Console {
    /// Writes a line to stdout.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes text to stdout as it is.
    static func text(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// True when stdout is a terminal and NO_COLOR is not set (https://no-color.org).
    static var stdoutIsColorTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
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
