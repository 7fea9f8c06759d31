import OnymLint
import Synchronization

/// One compiled linter per language, shared by the files checked in parallel.
public final class LinterCache: Sendable {
    private let make: @Sendable (String) -> Linter
    private let linters = Mutex<[String: Linter]>([:])
    /// Told once of each language's linter, when it is made (say, to warn of a language without terms).
    private let first: @Sendable (String, Linter) -> Void

    public init(make: @escaping @Sendable (String) -> Linter, first: @escaping @Sendable (String, Linter) -> Void = { _, _ in }) {
        self.make = make
        self.first = first
    }

    /// The linter for `language`, made on first use.
    public func linter(for language: String) -> Linter {
        if let known = linters.withLock({ $0[language] }) { return known }
        let made = make(language)
        let (linter, isNew) = linters.withLock { cache in
            if let known = cache[language] { return (known, false) }
            cache[language] = made
            return (made, true)
        }
        if isNew { first(language, linter) }
        return linter
    }
}
