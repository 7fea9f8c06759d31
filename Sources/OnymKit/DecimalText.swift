/// Whole numbers written as decimal digits straight into bytes: reports write four a finding,
/// and a string made for each was a third of writing one.
public enum DecimalText {
    /// Appends the digits of `n` (with a minus sign when it is negative) to `bytes`.
    public static func append(_ n: Int, to bytes: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes hold the 20 digits and sign of any Int
        withUnsafeMutableBytes(of: &digits) { buffer in
            var at = buffer.count, rest = n.magnitude
            repeat {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if n < 0 {
                at -= 1
                buffer[at] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: buffer[at...])
        }
    }
}
