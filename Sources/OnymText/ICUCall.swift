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
    /// The string's UTF-16 code units, as ICU wants them (transcoded by hand from the
    /// UTF-8 storage: the generic UTF-16 view walks it one index at a time).
    var utf16Array: [UInt16] {
        var text = self
        return text.withUTF8 { src in
            [UInt16](unsafeUninitializedCapacity: src.count) { out, count in
                var i = 0, o = 0
                while i < src.count {
                    let b = UInt32(src[i])
                    var cp: UInt32
                    if b < 0x80 { cp = b; i += 1 }
                    else if b < 0xE0 { cp = (b & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F); i += 2 }
                    else if b < 0xF0 { cp = (b & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F); i += 3 }
                    else {
                        cp = (b & 0x07) << 18 | UInt32(src[i + 1] & 0x3F) << 12 | UInt32(src[i + 2] & 0x3F) << 6 | UInt32(src[i + 3] & 0x3F)
                        i += 4
                        cp -= 0x10000
                        out[o] = UInt16(0xD800 + (cp >> 10)); out[o + 1] = UInt16(0xDC00 + (cp & 0x3FF)); o += 2
                        continue
                    }
                    out[o] = UInt16(cp); o += 1
                }
                count = o
            }
        }
    }

    /// A string from UTF-16 code units produced by ICU, transcoded by hand into UTF-8
    /// (`String(decoding:as:)` takes a slow generic path); a lone surrogate becomes U+FFFD.
    init(utf16Units units: [UInt16]) {
        self = units.withUnsafeBufferPointer { src in
            String(unsafeUninitializedCapacity: src.count * 3) { out in
                var i = 0, o = 0
                while i < src.count {
                    var cp = UInt32(src[i])
                    i += 1
                    if cp & 0xF800 == 0xD800 {
                        if cp < 0xDC00, i < src.count, src[i] & 0xFC00 == 0xDC00 {
                            cp = 0x10000 + (cp - 0xD800) << 10 + (UInt32(src[i]) - 0xDC00)
                            i += 1
                        } else {
                            cp = 0xFFFD
                        }
                    }
                    if cp < 0x80 {
                        out[o] = UInt8(cp); o += 1
                    } else if cp < 0x800 {
                        out[o] = UInt8(0xC0 | cp >> 6); out[o + 1] = UInt8(0x80 | cp & 0x3F); o += 2
                    } else if cp < 0x10000 {
                        out[o] = UInt8(0xE0 | cp >> 12); out[o + 1] = UInt8(0x80 | (cp >> 6) & 0x3F)
                        out[o + 2] = UInt8(0x80 | cp & 0x3F); o += 3
                    } else {
                        out[o] = UInt8(0xF0 | cp >> 18); out[o + 1] = UInt8(0x80 | (cp >> 12) & 0x3F)
                        out[o + 2] = UInt8(0x80 | (cp >> 6) & 0x3F); out[o + 3] = UInt8(0x80 | cp & 0x3F); o += 4
                    }
                }
                return o
            }
        }
    }
}
