import OnymText

/// The command line as bytes: Swift's `CommandLine.arguments` replaces invalid
/// UTF-8 with U+FFFD, which would hide the problem from the user.
enum RawArguments {
    /// The first argument (1-based, after the program name) that is not UTF-8, with the byte offset.
    static func firstInvalid() -> (index: Int, offset: Int)? {
        for i in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[i] else { continue }
            let length = strlen(pointer)
            let bytes = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
            if let offset = UTF8Validator.firstInvalidOffset(in: UnsafeBufferPointer(start: bytes, count: length)) {
                return (i, offset)
            }
        }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
