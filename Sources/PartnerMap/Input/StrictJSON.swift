import Foundation

/// JSON read strictly (RFC 8259), as every JSON input is: a network file, a 360Giving file, a
/// Kumu blueprint. A syntax error names its line and column, which Foundation's message gives
/// only as a character offset.
enum StrictJSON {
    /// The parsed value, or where and why the text is not JSON.
    static func parse(_ text: String, file: String) -> Result<Any, Diagnostic> {
        let data = Data(text.utf8)
        do {
            return .success(try JSONSerialization.jsonObject(with: data, options: []))
        } catch {
            let nsError = error as NSError
            var detail = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
            var offset = nsError.userInfo["NSJSONSerializationErrorIndex"] as? Int
            if let range = detail.range(of: #" around (line \d+, column \d+|character \d+)"#, options: .regularExpression) {
                let place = detail[range]
                if offset == nil, let characters = place.range(of: #"\d+$"#, options: .regularExpression), place.contains("character") {
                    offset = Int(place[characters])
                }
                if let lineRange = place.range(of: #"line \d+"#, options: .regularExpression) {
                    let line = Int(place[lineRange].dropFirst(5))
                    detail.removeSubrange(range)
                    return .failure(Diagnostic(file: file, line: line, problem: .syntax(format: "JSON", detail: trimmed(detail))))
                }
                detail.removeSubrange(range)
            }
            guard let offset else {
                // Foundation says where a truncated document ends without an offset: it is the
                // end of the text, which is where the user must look.
                if detail.localizedCaseInsensitiveContains("end of file") || detail.localizedCaseInsensitiveContains("unexpected end") {
                    let (line, column) = place(of: data.count, in: data)
                    return .failure(
                        Diagnostic(
                            file: file, line: line,
                            problem: .syntax(format: "JSON", detail: "the file ends here (column \(column)) before its JSON is complete; is it cut short?")))
                }
                return .failure(Diagnostic(file: file, line: nil, problem: .syntax(format: "JSON", detail: trimmed(detail))))
            }
            let (line, column) = place(of: offset, in: data)
            return .failure(Diagnostic(file: file, line: line, problem: .syntax(format: "JSON", detail: "\(trimmed(detail)) (column \(column))")))
        }
    }

    /// Line and column (in characters) of a byte offset.
    static func place(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        let before = data.prefix(max(0, min(offset, data.count)))
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }

    private static func trimmed(_ detail: String) -> String {
        var detail = detail.trimmingCharacters(in: .whitespaces)
        if detail.hasSuffix(".") { detail.removeLast() }
        return detail
    }
}
