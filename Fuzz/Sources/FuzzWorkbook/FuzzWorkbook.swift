import Foundation
import PartnerMap
import ZIPFoundation

/// Any bytes as a workbook: read as a network and as import tables, or refused; never a crash.
///
/// A ZIP's checksums turn nearly every mutation of a real workbook into "damaged", so inputs
/// that do not start with `PK` are the parts themselves, split at NUL bytes (a sheet's XML,
/// the shared strings, the styles, the workbook part) and packed into a valid workbook around
/// them: the fuzzer then reaches the XML readers. Inputs starting with 0xFE are a raw deflate
/// stream, packed as the sheet's part (method 8) by hand, so the fuzzer reaches the inflater
/// with streams that stop early, run long or lie about their size (ZIPFoundation's inflate
/// looped forever on one of them).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let workbook: Data
    if data.starts(with: [0x50, 0x4B]) {
        workbook = data
    } else if data.first == 0xFE {
        workbook = deflatedSheet(stream: data.dropFirst(), claimedSize: 4096)
    } else {
        let parts = data.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map { Data($0) }
        guard
            let packed = pack(
                sheet: parts[0], sharedStrings: parts.count > 1 ? parts[1] : nil,
                styles: parts.count > 2 ? parts[2] : nil, workbookPart: parts.count > 3 ? parts[3] : nil)
        else { return 0 }
        workbook = packed
    }
    if case .success(let read) = Workbook.read(data: workbook, file: "fuzz.xlsx") {
        _ = try? ImportTables.read(workbook: read).format
    }
    if let network = try? NetworkLoader.loadWorkbook(data: workbook, file: "fuzz.xlsx") {
        _ = CollaborationView.graph(of: network)
    }
    return 0
}

private let defaultWorkbook = Data(
    """
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="0"/><sheets><sheet name="organisations" sheetId="1" r:id="rId1"/></sheets></workbook>
    """.utf8)

private let relationships = Data(
    """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>\
    </Relationships>
    """.utf8)

private func pack(sheet: Data, sharedStrings: Data?, styles: Data?, workbookPart: Data?) -> Data? {
    guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
    var entries: [(String, Data)] = [
        ("xl/workbook.xml", workbookPart ?? defaultWorkbook), ("xl/_rels/workbook.xml.rels", relationships),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    if let sharedStrings { entries.append(("xl/sharedStrings.xml", sharedStrings)) }
    if let styles { entries.append(("xl/styles.xml", styles)) }
    for (path, bytes) in entries {
        guard
            (try? archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .none,
                provider: { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) })) != nil
        else { return nil }
    }
    return archive.data
}

/// A workbook whose sheet part is the given raw deflate stream, written byte by byte (no
/// archiver writes a stream it did not make); the size claimed is a guess the reader must check.
private func deflatedSheet(stream: Data, claimedSize: Int) -> Data {
    var out = Data()
    var directory = Data()
    func u16(_ value: Int, _ data: inout Data) { data.append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]) }
    func u32(_ value: Int, _ data: inout Data) {
        u16(value & 0xFFFF, &data)
        u16(value >> 16 & 0xFFFF, &data)
    }
    let entries: [(String, Data, Int, Int)] = [
        ("xl/workbook.xml", defaultWorkbook, 0, defaultWorkbook.count), ("xl/_rels/workbook.xml.rels", relationships, 0, relationships.count),
        ("xl/worksheets/sheet1.xml", stream, 8, claimedSize),
    ]
    for (path, bytes, method, size) in entries {
        let name = Data(path.utf8)
        let offset = out.count
        for data in [0, 1] {
            var record = Data()
            if data == 0 {
                u32(0x0403_4B50, &record)
                u16(20, &record)
            } else {
                u32(0x0201_4B50, &record)
                u16(20, &record)
                u16(20, &record)
            }
            u16(0, &record)
            u16(method, &record)
            u32(0, &record)
            u32(0, &record)
            u32(bytes.count, &record)
            u32(size, &record)
            u16(name.count, &record)
            u16(0, &record)
            if data == 0 {
                out += record + name + bytes
            } else {
                u16(0, &record)
                u16(0, &record)
                u16(0, &record)
                u32(0, &record)
                u32(offset, &record)
                directory += record + name
            }
        }
    }
    let start = out.count
    out += directory
    u32(0x0605_4B50, &out)
    u16(0, &out)
    u16(0, &out)
    u16(entries.count, &out)
    u16(entries.count, &out)
    u32(directory.count, &out)
    u32(start, &out)
    u16(0, &out)
    return out
}

/// SwiftPM links an executable's entry point under this name; hand it to libFuzzer's driver.
@_cdecl("FuzzWorkbook_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { data, size in fuzzWorkbook(data.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(("" as StaticString).utf8Start), size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
