import NIOPosix

/// Work that waits on a store — a query, a transaction, a reload of the glossaries — blocks
/// its thread until the store answers. It runs on NIO's thread pool, not on the concurrency
/// pool that answers every request (one thread a core): so a slow or unreachable store holds
/// up only the requests that need it, while lookups and checks from memory go on.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(body)
    }
}
