import Foundation
import Hummingbird
import NIOCore
import OnymKit

/// A request's body, checked before anything reads it: its type, its size, UTF-8.
enum RequestBody {
    /// The body's bytes, at most `limit` (413 above), when its type is one of `types` (415 else).
    static func bytes(_ request: Request, limit: Int, types: [String]) async throws -> [UInt8] {
        let type = request.headers[.contentType]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard types.contains(type) else {
            throw ServerError(.unsupportedMediaType, "send \(types.joined(separator: " or ")), not '\(type.isEmpty ? "no Content-Type" : type)'")
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw ServerError(.contentTooLarge, "the body is larger than \(limit) bytes")
        }
    }

    /// A JSON body decoded as `T` (400 with the decoder's reason when it is not).
    static func json<T: Decodable>(_ type: T.Type, _ request: Request, limit: Int) async throws -> T {
        let bytes = try await self.bytes(request, limit: limit, types: ["application/json"])
        do { return try JSONDecoder().decode(T.self, from: Data(bytes)) } catch {
            throw ServerError(.badRequest, "not the JSON expected: \(Self.reason(error))")
        }
    }

    /// `a=1&b=two+words` (percent-encoded, `+` for a space) as pairs; 400 when not UTF-8.
    static func form(_ text: Substring) throws -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) throws -> String {
                guard let d = s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                    throw ServerError(.badRequest, "the form is not percent-encoded UTF-8")
                }
                return d
            }
            out[try decode(parts[0])] = parts.count > 1 ? try decode(parts[1]) : ""
        }
        return out
    }

    /// What a decoding error says, in one line.
    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "'\(key.stringValue)' is missing"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            "'\(c.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        case DecodingError.dataCorrupted(let c): c.underlyingError.map { "\($0.localizedDescription)" } ?? c.debugDescription
        default: "\(error)"
        }
    }
}
