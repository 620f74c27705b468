import Foundation

/// Reads a 360Giving JSON package one grant at a time: the bytes of the top-level object are
/// walked, and each item of its `grants` list is parsed alone, so that a national file of a
/// million grants is never held as one tree of dictionaries (twelve times its size).
///
/// It only ever reads a well-formed package: anything it does not expect (another top-level
/// value, a second `grants`, an item that is not an object, a syntax error anywhere, text after
/// the end) makes it give up, and the importer reads the file whole as before, for the same
/// messages with their lines and columns.
struct GrantListScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var line = 1

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Hands `each` what `read` makes of each item of the `grants` list (its object and the
    /// line it starts on), in order; the number of items, or `nil` when the file is not a package
    /// it can read alone (some items may have been handed over by then: the caller starts again).
    ///
    /// Items are parsed and read on every core, a batch at a time: a batch's items are found by
    /// their brackets first, then parsed at once, and handed over in their order.
    static func scan<Item>(
        _ bytes: UnsafeBufferPointer<UInt8>, read: @escaping @Sendable ([String: Any], Int) -> Item, each: (Item) -> Void
    ) -> Int? {
        var scanner = GrantListScanner(bytes)
        let shared = SharedBytes(base: bytes)
        return scanner.package { batch in
            let items = DeterministicParallel.map(count: batch.count, minimum: 64) { index -> Item? in
                Self.object(in: batch[index].range, of: shared.base).map { read($0, batch[index].line) }
            }
            for item in items {
                guard let item else { return false }
                each(item)
            }
            return true
        }
    }

    /// Items handed over together: enough to keep every core busy, few enough to hold.
    static let batchSize = 4_096

    /// An item of the list: where its bytes are, and the line it starts on.
    struct ItemPlace: Sendable {
        var range: Range<Int>
        var line: Int
    }

    private mutating func package(_ batch: ([ItemPlace]) -> Bool) -> Int? {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var keys: Set<[UInt8]> = []
        var count: Int?
        skipSpace()
        if take(UInt8(ascii: "}")) { return nil }
        while true {
            skipSpace()
            guard let key = plainString(), keys.insert(key).inserted else { return nil }
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipSpace()
            if key == Array("grants".utf8) {
                guard let items = list(batch) else { return nil }
                count = items
            } else {
                guard let value = valueRange(), parses(value) else { return nil }
            }
            skipSpace()
            if take(UInt8(ascii: ",")) { continue }
            guard take(UInt8(ascii: "}")) else { return nil }
            break
        }
        skipSpace()
        return position == bytes.count ? count : nil
    }

    /// The `grants` list: its items found, and handed over a batch at a time (`batch` says
    /// whether they all parsed).
    private mutating func list(_ batch: ([ItemPlace]) -> Bool) -> Int? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var count = 0
        var waiting: [ItemPlace] = []
        waiting.reserveCapacity(Self.batchSize)
        skipSpace()
        if take(UInt8(ascii: "]")) { return 0 }
        while true {
            skipSpace()
            let startLine = line
            guard position < bytes.count, bytes[position] == UInt8(ascii: "{"), let range = valueRange() else { return nil }
            waiting.append(ItemPlace(range: range, line: startLine))
            count += 1
            if waiting.count == Self.batchSize {
                guard batch(waiting) else { return nil }
                waiting.removeAll(keepingCapacity: true)
            }
            skipSpace()
            if take(UInt8(ascii: ",")) { continue }
            guard take(UInt8(ascii: "]")), waiting.isEmpty || batch(waiting) else { return nil }
            return count
        }
    }

    private static func object(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> [String: Any]? {
        let data = Data(bytes: bytes.baseAddress! + range.lowerBound, count: range.count)
        return (try? JSONSerialization.jsonObject(with: data, options: [])) as? [String: Any]
    }

    /// Whether another top-level value (a string, a number, metadata) is valid JSON.
    private func parses(_ range: Range<Int>) -> Bool {
        let data = Data(bytes: bytes.baseAddress! + range.lowerBound, count: range.count)
        return (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
    }

    /// The bytes of the value that starts here (an object, a list, a string or a scalar),
    /// matched by brackets outside strings; its syntax is left to the parser.
    private mutating func valueRange() -> Range<Int>? {
        let start = position
        var depth = 0
        var inString = false
        while position < bytes.count {
            let byte = bytes[position]
            if inString {
                if byte == 0x0A { line += 1 }
                if byte == UInt8(ascii: "\\") {
                    position += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 {
                        position += 1
                        return start..<position
                    }
                }
                position += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return start < position ? start..<position : nil }
                depth -= 1
                if depth == 0 {
                    position += 1
                    return start..<position
                }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                if depth == 0 { return start < position ? start..<position : nil }
            default: break
            }
            if byte == 0x0A { line += 1 }
            position += 1
        }
        return depth == 0 && !inString && start < position ? start..<position : nil
    }

    /// A key without escapes, as its bytes; `nil` for anything else.
    private mutating func plainString() -> [UInt8]? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\"") {
                defer { position += 1 }
                return Array(bytes[start..<position])
            }
            position += 1
        }
        return nil
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x0A:
                line += 1
                position += 1
            case 0x20, 0x09, 0x0D: position += 1
            default: return
            }
        }
    }
}
