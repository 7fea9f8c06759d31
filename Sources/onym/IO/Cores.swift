import Foundation

/// The cores this process may use, asked once: `activeProcessorCount` reads the cgroup's
/// files each time, which cost more than linting a small file when reporters asked per file.
enum Cores {
    static let count = ProcessInfo.processInfo.activeProcessorCount
}
