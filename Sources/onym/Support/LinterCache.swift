import OnymLint
import Synchronization

/// One compiled linter per language, shared by the files checked in parallel.
final class LinterCache: Sendable {
    private let make: @Sendable (String) -> Linter
    private let linters = Mutex<[String: Linter]>([:])

    init(make: @escaping @Sendable (String) -> Linter) { self.make = make }

    func linter(for language: String) -> Linter {
        if let known = linters.withLock({ $0[language] }) { return known }
        let made = make(language)
        return linters.withLock { cache in
            if let known = cache[language] { return known }
            cache[language] = made
            return made
        }
    }
}
