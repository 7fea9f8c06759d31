import Dispatch

/// A yes-or-no question asked of many items on all cores, answers in order.
enum ParallelFlags {
    static func map<T: Sendable>(_ items: [T], _ question: @Sendable (T) -> Bool) -> [Bool] {
        guard items.count > 64 else { return items.map(question) }
        let answers = UnsafeMutableBufferPointer<Bool>.allocate(capacity: items.count)
        defer { answers.deallocate() }
        let chunks = min(items.count / 64, 64)
        let per = (items.count + chunks - 1) / chunks
        // Each chunk writes its own slots of the buffer: no two threads touch the same one.
        nonisolated(unsafe) let out = answers
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * per)..<min((c + 1) * per, items.count) { out[i] = question(items[i]) }
        }
        return Array(answers)
    }
}
