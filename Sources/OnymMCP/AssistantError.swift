/// A tool's argument or request that cannot be answered: its message goes back to the model.
struct AssistantError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
