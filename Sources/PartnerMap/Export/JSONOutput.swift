import Foundation

/// JSON for scripts and researchers: keys sorted, so the same input always gives the same bytes.
public enum JSONOutput {
    /// A value as JSON with sorted keys, so that the same value gives the same bytes.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        if let json = value as? JSONValue { return JSONValueWriter.string(json) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
