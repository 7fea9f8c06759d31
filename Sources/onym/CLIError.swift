/// Bad input that the CLI itself detects (the libraries have their own error types).
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
