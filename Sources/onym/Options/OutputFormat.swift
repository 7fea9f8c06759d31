import ArgumentParser

/// Output formats of commands that print reports.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
