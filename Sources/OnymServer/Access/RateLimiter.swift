import Foundation
import Hummingbird
import Synchronization

/// At most `perMinute` requests a minute from one token (or, without one, one address):
/// a bucket of that many that refills evenly; an empty bucket is 429 with `Retry-After`.
final class RateLimiter: Sendable {
    let perMinute: Int
    private let buckets = Mutex<[String: (tokens: Double, at: ContinuousClock.Instant)]>([:])

    init(perMinute: Int) { self.perMinute = perMinute }

    /// Nil when the request may go; else the seconds to wait.
    func take(_ key: String, now: ContinuousClock.Instant = .now) -> Int? {
        let rate = Double(perMinute) / 60
        return buckets.withLock { all in
            var (tokens, at) = all[key] ?? (Double(perMinute), now)
            let elapsed = now - at
            tokens = min(Double(perMinute), tokens + rate * (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            // Keys not seen for long are let go: memory stays bounded by the active clients.
            if all.count > 10_000 { all = all.filter { now - $0.value.at < .seconds(120) } }
            guard tokens >= 1 else {
                all[key] = (tokens, now)
                return Int(((1 - tokens) / rate).rounded(.up))
            }
            all[key] = (tokens - 1, now)
            return nil
        }
    }
}

/// Applies the rate limit to each request, by token when it has one, else by address.
struct RateLimitMiddleware: RouterMiddleware {
    let limiter: RateLimiter

    func handle(_ request: Request, context: OnymRequestContext, next: (Request, OnymRequestContext) async throws -> Response) async throws -> Response {
        let key = request.headers[.authorization].map { "token:" + $0 } ?? "address:" + (context.remoteAddress?.ipAddress ?? "local")
        if let wait = limiter.take(key) {
            throw ServerError(.tooManyRequests, "more than \(limiter.perMinute) requests a minute; try again in \(wait) s",
                              headers: [.retryAfter: String(wait)])
        }
        return try await next(request, context)
    }
}
