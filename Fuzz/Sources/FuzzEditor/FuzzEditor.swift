import Foundation
import PartnerMap

/// Any bytes as a network file edited from the workspace's forms: the first byte picks YAML or
/// JSON, the action, the section and the entry; the rest is the file. When the file loads, the
/// edit either is refused with a ``NetworkFileEditor/Failure`` or gives text, and then:
/// - a change that sends every field as it is gives the same bytes back;
/// - an edit whose result loads has one entry more (add), one fewer (remove) or as many (change)
///   in its section.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEditor(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 1 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let choice = Int(bytes[0])
    let syntax: NetworkFileEditor.Syntax = choice & 1 == 0 ? .yaml : .json
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    func load(_ text: String) -> Network? {
        switch syntax {
        case .yaml: try? NetworkLoader.network(yaml: text)
        case .json: try? NetworkLoader.network(json: text)
        }
    }
    guard let network = load(text) else { return 0 }
    let section = NetworkSection.allCases[(choice >> 1) % NetworkSection.allCases.count]
    let entries = section.count(in: network)
    let position = entries == 0 ? 0 : (choice >> 4) % entries
    func entriesIn(_ text: String) -> Int? { load(text).map(section.count(in:)) }
    switch (choice >> 3) % 3 {
    case 0 where entries > 0:
        // Every field sent back as it is: nothing changes.
        var fields: [String: EditValue] = [:]
        for field in NetworkFileWriter.fields(of: section, at: position, in: network) { fields[field.name] = field.value?.editValue }
        if let result = try? NetworkFileEditor.apply(EntryEdit(action: .change, section: section, position: position, fields: fields), to: text, syntax: syntax, network: network) {
            precondition(result.text == text, "a change of nothing changed the file")
        }
        let renamed = EntryEdit(action: .change, section: section, position: position, fields: ["notes": .text("fuzz")])
        if let result = try? NetworkFileEditor.apply(renamed, to: text, syntax: syntax, network: network), let after = entriesIn(result.text) {
            precondition(after == entries, "a change added or removed an entry")
        }
    case 1 where entries > 0:
        if let result = try? NetworkFileEditor.apply(EntryEdit(action: .remove, section: section, position: position), to: text, syntax: syntax, network: network),
            let after = entriesIn(result.text)
        {
            precondition(after == entries - 1, "a removal did not remove one entry")
        }
    default:
        let fields: [String: EditValue]
        switch section {
        case .organisations: fields = ["id": .text("fuzz-added"), "name": .text("Fuzz \"added\"\n# not a comment"), "type": .text("nonprofit")]
        case .projects: fields = ["id": .text("fuzz-project"), "name": .text("P"), "organisations": .list(network.organisations.prefix(1).map(\.id))]
        case .partnerships: fields = ["organisations": .list(network.organisations.suffix(2).map(\.id))]
        case .memberships: fields = ["organisation": .text(network.organisations.first?.id ?? "x"), "body": .text(network.organisations.last?.id ?? "y")]
        case .funding: fields = ["from": .text(network.organisations.first?.id ?? "x"), "to": .text(network.organisations.last?.id ?? "y"), "amount": .number(10)]
        }
        if let result = try? NetworkFileEditor.apply(EntryEdit(action: .add, section: section, fields: fields), to: text, syntax: syntax, network: network),
            let after = entriesIn(result.text)
        {
            precondition(after == entries + 1, "an addition did not add one entry")
        }
    }
    return 0
}

/// SwiftPM links an executable's entry point under this name; hand it to libFuzzer's driver.
@_cdecl("FuzzEditor_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { data, size in fuzzEditor(data.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(("" as StaticString).utf8Start), size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
