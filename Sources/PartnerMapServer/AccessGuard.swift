import Foundation

/// What the workspace server checks before it answers anything, so that only the coordinator's
/// own browser tab (or a script she gives the token to) can read or change her network:
///
/// - **Host**: the address she opened (`127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT`, or the
///   `--host` given). Another name is a page of another site resolving to this machine (DNS
///   rebinding) and is refused.
/// - **Origin**, when the browser sends one: this server's own; another site's page is refused.
/// - **Token**: the random token of the printed address, as the cookie the first visit sets or
///   as `Authorization: Bearer TOKEN`; compared in constant time.
/// - **Changes**: POST only, with a JSON body of at most 1 MB and the page token the page was
///   given (`X-PartnerMap-Page`), so that no form or link on another page can make one.
///
/// Every refusal is a plain value tested without a server (`AccessGuardTests`), and again over
/// a socket.
struct AccessGuard: Sendable {
    /// The token of the printed address.
    let token: String
    /// Every `host:port` the server answers to.
    let hosts: Set<String>
    /// The port, which names the cookie (cookies are shared between ports of one host).
    let port: Int
    /// The largest body a request may carry.
    static let bodyLimit = 1 << 20

    /// The name of the cookie holding the token.
    var cookieName: String { "partnermap-\(port)" }

    /// The paths that change something: POST only, and only they take POST.
    let changePaths: Set<String>

    init(token: String, port: Int, host: String, changePaths: Set<String> = []) {
        self.token = token
        self.changePaths = changePaths
        self.port = port
        var hosts: Set<String> = ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"]
        if !["127.0.0.1", "localhost", "::1"].contains(host) { hosts.insert((host.contains(":") ? "[\(host)]" : host) + ":\(port)") }
        self.hosts = hosts
    }

    /// What a request shows of itself, as the guard reads it.
    struct RequestFacts: Sendable {
        var method: String
        var path: String
        /// The `Host` header (HTTP/1.1's `:authority`).
        var host: String?
        var origin: String?
        var secFetchSite: String?
        var authorization: String?
        var cookie: String?
        /// `token=` of the query, honoured on `GET /` only (the printed address).
        var queryToken: String?
        var pageToken: String?
        var contentType: String?
        var contentLength: Int?
    }

    /// Why a request is refused.
    enum Refusal: Error, Equatable {
        case unknownHost
        case foreignOrigin
        case noToken
        case wrongToken
        case methodNotAllowed
        case noPageToken
        case notJSON
        case tooLarge
    }

    /// How the request is let through: with a valid token, or by presenting the token of the
    /// printed address on a first visit (the answer then sets the cookie and sends the browser to
    /// the page without the token in its address).
    enum Admission: Equatable {
        case token
        case firstVisit
    }

    /// Checks the request's host, origin and token; for a POST, its page token, type and size.
    /// `pageTokens` are the tokens the page was given.
    func check(_ request: RequestFacts, pageTokens: Set<String>) -> Result<Admission, Refusal> {
        guard let host = request.host?.lowercased(), hosts.contains(host) else { return .failure(.unknownHost) }
        if let origin = request.origin?.lowercased() {
            guard origin.hasPrefix("http://"), hosts.contains(String(origin.dropFirst("http://".count))) else { return .failure(.foreignOrigin) }
        }
        if request.secFetchSite == "cross-site" { return .failure(.foreignOrigin) }
        guard ["GET", "HEAD", "POST"].contains(request.method) else { return .failure(.methodNotAllowed) }
        var admission = Admission.token
        if let bearer = request.authorization, bearer.hasPrefix("Bearer ") {
            guard Self.same(String(bearer.dropFirst("Bearer ".count)), token) else { return .failure(.wrongToken) }
        } else if let cookie = cookieValue(in: request.cookie) {
            guard Self.same(cookie, token) else {
                if let query = request.queryToken, request.method == "GET", request.path == "/", Self.same(query, token) { return .success(.firstVisit) }
                return .failure(.wrongToken)
            }
        } else if let query = request.queryToken, request.method == "GET", request.path == "/" {
            guard Self.same(query, token) else { return .failure(.wrongToken) }
            admission = .firstVisit
        } else {
            return .failure(.noToken)
        }
        if changePaths.contains(request.path) != (request.method == "POST") { return .failure(.methodNotAllowed) }
        if request.method == "POST" {
            guard let page = request.pageToken, pageTokens.contains(where: { Self.same($0, page) }) else { return .failure(.noPageToken) }
            guard request.contentType?.lowercased().hasPrefix("application/json") == true else { return .failure(.notJSON) }
            if let length = request.contentLength, length > Self.bodyLimit { return .failure(.tooLarge) }
        }
        return .success(admission)
    }

    /// The token the request's cookie carries, if any.
    private func cookieValue(in header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces)
            if pair.hasPrefix(cookieName + "=") { return String(pair.dropFirst(cookieName.count + 1)) }
        }
        return nil
    }

    /// The `Set-Cookie` header of a first visit: the token, for this server only, never sent by
    /// another site's request, never readable by a script.
    var setCookie: String { "\(cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict" }

    /// Compares two tokens in a time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// A new random token: 32 bytes from the system's generator, as hex.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
