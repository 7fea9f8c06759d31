/// A JSON-RPC error with its code: -32602 bad parameters, -32601 unknown method, -32603 the
/// server's own failure.
struct LSPError: Error {
    let code: Int
    let message: String
    init(code: Int, _ message: String) {
        self.code = code
        self.message = message
    }
}
