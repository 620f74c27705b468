import Foundation
import Hummingbird
import Logging
import NIOCore
import PartnerMap

/// The local web server of `partnermap serve`: the workspace page and its API over one
/// coordinator's file, on her own machine.
///
/// It listens on 127.0.0.1 unless told otherwise, answers only requests that pass the
/// ``AccessGuard`` (its Host, its Origin, its token, and for a change the page's token), serves
/// nothing but the page's own assets and the API (no path reaches the disk), and writes the
/// file only when the coordinator saves.
public struct WorkspaceServer: Sendable {
    /// How the server is started.
    public struct Options: Sendable {
        /// The network file (any format `validate` reads; YAML and JSON are editable).
        public var file: String
        /// The address to listen on: 127.0.0.1 unless the coordinator asks for another.
        public var host: String
        /// The port; 0 picks a free one.
        public var port: Int
        /// The page's language until the coordinator switches it.
        public var language: ReportLanguage
        /// A second file, whose change to `file` the page shows.
        public var compare: String?
        /// The token the address carries; a new random one when `nil`.
        public var token: String?

        /// Options; each parameter is the property of the same name.
        public init(file: String, host: String = "127.0.0.1", port: Int = 0, language: ReportLanguage = .en, compare: String? = nil, token: String? = nil) {
            self.file = file
            self.host = host
            self.port = port
            self.language = language
            self.compare = compare
            self.token = token
        }
    }

    let options: Options
    let api: WorkspaceAPI
    let token: String

    /// The warnings of the file as it was read (an organisation with no tie, a project without
    /// objectives), as `validate` says them.
    public var warnings: [Diagnostic] { api.file.warnings }

    /// Reads the file (and the compared one), or throws their problems as `validate` says them.
    public init(_ options: Options) throws(NetworkLoadError) {
        self.options = options
        let file = try WorkspaceFile(path: options.file)
        var compared: Network?
        if let other = options.compare { compared = try NetworkLoader.readNetwork(path: other, dot: nil).network }
        api = WorkspaceAPI(file: file, compared: compared, language: options.language)
        token = options.token ?? AccessGuard.newToken()
    }

