import Testing

@testable import PartnerMapServer

/// Each refusal of the workspace server, as a plain value (``WorkspaceServerTests`` repeats them
/// over a socket).
@Suite struct AccessGuardTests {
    let accessGuard = AccessGuard(token: "secret", port: 4000, host: "127.0.0.1", changePaths: ["/api/save"])

    func facts(
        method: String = "GET", path: String = "/api/state", host: String? = "127.0.0.1:4000", origin: String? = nil,
        authorization: String? = "Bearer secret", cookie: String? = nil, queryToken: String? = nil, pageToken: String? = nil,
        contentType: String? = nil, contentLength: Int? = nil, secFetchSite: String? = nil
    ) -> AccessGuard.RequestFacts {
        AccessGuard.RequestFacts(
            method: method, path: path, host: host, origin: origin, secFetchSite: secFetchSite, authorization: authorization, cookie: cookie,
            queryToken: queryToken, pageToken: pageToken, contentType: contentType, contentLength: contentLength)
    }

    @Test func theTokenIsNeededOnEveryRequest() {
        #expect(accessGuard.check(facts(), pageTokens: []) == .success(.token))
        #expect(accessGuard.check(facts(authorization: nil), pageTokens: []) == .failure(.noToken))
        #expect(accessGuard.check(facts(authorization: "Bearer secreT"), pageTokens: []) == .failure(.wrongToken))
        #expect(accessGuard.check(facts(authorization: nil, cookie: "partnermap-4000=secret"), pageTokens: []) == .success(.token))
        // A cookie of another workspace (another port) is not this one's.
        #expect(accessGuard.check(facts(authorization: nil, cookie: "partnermap-4001=secret"), pageTokens: []) == .failure(.noToken))
        // The printed address's token is taken on the page itself only.
        #expect(accessGuard.check(facts(path: "/", authorization: nil, queryToken: "secret"), pageTokens: []) == .success(.firstVisit))
        #expect(accessGuard.check(facts(path: "/api/state", authorization: nil, queryToken: "secret"), pageTokens: []) == .failure(.noToken))
        #expect(accessGuard.check(facts(path: "/", authorization: nil, queryToken: "guess"), pageTokens: []) == .failure(.wrongToken))
    }

    @Test func anotherHostOrOriginIsRefused() {
        #expect(accessGuard.check(facts(host: "localhost:4000"), pageTokens: []) == .success(.token))
        #expect(accessGuard.check(facts(host: "evil.example:4000"), pageTokens: []) == .failure(.unknownHost))
        #expect(accessGuard.check(facts(host: "127.0.0.1:80"), pageTokens: []) == .failure(.unknownHost))
        #expect(accessGuard.check(facts(host: nil), pageTokens: []) == .failure(.unknownHost))
        #expect(accessGuard.check(facts(origin: "http://127.0.0.1:4000"), pageTokens: []) == .success(.token))
        #expect(accessGuard.check(facts(origin: "http://evil.example"), pageTokens: []) == .failure(.foreignOrigin))
        #expect(accessGuard.check(facts(origin: "null"), pageTokens: []) == .failure(.foreignOrigin))
        #expect(accessGuard.check(facts(secFetchSite: "cross-site"), pageTokens: []) == .failure(.foreignOrigin))
    }

    @Test func aChangeNeedsThePageTokenJSONAndASmallBody() {
        let post = { (page: String?, type: String?, length: Int?) in
            accessGuard.check(facts(method: "POST", path: "/api/save", pageToken: page, contentType: type, contentLength: length), pageTokens: ["page"])
        }
        #expect(post("page", "application/json", 2) == .success(.token))
        #expect(post(nil, "application/json", 2) == .failure(.noPageToken))
        #expect(post("other", "application/json", 2) == .failure(.noPageToken))
        #expect(post("page", "application/x-www-form-urlencoded", 2) == .failure(.notJSON))
        #expect(post("page", "application/json", AccessGuard.bodyLimit + 1) == .failure(.tooLarge))
        #expect(accessGuard.check(facts(method: "DELETE"), pageTokens: []) == .failure(.methodNotAllowed))
        // A reading takes no POST, a change no GET, whatever else the request carries.
        #expect(accessGuard.check(facts(method: "POST", path: "/api/state", contentType: "text/plain"), pageTokens: []) == .failure(.methodNotAllowed))
        #expect(accessGuard.check(facts(method: "GET", path: "/api/save"), pageTokens: []) == .failure(.methodNotAllowed))
    }

    @Test func tokensAreLongAndComparedWhole() {
        let token = AccessGuard.newToken()
        #expect(token.count == 64 && token != AccessGuard.newToken())
        #expect(AccessGuard.same("abc", "abc") && !AccessGuard.same("abc", "abd") && !AccessGuard.same("abc", "abcd"))
    }
}
