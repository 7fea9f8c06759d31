import Synchronization

/// A pointer to an ICU object that one thread uses at a time.
struct ICUHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// Clones of one ICU object (a transliterator, a collator), lent to one
/// caller at a time: ICU's objects are not thread-safe, and cloning on every
/// call would cost more than the work itself.
final class ICUHandlePool: Sendable {
    private let prototype: ICUHandle
    private let spare = Mutex<[ICUHandle]>([])
    private let clone: @Sendable (OpaquePointer) -> OpaquePointer?
    private let close: @Sendable (OpaquePointer) -> Void

    init(
        prototype: OpaquePointer,
        clone: @escaping @Sendable (OpaquePointer) -> OpaquePointer?,
        close: @escaping @Sendable (OpaquePointer) -> Void
    ) {
        self.prototype = ICUHandle(pointer: prototype)
        self.clone = clone
        self.close = close
    }

    /// Runs `body` with an object no other thread is using.
    func withHandle<R>(_ body: (OpaquePointer) throws -> R) rethrows -> R {
        let borrowed = spare.withLock { $0.popLast() }
        // A failed clone (out of memory) falls back to a fresh one next time; the prototype is never lent.
        guard let handle = borrowed?.pointer ?? clone(prototype.pointer) else {
            preconditionFailure("ICU could not clone an object (out of memory)")
        }
        defer { spare.withLock { $0.append(ICUHandle(pointer: handle)) } }
        return try body(handle)
    }

    deinit {
        for handle in spare.withLock({ $0 }) { close(handle.pointer) }
        close(prototype.pointer)
    }
}