    /// Serves until the process is stopped; `ready` hears the address to open (with its token)
    /// once the server listens.
    /// `handlesSignals` stops the server gracefully on SIGINT and SIGTERM (the command's
    /// Ctrl-C); a test running several servers in one process leaves it off and cancels the task.
    public func run(handlesSignals: Bool = true, ready: @escaping @Sendable (String) -> Void) async throws {
        let tokens = PageTokens()
        let api = self.api
        let token = self.token
        let host = options.host
        let guardBox = GuardBox()
        var logger = Logger(label: "partnermap-serve")
        logger.logLevel = .critical
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            guard let accessGuard = await guardBox.value else { return Self.response(.problem(503, "starting")) }
            return try await Self.respond(to: request, guard: accessGuard, api: api, tokens: tokens)
        }
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                await guardBox.set(AccessGuard(token: token, port: port, host: host, changePaths: WorkspaceAPI.changes))
                let shown = host.contains(":") ? "[\(host)]" : host
                ready("http://\(shown):\(port)/?token=\(token)")
            },
            logger: logger)
        if handlesSignals {
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } else {
            try await app.runService(gracefulShutdownSignals: [])
        }
    }

    /// One request: the guard, then the API.
    static func respond(to request: Request, guard accessGuard: AccessGuard, api: WorkspaceAPI, tokens: PageTokens) async throws -> Response {
        let query = Dictionary(request.uri.queryParameters.map { (String($0.key), String($0.value)) }, uniquingKeysWith: { first, _ in first })
        let language = query["lang"].flatMap(ReportLanguage.init(rawValue:)) ?? api.language
        let words = WorkspacePageWords(language)
        let facts = AccessGuard.RequestFacts(
            method: request.method.rawValue, path: request.uri.path, host: request.head.authority ?? request.headers[.init("Host")!],
            origin: request.headers[.origin], secFetchSite: request.headers[.init("Sec-Fetch-Site")!],
            authorization: request.headers[.authorization], cookie: request.headers[.cookie], queryToken: query["token"],
            pageToken: request.headers[.init("X-PartnerMap-Page")!], contentType: request.headers[.contentType],
            contentLength: request.headers[.contentLength].flatMap { Int($0) })
        let admission: AccessGuard.Admission
        switch accessGuard.check(facts, pageTokens: await tokens.all) {
        case .success(let value): admission = value
        case .failure(.methodNotAllowed): return response(WorkspaceAPI.notAllowed(request.uri.path, words: words).typeset(for: language))
        case .failure(let refusal): return response(refusalAnswer(refusal, words: words).typeset(for: language))
        }
        if admission == .firstVisit {
            // The token leaves the address bar: it is kept in a cookie only this server reads.
            var answer = HTTPAnswer(status: 303, contentType: "text/plain; charset=utf-8", body: Data())
            answer.headers = [("Set-Cookie", accessGuard.setCookie), ("Location", query["lang"].map { "/?lang=" + ($0 == "fr" ? "fr" : "en") } ?? "/")]
            return response(answer)
        }
        var body = Data()
        if request.method == .post {
            var collected = 0
            for try await buffer in request.body {
                collected += buffer.readableBytes
                if collected > AccessGuard.bodyLimit { return response(refusalAnswer(.tooLarge, words: words).typeset(for: language)) }
                body.append(contentsOf: buffer.readableBytesView)
            }
        }
        let newPageToken = request.uri.path == "/" || request.uri.path == "/api/page-token" ? await tokens.issue() : nil
        let call = WorkspaceAPI.Call(method: request.method.rawValue, path: request.uri.path, query: query, body: body, newPageToken: newPageToken)
        return response(await api.answer(call))
    }

    static func refusalAnswer(_ refusal: AccessGuard.Refusal, words: WorkspacePageWords) -> HTTPAnswer {
        switch refusal {
        case .unknownHost: .problem(403, words.unknownHost)
        case .foreignOrigin: .problem(403, words.foreignOrigin)
        case .noToken: .problem(401, words.noToken)
        case .wrongToken: .problem(401, words.wrongToken)
        case .methodNotAllowed: .problem(405, words.methodNotAllowed)
        case .noPageToken: .problem(403, words.noPageToken)
        case .notJSON: .problem(415, words.notJSON)
        case .tooLarge: .problem(413, words.tooLarge)
        }
    }

    /// The answer as an HTTP response, with the headers every answer carries: no caching, no
    /// sniffing, no framing, no referrer, and a content policy that lets the page run only its
    /// own script and reach only this server.
    static func response(_ answer: HTTPAnswer) -> Response {
        var headers: HTTPFields = [
            .contentType: answer.contentType,
            .cacheControl: "no-store",
            .init("X-Content-Type-Options")!: "nosniff",
            .init("X-Frame-Options")!: "DENY",
            .init("Referrer-Policy")!: "no-referrer",
            .init("Cross-Origin-Resource-Policy")!: "same-origin",
            .contentSecurityPolicy:
                "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
        ]
        for (name, value) in answer.headers { headers.append(.init(name: .init(name)!, value: value)) }
        return Response(status: .init(code: answer.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}

/// The page tokens handed out (the most recent 64), one per page load.
actor PageTokens {
    private var tokens: [String] = []

    func issue() -> String {
        let token = AccessGuard.newToken()
        tokens.append(token)
        if tokens.count > 64 { tokens.removeFirst(tokens.count - 64) }
        return token
    }

    var all: Set<String> { Set(tokens) }
}

/// The guard, known once the port is (a port of 0 is chosen by the system when listening).
actor GuardBox {
    private(set) var value: AccessGuard?
    func set(_ value: AccessGuard) { self.value = value }
}
