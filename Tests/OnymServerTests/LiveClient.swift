import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import Testing
@testable import OnymServer

/// One response as a test reads it.
struct LiveResponse: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer
}

/// Requests over a real socket to a server this process runs on an ephemeral port of
/// 127.0.0.1, through URLSession (as curl sends them). The answer comes back through a
/// continuation: a blocking read would hold one of the cooperative threads the server's
/// handlers run on (two on a two-core machine).
struct LiveClient: Sendable {
    let port: Int

    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 60
        return URLSession(configuration: configuration)
    }()

    func execute<T>(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
                    _ read: (LiveResponse) async throws -> T) async throws -> T {
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)\(uri)")))
        request.httpMethod = method.rawValue
        for field in headers { request.addValue(field.value, forHTTPHeaderField: field.name.rawName) }
        if let body { request.httpBody = Data(body.readableBytesView) }
        let (data, response): (Data, HTTPURLResponse) = try await withCheckedThrowingContinuation { answer in
            Self.session.dataTask(with: request) { data, response, error in
                if let error {
                    answer.resume(throwing: error)
                } else if let response = response as? HTTPURLResponse {
                    answer.resume(returning: (data ?? Data(), response))
                } else {
                    answer.resume(throwing: URLError(.badServerResponse))
                }
            }.resume()
        }
        var fields = HTTPFields()
        for (name, value) in response.allHeaderFields {
            guard let text = name as? String, let name = HTTPFields.Element.Name(text) else { continue }
            fields.append(HTTPFields.Element(name: name, value: "\(value)"))
        }
        return try await read(LiveResponse(status: HTTPResponse.Status(code: response.statusCode), headers: fields, body: ByteBuffer(bytes: data)))
    }
}

extension GlossaryServer {
    /// Runs the server on an ephemeral port of 127.0.0.1 while `body` sends it requests, then
    /// stops it.
    func serving(_ body: @Sendable (LiveClient) async throws -> Void) async throws {
        let (ports, found) = AsyncStream.makeStream(of: Int.self)
        let application = application { port in found.yield(port) }
        let running = Task { try await application.runService(gracefulShutdownSignals: []) }
        defer { running.cancel() }
        var next = ports.makeAsyncIterator()
        guard let port = await next.next() else { throw URLError(.cannotConnectToHost) }
        do {
            try await body(LiveClient(port: port))
        } catch {
            running.cancel()
            _ = try? await running.value
            throw error
        }
        running.cancel()
        _ = try? await running.value
    }
}
