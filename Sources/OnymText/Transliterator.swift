import CICU
import Synchronization

/// Converts text from one script to another with a named scheme.
///
/// ```swift
/// let t = try Transliterator(scheme: "uk-Latn-national")
/// t.transliterate("Зеленський")   // "Zelenskyi"
/// try Transliterator(scheme: "Russian-Latin/BGN").transliterate("Зеленский")  // "Zelenskiy"
/// ```
///
/// A scheme is compiled once per process and shared; `transliterate` may be
/// called from any thread (each call borrows its own ICU clone).
public struct Transliterator: Sendable {
    /// The scheme this transliterator applies.
    public let scheme: TransliterationScheme
    private let compiled: ICUHandlePool

    private static let cache = Mutex<[String: (TransliterationScheme, ICUHandlePool)]>([:])

    /// A transliterator for an Onym scheme id, an ICU transform id, or an ICU
    /// compound id (`NFD; [:Nonspacing Mark:] Remove; NFC`).
    /// Throws ``TextError/unknownScheme(id:suggestion:)`` for an id neither knows.
    public init(scheme id: String) throws(TextError) {
        if let cached = Self.cache.withLock({ $0[id] }) {
            (scheme, compiled) = cached
            return
        }
        let known = SchemeCatalog.scheme(id: id)
        let scheme = known ?? TransliterationScheme(
            id: id, sourceScript: "", description: "ICU compound transform", source: "ICU \(ICUInfo.version)", rules: nil)
        let pool = try Self.compile(scheme, requested: id)
        self.scheme = scheme
        self.compiled = pool
        Self.cache.withLock { $0[id] = (scheme, pool) }
    }

    /// Compiles a scheme without the cache (for rules under test).
    init(compiling scheme: TransliterationScheme) throws(TextError) {
        self.scheme = scheme
        self.compiled = try Self.compile(scheme, requested: scheme.id)
    }

    private static func compile(_ scheme: TransliterationScheme, requested: String) throws(TextError) -> ICUHandlePool {
        let id = Array(scheme.id.utf16)
        let rules = scheme.rules.map { Array($0.utf16) }
        var error: Int32 = 0, line: Int32 = 0, offset: Int32 = 0
        var context = [UInt16](repeating: 0, count: 1)
        let pointer: OpaquePointer? = id.withUnsafeBufferPointer { idBuffer in
            context.withUnsafeMutableBufferPointer { contextBuffer in
                if let rules {
                    rules.withUnsafeBufferPointer { rulesBuffer in
                        cicu_translit_open(idBuffer.baseAddress, Int32(id.count), rulesBuffer.baseAddress, Int32(rules.count),
                                           &error, &line, &offset, contextBuffer.baseAddress, Int32(contextBuffer.count))
                    }
                } else {
                    cicu_translit_open(idBuffer.baseAddress, Int32(id.count), nil, 0,
                                       &error, &line, &offset, contextBuffer.baseAddress, Int32(contextBuffer.count))
                }
            }
        }
        guard let pointer else {
            if let ruleText = scheme.rules {
                // ICU reports rule errors by UTF-16 offset (its line field stays 0).
                let before = Array(ruleText.utf16.prefix(Int(max(offset, 0))))
                let lineNumber = line > 0 ? Int(line) : before.filter { $0 == 0x0A }.count + 1
                let lines = ruleText.split(separator: "\n", omittingEmptySubsequences: false)
                let text = lineNumber <= lines.count ? String(lines[lineNumber - 1]) : ""
                throw .invalidRules(scheme: scheme.id, line: lineNumber, text: text, reason: ICUCall.errorName(error))
            }
            throw .unknownScheme(id: requested, suggestion: SchemeCatalog.suggestion(for: requested))
        }
        return ICUHandlePool(
            prototype: pointer,
            clone: { p in var e: Int32 = 0; return cicu_translit_clone(p, &e) },
            close: { cicu_translit_close($0) })
    }

    /// The text written in the scheme's target script, in NFC.
    public func transliterate(_ text: String) -> String {
        var units = Array(text.utf16)
        if units.isEmpty { return text }
        var capacity = units.count * 4 + 16
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var length = Int32(units.count)
            let status = compiled.withHandle { handle in
                buffer.withUnsafeMutableBufferPointer { cicu_translit_apply(handle, $0.baseAddress, &length, Int32(capacity)) }
            }
            if status == ICUCall.bufferOverflow {
                capacity = max(capacity * 2, Int(length) + 16)
                continue
            }
            if cicu_failure(status) != 0 {
                // ICU fails here only when memory runs out; keeping the input is the safe answer.
                return text
            }
            units = Array(buffer.prefix(Int(length)))
            return Normalizer.normalize(String(utf16Units: units), to: .nfc)
        }
    }
}
