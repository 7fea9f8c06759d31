import Dispatch
import Synchronization

/// `map` over files on `jobs` threads, results in the files' order.
enum ParallelFiles {
    static func map<R: Sendable>(_ files: [String], jobs: Int, _ body: @Sendable (String) -> R) -> [R] {
        if jobs <= 1 || files.count <= 1 { return files.map(body) }
        let results = Mutex<[R?]>(Array(repeating: nil, count: files.count))
        let next = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, files.count)) { _ in
            while true {
                let i = next.withLock { n -> Int in defer { n += 1 }; return n }
                guard i < files.count else { return }
                let result = body(files[i])
                results.withLock { $0[i] = result }
            }
        }
        return results.withLock { $0 }.map { $0! }
    }
}
