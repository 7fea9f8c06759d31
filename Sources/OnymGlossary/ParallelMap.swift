import Dispatch
import Synchronization

/// `map` spread over the cores, in order, for the per-concept work of loading
/// a large glossary (keys, generated variants); small inputs stay on one thread.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], minimumPerTask: Int = 2048, _ transform: @Sendable (T) -> R) -> [R] {
        let tasks = min(ConceptChunks.cores * 4, items.count / minimumPerTask)
        if tasks < 2 { return items.map(transform) }
        let per = (items.count + tasks - 1) / tasks
        let parts = Mutex<[[R]]>(Array(repeating: [], count: tasks))
        DispatchQueue.concurrentPerform(iterations: tasks) { t in
            let slice = items[min(t * per, items.count)..<min((t + 1) * per, items.count)]
            let mapped = slice.map(transform)
            parts.withLock { $0[t] = mapped }
        }
        return parts.withLock { $0 }.flatMap { $0 }
    }
}
