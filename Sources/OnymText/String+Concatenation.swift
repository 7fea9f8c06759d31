extension String {
    /// `parts` one after the other, made with one allocation and copied as bytes. A finding's
    /// message joins some fifteen pieces, and `+=` on a `String` checks each join for a
    /// character that might combine across it: three hundred instructions a piece, which
    /// was a third of a finding's cost on a text full of them. Joining whole strings at their
    /// ends cannot break UTF-8, so the bytes need no checks.
    public static func concatenating(_ parts: [String]) -> String {
        var total = 0
        for part in parts { total += part.utf8.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var at = 0
            for var part in parts {
                part.withUTF8 { utf8 in
                    guard let from = utf8.baseAddress, !utf8.isEmpty else { return }
                    (buffer.baseAddress! + at).update(from: from, count: utf8.count)
                    at += utf8.count
                }
            }
            return at
        }
    }

    /// `self` followed by `other`; `self` itself when `other` is empty (a name's suffix mostly is).
    public func followed(by other: String) -> String {
        other.isEmpty ? self : .concatenating([self, other])
    }
}
