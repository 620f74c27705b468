/// A long section's entries held as bytes, each made into a ``RawRecord`` again when it is read.
///
/// A record keeps every field as a key, a value and a line, each text its own allocation: for a
/// million funding entries that is about a gigabyte, held from the moment the file is read until
/// its section is built, on top of the file's text and the network being built. Packed, an entry
/// takes about the bytes it was written with. Reading one back gives the same record, field for
/// field (tested against the records it was packed from).
///
/// The layout of an entry: its line, its number of fields, then each field's key, its line less
/// the entry's, its kind and its value (a text, or a list's length and texts). Numbers are
/// variable-length (seven bits a byte), signed ones zigzag-coded; texts are their length and
/// their UTF-8 bytes.
struct PackedRecords {
    private var bytes: [UInt8] = []
    /// Where each entry starts in `bytes`.
    private var starts: [Int] = []

    var count: Int { starts.count }

    init() {}

    init(_ records: [RawRecord]) {
        for record in records { append(record) }
    }

    mutating func reserveCapacity(records: Int, bytes count: Int) {
        starts.reserveCapacity(records)
        bytes.reserveCapacity(count)
    }

    /// The bytes held, for sizing a section made of several packs.
    var byteCount: Int { bytes.count }

    mutating func append(_ record: RawRecord) {
        starts.append(bytes.count)
        appendNumber(UInt64(record.line))
        appendNumber(UInt64(record.fields.count))
        for (key, value) in record.fields {
            appendText(key)
            appendNumber(Self.zigzag(value.line - record.line))
            switch value.kind {
            case .scalar(let text):
                bytes.append(Tag.scalar.rawValue)
                appendText(text)
            case .list(let items):
                bytes.append(Tag.list.rawValue)
                appendNumber(UInt64(items.count))
                for item in items { appendText(item) }
            case .null: bytes.append(Tag.null.rawValue)
            case .nested: bytes.append(Tag.nested.rawValue)
            }
        }
    }

    /// Appends every entry of `other`, in order.
    mutating func append(contentsOf other: PackedRecords) {
        let offset = bytes.count
        starts.append(contentsOf: other.starts.lazy.map { $0 + offset })
        bytes.append(contentsOf: other.bytes)
    }

    /// The entry at `position`, as it was appended.
    func record(at position: Int) -> RawRecord {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, position: starts[position])
            var record = RawRecord(line: Int(reader.number()))
            let fieldCount = Int(reader.number())
            record.fields.reserveCapacity(fieldCount)
            for _ in 0..<fieldCount {
                let key = reader.text()
                let line = record.line + Self.unzigzag(reader.number())
                let kind: RawValue.Kind
                switch Tag(rawValue: reader.byte()) {
                case .scalar: kind = .scalar(reader.text())
                case .list:
                    let itemCount = Int(reader.number())
                    var items: [String] = []
                    items.reserveCapacity(itemCount)
                    for _ in 0..<itemCount { items.append(reader.text()) }
                    kind = .list(items)
                case .null: kind = .null
                case .nested, nil: kind = .nested
                }
                record.fields.append((key, RawValue(kind: kind, line: line)))
            }
            return record
        }
    }

    private enum Tag: UInt8 {
        case scalar, list, null, nested
    }

    private mutating func appendNumber(_ number: UInt64) {
        var rest = number
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            appendNumber(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    private static func zigzag(_ number: Int) -> UInt64 {
        UInt64(bitPattern: Int64((number << 1) ^ (number >> (Int.bitWidth - 1))))
    }

    private static func unzigzag(_ number: UInt64) -> Int {
        Int(truncatingIfNeeded: number >> 1) ^ -Int(truncatingIfNeeded: number & 1)
    }

    /// Reads an entry's numbers and texts in the order they were appended.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int

        mutating func byte() -> UInt8 {
            defer { position += 1 }
            return bytes[position]
        }

        mutating func number() -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = byte()
                result |= UInt64(next & 0x7F) << shift
                guard next & 0x80 != 0 else { return result }
                shift += 7
            }
        }

        mutating func text() -> String {
            let length = Int(number())
            defer { position += length }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
        }
    }
}
