import OnymGlossary
import OnymLint
import OnymTM

extension Workspace {
    /// The findings of translation pairs `from` → `to`: names of the source whose preferred
    /// target form the target lacks, the target's names as `lint` finds them (with the
    /// configuration's settings), inconsistent and untranslated targets — against the
    /// memory of the configuration's store when it names one. Severities as configured
    /// (`off` drops a kind).
    public func check(pairs: [CheckPair], from: String, to: String) throws(WorkspaceError) -> [CheckFinding] {
        let sourceLinter: Linter, targetLinter: Linter
        do {
            // The source is only searched for names: no near misses, no house settings.
            sourceLinter = Linter(matcher: try linter(for: from).matcher, fuzzy: false)
            targetLinter = try linter(for: to)
        } catch {
            throw .glossary(error)
        }
        let checker = BilingualChecker(source: sourceLinter, target: targetLinter, memory: try memory())
        do throws(TMError) {
            let severities = configuration.settings.severities
            return try checker.check(pairs).compactMap { f -> CheckFinding? in
                guard let level = severities[f.kind.rawValue] else { return f }
                return level.map { f.with(severity: $0) }
            }
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// The findings of a bilingual file (TMX, XLIFF, CSV/TSV), as ``check(pairs:from:to:)``.
    public func check(file: String, from: String, to: String) throws(WorkspaceError) -> [CheckFinding] {
        let pairs: [CheckPair]
        do { pairs = try CheckPair.read(file: file, from: from, to: to) } catch { throw WorkspaceError(error) }
        return try check(pairs: pairs, from: from, to: to)
    }

    /// The findings of a plain-text file and its translation, aligned line by line.
    public func check(source: String, target: String, from: String, to: String) throws(WorkspaceError) -> [CheckFinding] {
        let pairs: [CheckPair]
        do { pairs = try CheckPair.aligned(source: source, target: target) } catch { throw WorkspaceError(error) }
        return try check(pairs: pairs, from: from, to: to)
    }
}
