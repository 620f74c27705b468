import Testing

@testable import PartnerMap

/// A large file's entries are held packed as bytes and made into records again when the
/// builder reads them: each must come back as it went in, field for field, line for line.
@Suite struct PackedRecordsTests {
    /// Everything a record holds, as text: two records are the same when these are.
    static func written(_ record: RawRecord) -> String {
        let fields = record.fields.map { key, value -> String in
            let kind: String
            switch value.kind {
            case .scalar(let text): kind = "scalar " + text.debugDescription
            case .list(let items): kind = "list " + items.map(\.debugDescription).joined(separator: ",")
            case .null: kind = "null"
            case .nested: kind = "nested"
            }
            return "\(key.debugDescription)@\(value.line): \(kind)"
        }
        return "line \(record.line) [" + fields.joined(separator: "; ") + "]"
    }

    /// Records of every kind of field and of the sizes where a variable-length number takes a
    /// second or third byte.
    static let records: [RawRecord] = {
        var plain = RawRecord(line: 7)
        plain.fields = [
            ("id", RawValue(kind: .scalar("org-a"), line: 7)),
            ("name", RawValue(kind: .scalar("Centre d’accueil des nouveaux arrivants — Montréal 🇨🇦"), line: 8)),
            ("notes", RawValue(kind: .scalar(""), line: 9)),
            ("sectors", RawValue(kind: .list(["health", "", "employment"]), line: 10)),
            ("themes", RawValue(kind: .list([]), line: 12)),
            ("type", RawValue(kind: .null, line: 13)),
            ("area", RawValue(kind: .nested, line: 14)),
            // The same field twice: both kept, in order, as the builder reports it.
            ("id", RawValue(kind: .scalar("org-b"), line: 15)),
        ]
        var long = RawRecord(line: 3_000_000_000)
        long.fields = [
            ("objectives", RawValue(kind: .scalar(String(repeating: "é", count: 20_000)), line: 3_000_000_001)),
            // A field on a line before its entry's (a flow mapping's key cannot be, but the
            // packing must not care).
            ("before", RawValue(kind: .scalar("x"), line: 2_999_999_000)),
            ("items", RawValue(kind: .list((0..<300).map { "item \($0)" }), line: 3_000_000_002)),
        ]
        var many = RawRecord(line: 1)
        many.fields = (0..<200).map { ("field\($0)", RawValue(kind: .scalar("\($0)"), line: 1 + $0 * 1_000)) }
        return [plain, RawRecord(line: 0), long, many, plain]
    }()

    @Test func everyRecordComesBackAsItWasPacked() {
        let packed = PackedRecords(Self.records)
        #expect(packed.count == Self.records.count)
        for (position, record) in Self.records.enumerated() {
            #expect(Self.written(packed.record(at: position)) == Self.written(record))
        }
    }

    /// A section is packed in pieces on all cores and the pieces joined: positions run on.
    @Test func joinedPacksKeepTheirOrder() {
        var joined = PackedRecords()
        joined.append(contentsOf: PackedRecords(Array(Self.records[0..<2])))
        joined.append(contentsOf: PackedRecords())
        joined.append(contentsOf: PackedRecords(Array(Self.records[2...])))
        #expect(joined.count == Self.records.count)
        #expect((0..<joined.count).map { Self.written(joined.record(at: $0)) } == Self.records.map(Self.written))
        #expect(joined.byteCount == PackedRecords(Self.records).byteCount)
    }

    /// The point of packing: an entry takes about the bytes it was written with.
    @Test func packedEntriesTakeAboutTheirTextsBytes() {
        var record = RawRecord(line: 12_345)
        record.fields = [
            ("from", RawValue(kind: .scalar("GB-CHC-1234567"), line: 12_345)),
            ("to", RawValue(kind: .scalar("360G-funder-grant-000123"), line: 12_346)),
            ("amount", RawValue(kind: .scalar("12500.00"), line: 12_347)),
        ]
        let texts = record.fields.reduce(0) { $0 + $1.key.utf8.count + ($1.value.kind.text?.utf8.count ?? 0) }
        #expect(PackedRecords([record]).byteCount <= texts + 3 + 3 * 4)
    }
}

extension RawValue.Kind {
    fileprivate var text: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }
}
