import ArgumentParser

/// Output formats of `onym lint`.
enum LintFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github
}
