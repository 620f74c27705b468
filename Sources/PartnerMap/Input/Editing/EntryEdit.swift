/// One change a coordinator makes to her network file from a form: add an entry, change some
/// of an entry's fields, or remove an entry. ``NetworkFileEditor`` applies it to the file's
/// text so that only that entry's lines change.
public struct EntryEdit: Sendable, Hashable, Codable {
    /// What the edit does.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        case add, change, remove
    }

    /// What the edit does.
    public var action: Action
    /// The section of the entry.
    public var section: NetworkSection
    /// Which entry a change or a removal is about: its place in the section, from 0, in file order.
    public var position: Int?
    /// The fields to set, by their name in the file (`name`, `sectors`, `amount`). A change
    /// leaves every field it does not name as it is; ``EditValue/none`` clears a field.
    public var fields: [String: EditValue]

    private enum CodingKeys: String, CodingKey {
        case action, section, position, fields
    }

    /// Reads an edit from JSON; `position` and `fields` may be left out (an addition has no
    /// position, a removal no fields).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        action = try container.decode(Action.self, forKey: .action)
        section = try container.decode(NetworkSection.self, forKey: .section)
        position = try container.decodeIfPresent(Int.self, forKey: .position)
        fields = try container.decodeIfPresent([String: EditValue].self, forKey: .fields) ?? [:]
    }

    /// An edit; each parameter is the property of the same name.
    public init(action: Action, section: NetworkSection, position: Int? = nil, fields: [String: EditValue] = [:]) {
        self.action = action
        self.section = section
        self.position = position
        self.fields = fields
    }
}

/// A field's value as a form sends it: a text, a number, yes or no, a list of texts, or
/// nothing (the field cleared). In JSON: a string, a number, a boolean, an array of strings
/// or `null`.
public enum EditValue: Sendable, Hashable, Codable {
    case text(String)
    case number(Double)
    case flag(Bool)
    case list([String])
    case none

    /// Reads a JSON value of any of the five forms.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .none
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .list(try container.decode([String].self))
        }
    }

    /// Writes the value in the JSON form it was read from.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .flag(let flag): try container.encode(flag)
        case .list(let items): try container.encode(items)
        case .none: try container.encodeNil()
        }
    }

    /// The value as the file would write it for a field of this kind; `nil` when the field is
    /// left out (an empty text or list, `false` for a flag the file writes only when true).
    /// What the file's rules refuse (a word that is not a number for an amount) is written as a
    /// text, so that loading the file says what is wrong in `validate`'s words.
    func fieldText(kind: FieldKind, writtenWhenFalse: Bool) -> FieldText? {
        switch (self, kind) {
        case (.none, _): return nil
        case (.flag(let flag), _): return flag || writtenWhenFalse ? .flag(flag) : nil
        case (.number(let number), _): return NetworkFileWriter.number(number)
        case (.list(let items), .list):
            let kept = items.map(\.trimmedWhitespace).filter { !$0.isEmpty }
            return kept.isEmpty ? nil : .list(kept)
        case (.list(let items), _): return EditValue.text(items.joined(separator: ", ")).fieldText(kind: kind, writtenWhenFalse: writtenWhenFalse)
        case (.text(let text), .list):
            return EditValue.list(text.split(separator: ",").map(String.init)).fieldText(kind: kind, writtenWhenFalse: writtenWhenFalse)
        case (.text(let text), _):
            let trimmed = text.trimmedWhitespace
            guard !trimmed.isEmpty else { return nil }
            switch kind {
            case .flag where trimmed == "true" || trimmed == "false": return EditValue.flag(trimmed == "true").fieldText(kind: kind, writtenWhenFalse: writtenWhenFalse)
            case .number where trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) && trimmed.filter({ $0 == "." }).count <= 1 && trimmed.first != ".":
                return Double(trimmed).map(NetworkFileWriter.number) ?? .text(trimmed)
            case .choice(let words) where words.contains(trimmed) && trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }): return .keyword(trimmed)
            default: return .text(trimmed)
            }
        }
    }
}
