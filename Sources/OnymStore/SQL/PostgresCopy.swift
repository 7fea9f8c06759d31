// Built with the PostgreSQL trait only (Package.swift).
#if PostgreSQL
import Dispatch
import Logging
import NIOCore
import PostgresNIO
import Synchronization

/// Rows sent with `COPY … FROM STDIN` in PostgreSQL's text format (``PostgresSession/append(into:columns:values:)``).
enum PostgresCopy {
    /// The rows as COPY text, sent a megabyte at a time.
    static func send(_ connection: PostgresConnection, _ logger: Logger, table: String, columns: [String],
                     values: [SQLValue]) async throws {
        try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(1 << 20)
            for (i, value) in values.enumerated() {
                if i % columns.count != 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
                write(value, to: &buffer)
                if i % columns.count == columns.count - 1 {
                    buffer.writeInteger(UInt8(ascii: "\n"))
                    if buffer.readableBytes >= 1 << 20 {
                        try await writer.write(buffer)
                        buffer.clear()
                    }
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
    }

    /// How a COPY's task ended, read by the thread that waited for it.
    final class Outcome: Sendable {
        let result = Mutex<Result<Void, any Error>?>(nil)
    }

    /// Where a COPY's task runs: a queue of its own, not the cooperative threads. The
    /// session's caller waits for the task; were that caller itself on a cooperative thread
    /// (a test, a library user's async code), a task there could find no thread to run on.
    final class Executor: TaskExecutor {
        static let shared = Executor()
        private let queue = DispatchQueue(label: "onym.postgres-copy")

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            let executor = asUnownedTaskExecutor()
            queue.async { job.runSynchronously(on: executor) }
        }
    }

    /// A value as COPY's text format writes it: \N for NULL; a backslash, tab, newline or
    /// carriage return in text escaped with a backslash.
    static func write(_ value: SQLValue, to buffer: inout ByteBuffer) {
        switch value {
        case .null: buffer.writeString("\\N")
        case .int(let i): buffer.writeString(String(i))
        case .text(let s):
            for b in s.utf8 {
                switch b {
                case UInt8(ascii: "\\"): buffer.writeString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeString("\\t")
                case UInt8(ascii: "\n"): buffer.writeString("\\n")
                case UInt8(ascii: "\r"): buffer.writeString("\\r")
                default: buffer.writeInteger(b)
                }
            }
        }
    }
}
#endif
