/// Where each entry of one section of a JSON network file sits, as byte ranges: the section's
/// array, each element, and the root object's closing brace, so that an edit replaces one
/// element's bytes and leaves every other byte as it was. Text the scan cannot read as a JSON
/// object gives `nil` (the loader says what is wrong with it).
struct JSONEntrySpans {
    /// The `[` of the section's array; `nil` when the file has no such section.
    var arrayOpen: Int?
    /// The `]` of the section's array.
    var arrayClose: Int = 0
    var elements: [Range<Int>] = []
    /// The root object's `}`.
    var rootClose: Int = 0
    /// True when the root object has no member at all.
    var rootEmpty = true

    init?(section: String, in bytes: [UInt8]) {
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        scanner.skipSpace()
        if scanner.take(UInt8(ascii: "}")) {
            rootClose = scanner.position - 1
            return
        }
        while true {
            scanner.skipSpace()
            guard let key = scanner.string() else { return nil }
            rootEmpty = false
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipSpace()
            if key == section, scanner.peek == UInt8(ascii: "[") {
                arrayOpen = scanner.position
                scanner.position += 1
                scanner.skipSpace()
                if !scanner.take(UInt8(ascii: "]")) {
                    while true {
                        scanner.skipSpace()
                        let start = scanner.position
                        guard scanner.skipValue() else { return nil }
                        elements.append(start..<scanner.position)
                        scanner.skipSpace()
                        if scanner.take(UInt8(ascii: "]")) { break }
                        guard scanner.take(UInt8(ascii: ",")) else { return nil }
                    }
                }
                arrayClose = scanner.position - 1
            } else {
                guard scanner.skipValue() else { return nil }
            }
            scanner.skipSpace()
            if scanner.take(UInt8(ascii: "}")) {
                rootClose = scanner.position - 1
                return
            }
            guard scanner.take(UInt8(ascii: ",")) else { return nil }
        }
    }

    /// A forward reader of JSON bytes that skips values without building them.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            position += 1
            return true
        }

        /// A string's text (escapes left as written, enough to compare with a section's name).
        mutating func string() -> String? {
            let start = position
            guard skipString() else { return nil }
            return String(decoding: bytes[(start + 1)..<(position - 1)], as: UTF8.self)
        }

        mutating func skipString() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while let byte = peek {
                position += 1
                if byte == UInt8(ascii: "\\") {
                    position += 1
                } else if byte == UInt8(ascii: "\"") {
                    return true
                }
            }
            return false
        }

        mutating func skipValue() -> Bool {
            guard let byte = peek else { return false }
            switch byte {
            case UInt8(ascii: "\""): return skipString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while let next = peek {
                    switch next {
                    case UInt8(ascii: "\""):
                        guard skipString() else { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 {
                            position += 1
                            return true
                        }
                    default: break
                    }
                    position += 1
                }
                return false
            default:
                let start = position
                while let next = peek, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09].contains(next) { position += 1 }
                return position > start
            }
        }
    }
}
