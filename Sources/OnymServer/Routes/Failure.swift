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

    /// An edit the store refused, by its rule: a concept that is not there (404), one that is
    /// (409), another concept's form (409), a stale revision (412, the CLI's message), a store
    /// that is gone (503), else the concept's own problems (400).
    static func ofEdit(_ error: GlossaryError) -> ServerError {
        let message = error.problems.map(\.message).joined(separator: "; ")
        let rules = Set(error.problems.map(\.rule))
        if rules.contains(.store) { return of(error) }
        if rules.contains(.concurrentEdit) { return ServerError(.preconditionFailed, message) }
        if rules.contains(.unknownConcept) { return ServerError(.notFound, message) }
        if rules.contains(.conceptExists) || rules.contains(.conflict) { return ServerError(.conflict, message) }
        return ServerError(.badRequest, message)
    }

    static func of(_ error: GlossaryError) -> ServerError {
        ServerError(.serviceUnavailable, "the glossaries cannot be read: " + error.problems.map(\.description).joined(separator: "; "))
    }
}
