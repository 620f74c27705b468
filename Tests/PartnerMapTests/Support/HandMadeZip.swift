import Foundation

@testable import PartnerMap

/// ZIP archives written byte by byte, so that a test can make the damaged and hostile ones no
/// archiver writes: a deflate stream cut inside a block, entries that share their bytes, sheets
/// that all point at one part.
enum HandMadeZip {
    struct Entry {
        var path: String
        /// The bytes stored for the entry (compressed when `method` is 8).
        var stored: Data
        /// The entry's content once expanded, for its size and CRC.
        var content: Data
        var method: UInt16

        /// An entry stored as it is.
        static func plain(_ path: String, _ text: String) -> Entry {
            Entry(path: path, stored: Data(text.utf8), content: Data(text.utf8), method: 0)
        }

        /// An entry whose deflate stream is given as raw bytes, with the content it claims.
        static func deflated(_ path: String, stream: Data, claiming content: Data) -> Entry {
            Entry(path: path, stored: stream, content: content, method: 8)
        }
    }

    /// A minimal workbook: a sheet per (name, part), the relationships, and the parts given.
    static func workbook(sheets: [(name: String, part: String)], parts: [Entry]) -> Data {
        var sheetList = ""
        var relations = ""
        for (index, sheet) in sheets.enumerated() {
            sheetList += "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            relations +=
                "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"\(sheet.part)\"/>"
        }
        let workbook =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(sheetList)</sheets></workbook>"
        let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relations)</Relationships>"
        return archive([.plain("xl/workbook.xml", workbook), .plain("xl/_rels/workbook.xml.rels", rels)] + parts)
    }

    /// A sheet part with inline-string rows.
    static func sheetXML(_ rows: [[String]], doctype: String = "") -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (index, row) in rows.enumerated() {
            xml += "<row r=\"\(index + 1)\">"
            for cell in row { xml += "<c t=\"inlineStr\"><is><t>\(cell)</t></is></c>" }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// The archive's bytes: local headers and data, then the central directory.
    static func archive(_ entries: [Entry], sharingFirstEntry extra: Int = 0) -> Data {
        var out = Data()
        var directory = Data()
        func u16(_ value: Int, _ data: inout Data) { data.append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]) }
        func u32(_ value: Int, _ data: inout Data) {
            u16(value & 0xFFFF, &data)
            u16(value >> 16 & 0xFFFF, &data)
        }
        var offsets: [Int] = []
        for entry in entries {
            let name = Data(entry.path.utf8)
            let crc = Int(ZipArchiveReader.crc32(entry.content))
            offsets.append(out.count)
            u32(0x0403_4B50, &out)
            u16(20, &out)
            u16(0x0800, &out)
            u16(Int(entry.method), &out)
            u32(0, &out)
            u32(crc, &out)
            u32(entry.stored.count, &out)
            u32(entry.content.count, &out)
            u16(name.count, &out)
            u16(0, &out)
            out += name
            out += entry.stored
        }
        for (index, entry) in entries.enumerated() {
            let name = Data(entry.path.utf8)
            u32(0x0201_4B50, &directory)
            u16(20, &directory)
            u16(20, &directory)
            u16(0x0800, &directory)
            u16(Int(entry.method), &directory)
            u32(0, &directory)
            u32(Int(ZipArchiveReader.crc32(entry.content)), &directory)
            u32(entry.stored.count, &directory)
            u32(entry.content.count, &directory)
            u16(name.count, &directory)
            u16(0, &directory)
            u16(0, &directory)
            u16(0, &directory)
            u16(0, &directory)
            u32(0, &directory)
            u32(offsets[index], &directory)
            directory += name
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

    /// A raw deflate stream of stored blocks holding `content`.
    static func storedBlocks(_ content: Data) -> Data {
        var out = Data()
        var rest = content[...]
        repeat {
            let piece = rest.prefix(65_535)
            rest = rest.dropFirst(piece.count)
            out.append(rest.isEmpty ? 1 : 0)
            out.append(contentsOf: [UInt8(piece.count & 0xFF), UInt8(piece.count >> 8), UInt8(~piece.count & 0xFF), UInt8(~piece.count >> 8 & 0xFF)])
            out += piece
        } while !rest.isEmpty
        return out
    }
}
