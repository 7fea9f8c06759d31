import Foundation

/// Batches of prepared pairs from the thread that reads a file to the thread that writes the
/// store: a few batches at most, so memory stays bounded however large the file is, and
/// reading (XML, words, hashes) overlaps writing (SQL) on two cores.
final class PairPipe: @unchecked Sendable {
    struct Batch: Sendable {
        var pairs: [PreparedPair] = []
        /// Units read, with pairs that have no text (they count as skipped).
        var units = 0
        var empty = 0
    }

    private let condition = NSCondition()
    private var batches: [Batch] = []
    private var finished = false
    private var failure: TMError?
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 4) { self.capacity = capacity }

    /// Hands on a batch; false when the writer stopped (the reader stops too).
    func put(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The reader's end: all read, or the problem that stopped it.
    func finish(_ error: TMError?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch; nil when the file is read; throws the reader's problem.
    func take() throws(TMError) -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if !batches.isEmpty {
            let batch = batches.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// The writer stopped: the reader's next `put` says so.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
