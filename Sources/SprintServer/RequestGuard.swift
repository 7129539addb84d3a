import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// Checks every request before a route sees it, and turns every failure into the JSON error
/// form: the token when one is set; the Host header (against DNS rebinding) on loopback; for
/// state-changing requests the Origin and the page's CSRF value; the body size.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let configuration: ServeConfiguration
    let csrf: String
    /// The port actually bound (differs from the configured one for port 0).
    let boundPort: BoundPort

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            try check(request)
            return try await next(request, context)
        } catch let error as APIError {
            return error.response
        } catch let error as HTTPError {
            let code = error.status == .notFound ? "not-found" : "http-\(error.status.code)"
            return APIError(error.status, code: code, error.body ?? error.status.reasonPhrase).response
        } catch {
            context.logger.error("request failed: \(String(reflecting: error))")
            return APIError(.internalServerError, code: "internal", "the server could not answer this request")
                .response
        }
    }

    func check(_ request: Request) throws(APIError) {
        if let token = configuration.token, !Self.same(presentedToken(request), token) {
            throw APIError(.unauthorized, code: "token", "this server needs its token on every request")
        }
        if configuration.isLoopback {
            for host in [request.head.authority].compactMap(\.self)
            where !allowedHosts.contains(host.lowercased()) {
                throw APIError(.misdirectedRequest, code: "host", "unexpected Host \"\(host)\"")
            }
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > configuration.maximumBody {
            throw APIError(
                .contentTooLarge, code: "too-large",
                "the request has \(length) bytes; at most \(configuration.maximumBody)")
        }
        guard request.method != .get && request.method != .head else { return }
        if let origin = request.headers[.origin], !allowedHosts.map({ "http://" + $0 }).contains(origin.lowercased()) {
            throw APIError(.forbidden, code: "origin", "requests from \(origin) may not change anything")
        }
        let presented = request.headers[HTTPField.Name("X-Sprintplan-CSRF")!]
        let tokenGiven = configuration.token != nil
        guard tokenGiven || Self.same(presented, csrf) else {
            throw APIError(
                .forbidden, code: "csrf",
                "a change needs the header X-Sprintplan-CSRF with the value from GET /api/session")
        }
    }

    private var allowedHosts: [String] {
        let port = boundPort.value
        let names = ["127.0.0.1", "localhost", "[::1]", configuration.host]
        return names + names.map { "\($0):\(port)" }
    }

    private func presentedToken(_ request: Request) -> String? {
        if let bearer = request.headers[.authorization], bearer.hasPrefix("Bearer ") {
            return String(bearer.dropFirst("Bearer ".count))
        }
        if let header = request.headers[HTTPField.Name("X-Sprintplan-Token")!] { return header }
        return request.uri.queryParameters.get("token")
    }

    /// Compares in time independent of where the strings differ.
    static func same(_ given: String?, _ expected: String) -> Bool {
        guard let given else { return false }
        let a = Array(given.utf8), b = Array(expected.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}

/// The port the server listens on, known once it runs.
final class BoundPort: Sendable {
    private let port: Mutex<Int>
    init(_ port: Int) { self.port = Mutex(port) }
    var value: Int { port.withLock { $0 } }
    func set(_ value: Int) { port.withLock { $0 = value } }
}
