import Hummingbird
import OnymGlossary
import OnymKit

/// What a workspace's error is as an answer: bad input is the client's (400); glossaries or a
/// store that cannot be read are the service's, unavailable until they are back (503).
enum Failure {
    static func of(_ error: WorkspaceError) -> ServerError {
        switch error {
        case .input(_, _, let message): ServerError(.badRequest, message)
        case .request(let message): ServerError(.badRequest, message)
        case .glossary(let error): of(error)
        }
    }

    static func of(_ error: GlossaryError) -> ServerError {
        ServerError(.serviceUnavailable, "the glossaries cannot be read: " + error.problems.map(\.description).joined(separator: "; "))
    }
}
