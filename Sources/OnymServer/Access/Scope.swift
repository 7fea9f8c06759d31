/// What a token may do, each scope including the ones before it: `read` (lookups, checks,
/// concepts, history, export), `propose` (read; reserved for suggested edits a person with
/// `edit` accepts), `edit` (add, change and remove concepts), `admin` (everything).
public enum Scope: String, Sendable, CaseIterable, Comparable {
    case read, propose, edit, admin

    public static func < (a: Scope, b: Scope) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
