import Foundation
import PartnerMap

/// An answer of the workspace server, before it becomes an HTTP response: kept apart from the
/// HTTP library so that the API and its refusals are tested as plain values.
struct HTTPAnswer: Sendable, Error {
    var status: Int
    var contentType: String
    var body: Data
    /// Other headers (`Set-Cookie`, `Location`, `Content-Disposition`).
    var headers: [(String, String)] = []

    static func json(_ text: String, status: Int = 200) -> HTTPAnswer {
        HTTPAnswer(status: status, contentType: "application/json; charset=utf-8", body: Data(text.utf8))
    }

    static func json(_ value: JSONValue, status: Int = 200) -> HTTPAnswer {
        json((try? JSONOutput.string(value)) ?? "{}", status: status)
    }

    /// A refusal or failure: the status, and the problem in words (`{"status": 403, "error": "…"}`).
    static func problem(_ status: Int, _ message: String, details: [JSONValue] = []) -> HTTPAnswer {
        var object: [String: JSONValue] = ["status": .integer(status), "error": .string(message)]
        if !details.isEmpty { object["problems"] = .array(details) }
        return json(.object(object), status: status)
    }

    /// A file to download, named `filename` (ASCII letters, digits, `-` and `.` only: the name
    /// never carries a user's text).
    static func download(_ data: Data, contentType: String, filename: String) -> HTTPAnswer {
        HTTPAnswer(status: 200, contentType: contentType, body: data, headers: [("Content-Disposition", "attachment; filename=\"\(filename)\"")])
    }
}
