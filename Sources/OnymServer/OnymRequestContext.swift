import Hummingbird
import NIOCore

/// What the server knows of a request beside the request: where it came from (for the rate
/// limit) and who sent it, once ``AccessMiddleware`` has checked the token.
public struct OnymRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The token's name, recorded as the author of an edit; nil for an anonymous request.
    var caller: String?
    /// What the request may do.
    var scope: Scope?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
