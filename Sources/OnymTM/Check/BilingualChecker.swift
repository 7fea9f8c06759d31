import Foundation
import OnymLint
import OnymText

/// Checks translations against the glossary and the memory: the target's names as the
/// linter checks them (its matcher, not a second one), the source's names that the target
/// lacks, the same source translated two ways, and targets left untranslated.
public struct BilingualChecker: Sendable {
    /// A linter for the source language (to find the concepts a source names).
    public let source: Linter
    /// A linter for the target language.
    public let target: Linter
    /// 100 % matches are compared with it, when there is one.
    public let memory: TMStore?

    public init(source: Linter, target: Linter, memory: TMStore? = nil) {
        self.source = source
        self.target = target
        self.memory = memory
    }

    /// The findings of `pairs`, in their order.
    public func check(_ pairs: [CheckPair]) throws(TMError) -> [CheckFinding] {
        var out: [CheckFinding] = []
        var firstTranslation: [String: (target: String, segment: String)] = [:]
        for pair in pairs {
            func finding(_ kind: CheckKind, _ message: String, found: String? = nil, suggestion: String? = nil, concept: String? = nil,
                         column: Int? = nil) -> CheckFinding {
                CheckFinding(segment: pair.id, line: pair.line, column: column, found: found, suggestion: suggestion, concept: concept,
                             kind: kind, severity: kind.defaultSeverity, message: message, source: pair.source, target: pair.target)
            }
            let trimmedSource = pair.source.trimmingCharacters(in: .whitespacesAndNewlines)
            let trimmedTarget = pair.target.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmedTarget.isEmpty {
                if !trimmedSource.isEmpty { out.append(finding(.untranslated, "the target is empty")) }
                continue
            }
            // The target's names, as the linter finds them.
            let linted = (try? target.lint(Array(pair.target.utf8))) ?? []
            for f in linted {
                out.append(CheckFinding(segment: pair.id, line: pair.line, column: f.column, found: f.found, suggestion: f.suggestion,
                                        concept: f.concept, kind: CheckKind(f.kind), severity: f.severity, message: f.message,
                                        source: pair.source, target: pair.target))
            }
            // Concepts the source names that the target names in no good form (and no linter finding covers).
            let sourceMentions = source.mentions(in: pair.source)
            let targetGood = Set(target.mentions(in: pair.target).filter(\.isGood).map(\.concept))
            let covered = Set(linted.map(\.concept))
            var reported = Set<Int>()
            let sourceBytes = Array(pair.source.utf8)
            for m in sourceMentions where !targetGood.contains(m.concept) && !covered.contains(m.conceptID) && reported.insert(m.concept).inserted {
                guard let preferred = target.matcher.preferredForm(ofConcept: m.concept) else { continue }
                let named = String(decoding: sourceBytes[m.range], as: UTF8.self)
                let c = target.matcher.describe(concept: m.concept)
                out.append(finding(.term, "\(named) → \(preferred) (term of \(c.kind.rawValue) \"\(c.id)\": the target does not have it)",
                                   found: named, suggestion: preferred, concept: c.id))
            }
            // A target that is its source, unless the source is only names (a name may stay as it is).
            if trimmedTarget == trimmedSource {
                var bytes = sourceBytes
                for m in sourceMentions { for i in m.range { bytes[i] = 0x20 } }
                if String(decoding: bytes, as: UTF8.self).unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                    out.append(finding(.untranslated, "the target is the source, untranslated"))
                }
            }
            // The same source translated two ways.
            if let first = firstTranslation[pair.source] {
                if first.target != pair.target {
                    out.append(finding(.inconsistent, "segment \(first.segment) has the same source translated as \"\(first.target)\""))
                }
            } else {
                firstTranslation[pair.source] = (pair.target, pair.id)
                if let memory {
                    let stored = try memory.exactTargets(of: pair.source, from: source.matcher.language, to: target.matcher.language)
                    if let other = stored.first, !stored.contains(pair.target) {
                        out.append(finding(.inconsistent, "the translation memory has \"\(other)\" for this source"))
                    }
                }
            }
        }
        return out
    }
}
