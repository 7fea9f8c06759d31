import CICU

/// UTS #39 confusable detection: skeletons, "do these look the same", and
/// which characters of a word come from the wrong script.
///
/// ```swift
/// Confusables.areConfusable("Kyiv", "Kyіv")                        // true (Cyrillic і)
/// Confusables.analyze("Kyіv").oddCharacters.first?.imitates?.name  // "LATIN SMALL LETTER I"
/// ```
public enum Confusables {
    private static let checker: ICUHandlePool = {
        var error: Int32 = 0
        guard let spoof = cicu_spoof_open(&error) else {
            preconditionFailure("ICU could not open its spoof checker: \(ICUCall.errorName(error))")
        }
        // Spoof checkers are not safe for concurrent use; lend one per thread.
        return ICUHandlePool(
            prototype: spoof,
            clone: { _ in var e: Int32 = 0; return cicu_spoof_open(&e) },
            close: { cicu_spoof_close($0) })
    }()

    /// The UTS #39 skeleton: two strings are confusable when their skeletons are equal.
    public static func skeleton(_ text: String) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return text }
        let units = checker.withHandle { spoof in
            try? ICUCall.utf16("skeleton", capacity: source.count * 2 + 8) { dst, cap, error in
                cicu_spoof_skeleton(spoof, source, Int32(source.count), dst, cap, &error)
            }
        }
        return units.map(String.init(utf16Units:)) ?? text
    }

    /// True when the two strings are different but look alike (ICU's `uspoof_areConfusable`).
    public static func areConfusable(_ a: String, _ b: String) -> Bool {
        let ua = Array(a.utf16), ub = Array(b.utf16)
        if ua == ub { return false }
        return checker.withHandle { spoof in
            var error: Int32 = 0
            let result = cicu_spoof_confusable(spoof, ua, Int32(ua.count), ub, Int32(ub.count), &error)
            return cicu_failure(error) == 0 && result != 0
        }
    }

    /// Scripts, mixed-script look-alikes and invisible characters of one word.
    public static func analyze(_ word: String) -> ScriptAnalysis {
        var counts: [String: Int] = [:]
        var order: [String] = []
        var infos: [(ScalarInfo, Int)] = []
        var offset = 0
        for scalar in word.unicodeScalars {
            let info = ScalarInfo(scalar)
            infos.append((info, offset))
            offset += String(scalar).utf8.count
            if info.isScriptNeutral || info.isDefaultIgnorable { continue }
            if counts[info.script] == nil { order.append(info.script) }
            counts[info.script, default: 0] += 1
        }
        let scripts = order.enumerated().sorted {
            (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset)
        }.map(\.element)
        let main = scripts.first
        var odd: [ConfusableCharacter] = []
        var invisible: [InvisibleCharacter] = []
        for (info, at) in infos {
            if info.isDefaultIgnorable {
                invisible.append(InvisibleCharacter(character: info, utf8Offset: at))
                continue
            }
            guard let main, !info.isScriptNeutral, info.script != main,
                  !info.scriptExtensions.contains(main) else { continue }
            odd.append(ConfusableCharacter(character: info, utf8Offset: at, imitates: prototype(of: info, in: main)))
        }
        return ScriptAnalysis(
            scripts: scripts, mainScript: main, isMixedScript: scripts.count > 1,
            oddCharacters: odd, invisibleCharacters: invisible)
    }

    /// The character of `script` that `info` is confusable with, from its skeleton.
    private static func prototype(of info: ScalarInfo, in script: String) -> ScalarInfo? {
        guard let scalar = Unicode.Scalar(info.value) else { return nil }
        let skeleton = skeleton(String(scalar))
        let scalars = Array(skeleton.unicodeScalars)
        guard scalars.count == 1, scalars[0] != scalar else { return nil }
        let candidate = ScalarInfo(scalars[0])
        if candidate.script == script { return candidate }
        // Skeletons use lower-case prototypes; an upper-case look-alike imitates the upper-case letter.
        let upper = String(scalars[0]).uppercased().unicodeScalars
        if upper.count == 1, let u = upper.first, Character(scalar).isUppercase {
            let info = ScalarInfo(u)
            if info.script == script { return info }
        }
        return candidate.isScriptNeutral ? nil : candidate
    }
}
