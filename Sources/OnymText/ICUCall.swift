import CICU

/// Helpers for ICU's "preflight" calling convention: call with a buffer, and
/// call again with the returned length when the buffer was too small.
enum ICUCall {
    static let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR

    static func errorName(_ code: Int32) -> String {
        String(cString: cicu_error_name(code))
    }

    /// Runs an ICU function that writes UTF-16 into a buffer and returns the needed length.
    static func utf16(
        _ operation: String, capacity hint: Int,
        _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
    ) throws(TextError) -> [UInt16] {
        var capacity = max(hint, 16)
        while true {
            var error: Int32 = 0
            var length: Int32 = 0
            let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
                length = body(buffer.baseAddress!, Int32(capacity), &error)
                count = cicu_failure(error) != 0 ? 0 : min(Int(length), capacity)
            }
            if error == bufferOverflow || (cicu_failure(error) == 0 && Int(length) > capacity) {
                capacity = Int(length) + 1
                continue
            }
            if cicu_failure(error) != 0 {
                throw .icu(operation: operation, reason: errorName(error))
            }
            return result
        }
    }

    /// Runs an ICU function that writes a NUL-terminated C string into a buffer.
    static func cString(_ body: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32($0.count - 1)) }
        let length = max(0, min(Int(n), 255))
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension String {
    /// The string's UTF-16 code units, as ICU wants them.
    var utf16Array: [UInt16] { Array(utf16) }

    /// A string from UTF-16 code units produced by ICU.
    init(utf16Units units: [UInt16]) {
        self = String(decoding: units, as: UTF16.self)
    }
}
