import Hummingbird
import OnymKit

/// A request the server answers with an error status: the status and one message, sent as
/// `{"error": "…"}` (``ErrorBodyMiddleware``).
public struct ServerError: Error, Sendable, Equatable {
    public let status: HTTPResponse.Status
    public let message: String
    /// Headers the status calls for (`Retry-After`, `WWW-Authenticate`, `Allow`).
    public let headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    /// The error as the response every client gets.
    var response: Response {
        var json = JSONText()
        json.raw("{")
        json.field("error", message)
        json.raw("}")
        var response = Response.json(json.text + "\n", status: status)
        for field in headers { response.headers.append(field) }
        return response
    }
}

extension Response {
    /// A JSON body.
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
