import Foundation

/// Progress lines on stderr for long conversions and exports: only for more
/// than 10,000 concepts and only when stderr is a terminal, so that scripts
/// and CI logs stay clean.
struct Progress {
    static let threshold = 10_000
    let enabled: Bool
    private let start = ContinuousClock.now

    init(concepts: Int, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        enabled = Self.shouldReport(concepts: concepts, isTerminal: isTerminal)
    }

    static func shouldReport(concepts: Int, isTerminal: Bool) -> Bool {
        isTerminal && concepts > threshold
    }

    /// `onym: STEP (1.2 s)` on stderr.
    func step(_ text: String) {
        guard enabled else { return }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        Console.errorRaw("onym: \(text) (\(String(format: "%.1f", seconds)) s)")
    }
}
