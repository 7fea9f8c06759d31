/// The one error type of OnymGlossary: every problem found in the input, in
/// file and line order, so that a user fixes them all in one pass.
public struct GlossaryError: Error, Sendable, Hashable, CustomStringConvertible {
    public let problems: [GlossaryProblem]

    public init(_ problems: [GlossaryProblem]) {
        self.problems = problems.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    public init(file: String, line: Int, rule: GlossaryProblem.Rule, message: String) {
        self.init([GlossaryProblem(file: file, line: line, rule: rule, message: message)])
    }

    /// One line per problem.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
