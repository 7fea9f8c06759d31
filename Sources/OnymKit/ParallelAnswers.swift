import Dispatch

/// A question with a plain answer (a size, a flag) asked of many items on all cores, answers in order.
enum ParallelAnswers {
    static func map<T: Sendable, R: BitwiseCopyable>(_ items: [T], _ question: @Sendable (T) -> R) -> [R] {
        guard items.count > 64 else { return items.map(question) }
        let chunks = min(items.count / 64, 64)
        let per = (items.count + chunks - 1) / chunks
        return [R](unsafeUninitializedCapacity: items.count) { answers, count in
            // Each chunk writes its own slots of the buffer: no two threads touch the same one.
            nonisolated(unsafe) let out = answers
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * per)..<min((c + 1) * per, items.count) { out[i] = question(items[i]) }
            }
            count = items.count
        }
    }
}
