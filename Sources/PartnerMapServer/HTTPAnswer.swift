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

    /// The answer with its words typeset for `language` (French: no-break spaces before `: ; ? !`
    /// and inside « »), at the one place every message of the server and the page passes: the
    /// problem's `error` and each problem's `message` and `text` (a problem holds no yes-or-no
    /// values, only texts and whole numbers). Other answers are returned as they are.
    func typeset(for language: ReportLanguage) -> HTTPAnswer {
        guard language == .fr, status >= 400, let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { return self }
        func value(_ any: Any, key: String?) -> JSONValue {
            switch any {
            case let text as String: return ["error", "message", "text"].contains(key ?? "") ? .string(language.typeset(text)) : .string(text)
            case let number as NSNumber: return number.doubleValue == number.doubleValue.rounded() ? .integer(number.intValue) : .number(number.doubleValue)
            case let array as [Any]: return .array(array.map { value($0, key: key) })
            case let members as [String: Any]: return .object(Dictionary(uniqueKeysWithValues: members.map { ($0.key, value($0.value, key: $0.key)) }))
            default: return .null
            }
        }
        var answer = self
        answer.body = Data(((try? JSONOutput.string(value(object, key: nil))) ?? "{}").utf8)
        return answer
    }

    /// A file to download, named `filename` (ASCII letters, digits, `-` and `.` only: the name
    /// never carries a user's text).
    static func download(_ data: Data, contentType: String, filename: String) -> HTTPAnswer {
        HTTPAnswer(status: 200, contentType: contentType, body: data, headers: [("Content-Disposition", "attachment; filename=\"\(filename)\"")])
    }
}
