import Foundation
import PartnerMap
import Testing

@testable import PartnerMapServer

/// The workspace server over a real socket: every refusal the issue names, answers equal to the
/// commands' JSON, and edits that reach the disk only by saving, byte for byte.
@Suite struct WorkspaceServerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let token = "test-token-0123456789"

    /// A running server over a copy of the Montréal example in a folder of its own.
    final class Running: Sendable {
        let port: Int
        let file: String
        let task: Task<Void, any Error>

        init(port: Int, file: String, task: Task<Void, any Error>) {
            self.port = port
            self.file = file
            self.task = task
        }

        func get(_ path: String, host: String? = nil, headers: [String: String] = ["Authorization": "Bearer " + WorkspaceServerTests.token]) async throws -> RawHTTP.Reply {
            try await RawHTTP.send(port: port, path: path, host: host, headers: headers)
        }

        func post(_ path: String, json: String = "{}", page: String?, extra: [String: String] = [:]) async throws -> RawHTTP.Reply {
            var headers = ["Authorization": "Bearer " + WorkspaceServerTests.token, "Content-Type": "application/json"]
            if let page { headers["X-PartnerMap-Page"] = page }
            headers.merge(extra) { _, new in new }
            return try await RawHTTP.send(port: port, method: "POST", path: path, headers: headers, body: Data(json.utf8))
        }

        func pageToken() async throws -> String { try await get("/api/page-token").json["pageToken"] as! String }

        deinit { task.cancel() }
    }

    static func start(copying example: String = "Graphs/montreal-inclusif.yaml", as transform: (Data) -> Data = { $0 }) async throws -> Running {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partnermap-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(URL(fileURLWithPath: example).lastPathComponent).path
        try transform(try Data(contentsOf: URL(fileURLWithPath: root + "/" + example))).write(to: URL(fileURLWithPath: file))
        let server = try WorkspaceServer(.init(file: file, token: token))
        let (addresses, continuation) = AsyncStream<String>.makeStream()
        let task = Task { try await server.run(handlesSignals: false) { continuation.yield($0) } }
        var iterator = addresses.makeAsyncIterator()
        let address = await iterator.next()!
        #expect(address.hasPrefix("http://127.0.0.1:") && address.hasSuffix("/?token=" + token))
        let port = Int(address.dropFirst("http://127.0.0.1:".count).prefix { $0.isNumber })!
        return Running(port: port, file: file, task: task)
    }

    @Test func everyRefusalOverASocket() async throws {
        let server = try await Self.start()
        #expect(try await server.get("/api/state", headers: [:]).status == 401)
        #expect(try await server.get("/api/state", headers: ["Authorization": "Bearer wrong"]).status == 401)
        let rebinding = try await server.get("/api/state", host: "attacker.example:\(server.port)")
        #expect(rebinding.status == 403 && (rebinding.json["error"] as? String)?.contains("not the workspace's address") == true)
        #expect(try await server.get("/api/state", headers: ["Authorization": "Bearer " + Self.token, "Origin": "http://attacker.example"]).status == 403)
        #expect(try await server.get("/api/state", headers: ["Authorization": "Bearer " + Self.token, "Origin": "http://127.0.0.1:\(server.port)"]).status == 200)
        // Changes: POST only, with the page token, as JSON, at most 1 MB.
        #expect(try await server.get("/api/save").status == 405)
        #expect(try await server.post("/api/undo", page: nil).status == 403)
        #expect(try await server.post("/api/undo", page: "made-up").status == 403)
        let page = try await server.pageToken()
        #expect(try await server.post("/api/undo", page: page, extra: ["Content-Type": "text/plain"]).status == 415)
        let huge = String(repeating: "x", count: AccessGuard.bodyLimit + 10)
        #expect(try await server.post("/api/edit", json: huge, page: page).status == 413)
        #expect(try await server.post("/api/undo", page: page).status == 409)  // nothing to undo: the request itself passed
        // No path reaches the disk.
        for path in ["/montreal-inclusif.yaml", "/../Package.swift", "/api/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/app.js/../../x", "/Graphs/"] {
            let reply = try await server.get(path)
            #expect(reply.status == 404, "\(path)")
            #expect(!reply.text.contains("organisations:"))
        }
        // The printed address sets the cookie and leaves the token out of the address bar.
        let visit = try await RawHTTP.send(port: server.port, path: "/?token=" + Self.token)
        #expect(visit.status == 303 && visit.headers["location"] == "/")
        #expect(visit.headers["set-cookie"] == "partnermap-\(server.port)=\(Self.token); Path=/; HttpOnly; SameSite=Strict")
        let withCookie = try await server.get("/", headers: ["Cookie": "partnermap-\(server.port)=\(Self.token)"])
        #expect(withCookie.status == 200 && withCookie.text.contains("<script src=\"/app.js\" defer></script>"))
        #expect(withCookie.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        #expect(withCookie.headers["x-frame-options"] == "DENY")
    }

    @Test func answersAreTheCommandsJSONUnderTheFilter() async throws {
        let server = try await Self.start()
        let network = try NetworkLoader.readNetwork(path: server.file).network
        let women = NetworkFilter(sector: "women").apply(to: network)
        let gaps = try await server.get("/api/gaps?sector=women")
        #expect(gaps.status == 200)
        #expect(gaps.text == (try StructureOutput.json(GapFinder(women).gaps, sentences: FindingSentences(language: .en, network: women))))
        let french = try await server.get("/api/summary?lang=fr&sourcedOnly=true")
        #expect(french.text == (try JSONOutput.string(NetworkSummary(network.sourcedOnly().inLanguage(.fr)))))
        let bad = try await server.get("/api/gaps?sector=helth")
        #expect(
            bad.status == 400
                && (bad.json["error"] as? String)
                    == "--sector helth names nothing in this file; the file has: education, employers, employment, inclusion, justice, municipal, settlement, social-economy, women, youth"
        )
        #expect(try await server.get("/api/gaps?asOf=20x9").status == 400)
        // In French, the words of a refusal are typeset: a no-break space before the semicolon and the colon.
        let frenchRefusal = try await server.get("/api/gaps?sector=helth&lang=fr").json["error"] as? String
        #expect(
            frenchRefusal
                == "--sector helth ne désigne rien dans ce fichier\u{202F}; le fichier contient\u{00A0}: education, employers, employment, inclusion, justice, municipal, settlement, social-economy, women, youth"
        )
        #expect(try await server.get("/api/map?view=ego:nobody").status == 422)
        let map = try await server.get("/api/map?view=partnerships&sector=women")
        #expect(map.status == 200 && map.headers["content-type"] == "image/svg+xml" && map.text.contains("Sector: women"))
        let card = try await server.get("/api/card?id=binam").json
        // The English page shows the English name the file gives (`nameEn`).
        #expect(card["name"] as? String == "Office for the Integration of Newcomers in Montréal (BINAM)")
        #expect((card["partnerships"] as? [Any])?.isEmpty == false)
        let csv = try await server.get("/api/export?format=csv&table=gaps&sector=women")
        #expect(csv.headers["content-disposition"] == "attachment; filename=\"gaps-sector-women.csv\"")
    }

    /// A file that names the welcoming-community framework offers its characteristics as a
    /// filter: the projects that serve one, their organisations and funders, as `--characteristic`.
    @Test func aCharacteristicFiltersAsTheCommandLineDoes() async throws {
        let server = try await Self.start(copying: "Graphs/ontario-lips.yaml")
        let network = try NetworkLoader.readNetwork(path: server.file).network
        let state = try await server.get("/api/state?lang=fr").json
        let characteristics = try #require((state["choices"] as? [String: Any])?["characteristics"] as? [[String: String]])
        #expect(characteristics.count == 17)
        #expect(characteristics.first { $0["id"] == "safety" }?["name"] == "Sécurité")
        let summary = try await server.get("/api/summary?characteristic=positive-attitudes")
        let narrowed = NetworkFilter(characteristic: "positive-attitudes").apply(to: network)
        #expect(narrowed.projects.map(\.id) == ["antiracism-observatory", "north-bay-awareness"])
        #expect(summary.text == (try JSONOutput.string(NetworkSummary(narrowed.inLanguage(.en)))))
        let filtered = try await server.get("/api/state?characteristic=media-coverage&lang=fr").json
        #expect(filtered["filter"] as? String == "Caractéristique\u{00A0}: Couverture et représentation favorables dans les médias")
        let bad = try await server.get("/api/gaps?characteristic=transit")
        #expect(bad.status == 400 && (bad.json["error"] as? String)?.hasPrefix("--characteristic transit names nothing in this file") == true)
        // A file that names no framework offers none.
        let plain = try await Self.start()
        let plainState = try await plain.get("/api/state").json
        #expect(((plainState["choices"] as? [String: Any])?["characteristics"] as? [Any])?.isEmpty == true)
    }

    /// A grants file opened as published: the card says where a recipient is and what kind it is.
    @Test func aGrantsFilesCardShowsPlaceAndKind() async throws {
        let server = try await Self.start(copying: "Tests/PartnerMapTests/Fixtures/grants/canada-grants-and-contributions.csv")
        let card = try await server.get("/api/card?id=centre-d-accueil-saint-michel&lang=fr").json
        #expect(card["placeText"] as? String == "Montréal, Québec, H2A 1A1, Saint-Léonard—Saint-Michel")
        #expect(card["recipientTypeName"] as? String == "organisme sans but lucratif")
        #expect((card["projects"] as? [Any])?.count == 3)
    }

    @Test func anEditIsCheckedHeldAndSavedChangingOnlyItsLines() async throws {
        let server = try await Self.start()
        let original = try String(contentsOfFile: server.file, encoding: .utf8)
        let page = try await server.pageToken()
        // A mistake: nothing changes, and the problem names the field.
        let wrong = try await server.post(
            "/api/edit", json: #"{"action":"add","section":"memberships","fields":{"organisation":"binam","body":"nobody-council","role":"member"}}"#, page: page)
        #expect(wrong.status == 422)
        let problems = wrong.json["problems"] as? [[String: Any]] ?? []
        #expect(problems.contains { ($0["field"] as? String) == "body" }, "\(wrong.text)")
        #expect(try await server.get("/api/state").json["unsaved"] as? Int == 0)
        // Without the mistake: held, not written.
        let right = try await server.post(
            "/api/edit",
            json: #"{"action":"add","section":"organisations","fields":{"id":"bibliotheque","name":"Bibliothèques de Montréal","type":"municipal","sectors":["education"]}}"#,
            page: page)
        #expect(right.status == 200, "\(right.text)")
        #expect(try String(contentsOfFile: server.file, encoding: .utf8) == original)
        #expect(try await server.get("/api/organisations").text.contains("Bibliothèques de Montréal"))
        // Saved: the file gains the entry's lines and nothing else changes.
        #expect(try await server.post("/api/save", page: page).status == 200)
        let saved = try String(contentsOfFile: server.file, encoding: .utf8)
        let added = "  - id: \"bibliotheque\"\n    name: \"Bibliothèques de Montréal\"\n    type: municipal\n    sectors: [\"education\"]\n"
        #expect(saved.count == original.count + added.count && saved.contains(added))
        #expect(saved.replacingOccurrences(of: added, with: "") == original)
        #expect(try await server.post("/api/save", page: page).status == 409)  // nothing left to save
    }

    @Test func anOutsideChangeIsReadAndNeverOverwritten() async throws {
        let server = try await Self.start()
        let page = try await server.pageToken()
        let edit = #"{"action":"change","section":"organisations","position":0,"fields":{"area":"Ville-Marie"}}"#
        #expect(try await server.post("/api/edit", json: edit, page: page).status == 200)
        // Another program adds a comment: the page reads it and keeps the unsaved change.
        let outside = try String(contentsOfFile: server.file, encoding: .utf8) + "# edited in another program\n"
        try outside.write(toFile: server.file, atomically: false, encoding: .utf8)
        let state = try await server.get("/api/state").json
        #expect(state["unsaved"] as? Int == 1)
        #expect(((state["notice"] as? [String: Any])?["text"] as? String)?.contains("changed in another program") == true)
        #expect(try await server.post("/api/save", page: page).status == 200)
        let saved = try String(contentsOfFile: server.file, encoding: .utf8)
        #expect(saved.hasSuffix("# edited in another program\n") && saved.contains("    area: \"Ville-Marie\"\n"))
        // A change on disk between an edit and its save: the save is refused, the file kept.
        #expect(try await server.post("/api/edit", json: #"{"action":"remove","section":"partnerships","position":0}"#, page: page).status == 200)
        try (saved + "# again\n").write(toFile: server.file, atomically: false, encoding: .utf8)
        let refused = try await server.post("/api/save", page: page)
        #expect(refused.status == 409)
        #expect(try String(contentsOfFile: server.file, encoding: .utf8) == saved + "# again\n")
    }

    @Test func aWindowsFileKeepsItsByteOrderMarkAndLineBreaks() async throws {
        let windows = { (data: Data) in Data([0xEF, 0xBB, 0xBF]) + Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8) }
        let server = try await Self.start(as: windows)
        let original = try Data(contentsOf: URL(fileURLWithPath: server.file))
        let page = try await server.pageToken()
        let edit = #"{"action":"change","section":"organisations","position":0,"fields":{"name":"Ville de Montréal (Service de la diversité)"}}"#
        #expect(try await server.post("/api/edit", json: edit, page: page).status == 200)
        #expect(try await server.post("/api/save", page: page).status == 200)
        let saved = try Data(contentsOf: URL(fileURLWithPath: server.file))
        let before = String(decoding: original, as: UTF8.self)
        let after = String(decoding: saved, as: UTF8.self)
        #expect(saved.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(after == before.replacingOccurrences(of: "    name: Ville de Montréal\r\n", with: "    name: \"Ville de Montréal (Service de la diversité)\"\r\n"))
    }

    @Test func undoTakesBackTheLastUnsavedEdits() async throws {
        let server = try await Self.start()
        let page = try await server.pageToken()
        let before = try await server.get("/api/organisations").text
        for area in ["Nord", "Sud"] {
            let edit = #"{"action":"change","section":"organisations","position":1,"fields":{"area":"AREA"}}"#.replacingOccurrences(of: "AREA", with: area)
            #expect(try await server.post("/api/edit", json: edit, page: page).status == 200)
        }
        #expect(try await server.get("/api/state").json["unsaved"] as? Int == 2)
        #expect(try await server.post("/api/undo", page: page).json["unsaved"] as? Int == 1)
        #expect(try await server.get("/api/organisations").text.contains("\"area\" : \"Nord\""))
        #expect(try await server.post("/api/undo", page: page).json["unsaved"] as? Int == 0)
        #expect(try await server.get("/api/organisations").text == before)
        #expect(try await server.post("/api/undo", page: page).status == 409)
    }

    @Test func theAPIDescriptionListsEveryPathTheServerAnswers() throws {
        let document = try JSONSerialization.jsonObject(with: Data(WorkspaceAssets.openAPI.utf8)) as! [String: Any]
        let documented = Set((document["paths"] as! [String: Any]).keys)
        let answered = WorkspaceAPI.paths.filter { $0.hasPrefix("/api/") && $0 != "/api/openapi.json" }
        #expect(documented == answered)
        let onDisk = try String(contentsOfFile: Self.root + "/docs/workspace-api.json", encoding: .utf8)
        #expect(onDisk == WorkspaceAssets.openAPI, "docs/workspace-api.json changed: run python3 script/embed-resources.py")
        for (file, text) in [("workspace.html", WorkspaceAssets.page), ("workspace.js", WorkspaceAssets.script), ("workspace.css", WorkspaceAssets.style)] {
            let source = try String(contentsOfFile: Self.root + "/Sources/PartnerMapServer/Page/" + file, encoding: .utf8)
            #expect(source == text, "\(file) changed: run python3 script/embed-resources.py")
        }
    }
}
