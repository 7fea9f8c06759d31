import Dispatch
import Foundation
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

extension OrderedParallelMap {
    /// `body` on `jobs` threads, each result handed to `deliver` on the calling thread in
    /// the items' order as soon as it and those before it are done. At most `window`
    /// results wait to be delivered, so memory stays bounded whatever the number of items
    /// (a 100 MB file's pieces, an archive's files) and the output can be written as it comes.
    public static func forEach<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, window: Int? = nil,
                                                         _ body: @escaping @Sendable (T) -> R, deliver: (R) -> Void) {
        if jobs <= 1 || items.count <= 1 {
            for item in items { deliver(body(item)) }
            return
        }
        let state = DeliveryState<R>(window: max(window ?? 2 * jobs, jobs))
        let group = DispatchGroup()
        for _ in 0..<min(jobs, items.count) {
            DispatchQueue.global().async(group: group) {
                while let i = state.take(count: items.count) { state.put(body(items[i]), at: i) }
            }
        }
        for i in items.indices { deliver(state.wait(for: i)) }
        group.wait()
    }
}

/// The shared state of ``OrderedParallelMap/forEach(_:jobs:window:_:deliver:)``: the next
/// item to hand out, the results not yet delivered, and how far delivery has come; every
/// field is read and written only under `condition`.
private final class DeliveryState<R>: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0
    private var delivered = 0
    private var results: [Int: R] = [:]
    private let window: Int

    init(window: Int) { self.window = window }

    /// The next item to work on, once it is within the window; nil when none is left.
    func take(count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count && next >= delivered + window { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func put(_ result: R, at i: Int) {
        condition.lock()
        results[i] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Item i's result, once it is there; the window moves on.
    func wait(for i: Int) -> R {
        condition.lock()
        defer { condition.unlock() }
        while results[i] == nil { condition.wait() }
        delivered = i + 1
        condition.broadcast()
        return results.removeValue(forKey: i)!
    }
}
