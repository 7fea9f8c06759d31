import Dispatch
import Synchronization

/// `map` on `jobs` threads, results in order: for the files of a lint run and the
/// pieces of one large text. Items are handed out one at a time, since their
/// sizes (and the names in them) differ.
public enum OrderedParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ body: @Sendable (T) -> R) -> [R] {
        if jobs <= 1 || items.count <= 1 { return items.map(body) }
        let results = Mutex<[R?]>(Array(repeating: nil, count: items.count))
        let next = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < items.count else { return }
                let result = body(items[i])
                results.withLock { $0[i] = result }
            }
        }
        return results.withLock { $0 }.map { $0! }
    }
}
