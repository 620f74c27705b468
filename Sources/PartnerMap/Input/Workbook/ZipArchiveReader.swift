import CZlibInflate
import Foundation

/// A ZIP archive held in memory (a workbook, a ZIP of CSV files), read by PartnerMap itself so
/// that every read is bounded by the file's own bytes.
///
/// Why not a ZIP library's reader: a damaged file must end in a message, never in a trap or a
/// loop. ZIPFoundation's in-memory reader traps on an offset past the end of the file, and its
/// inflate loop never ends when a deflate stream stops before its last block (a 1.1 KB workbook
/// cut inside a stored block kept `summary` spinning forever). Here every record the central
/// directory points to is checked to lie inside the file before anything is read, an entry's
/// deflate stream is given exactly its compressed bytes, and it must end (zlib's stream end)
/// within them, expand to at most the limit asked for, and match its CRC-32. ZIP64 archives,
/// which no workbook or survey export needs, and encrypted entries are refused.
struct ZipArchiveReader {
    /// One file or folder in the archive, as its central directory record describes it.
    struct Entry {
        /// The entry's path in the archive (`xl/worksheets/sheet1.xml`).
        var path: String
        /// 0 stored, 8 deflated; any other method is refused when the entry is read.
        var method: Int
        var flags: Int
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the entry's compressed bytes start in the archive.
        var dataStart: Int

        var isFolder: Bool { path.hasSuffix("/") }
    }

    /// Why an entry could not be read.
    enum Fault: Error, Equatable {
        /// Cut short, altered, encrypted, an unknown method, or a CRC that does not match.
        case damaged
        /// It expands to more than the limit asked for.
        case tooLarge
    }

    let data: Data
    /// The entries in the central directory's order.
    private(set) var entries: [Entry] = []
    private var byPath: [String: Int] = [:]

    /// Reads the archive's central directory; `nil` when it is not a ZIP archive whose records
    /// all lie inside the file.
    init?(_ data: Data) {
        self.data = data
        guard let entries = Self.directory(of: data) else { return nil }
        self.entries = entries
        for (index, entry) in entries.enumerated() where byPath[entry.path] == nil { byPath[entry.path] = index }
    }

    /// The entry at `path` (the first when a damaged archive names it twice).
    subscript(path: String) -> Entry? { byPath[path].map { entries[$0] } }

    /// The entry's bytes, expanded, at most `limit` of them.
    func read(_ entry: Entry, limit: Int) -> Result<Data, Fault> {
        guard entry.uncompressedSize <= limit else { return .failure(.tooLarge) }
        guard let inflater = ZipEntryInflater(data, entry: entry, limit: limit) else { return .failure(.damaged) }
        var expanded = Data(count: entry.uncompressedSize)
        var filled = 0
        let read = expanded.withUnsafeMutableBytes { raw -> Bool in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return true }
            while filled < raw.count {
                guard let count = inflater.read(into: base + filled, maxLength: raw.count - filled) else { return false }
                if count == 0 { break }
                filled += count
            }
            return true
        }
        guard read else { return .failure(inflater.fault ?? .damaged) }
        // Whatever comes after the recorded size makes the entry too large or damaged.
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            guard let count = scratch.withUnsafeMutableBufferPointer({ inflater.read(into: $0.baseAddress!, maxLength: $0.count) }) else {
                return .failure(inflater.fault ?? .damaged)
            }
            if count == 0 { break }
        }
        guard filled == entry.uncompressedSize, inflater.isComplete else { return .failure(.damaged) }
        return .success(expanded)
    }

    /// The entry's bytes as a stream that expands them as it is read (``ZipEntryInflater``):
    /// for a part too large to hold, read once to check it and again to parse it.
    func stream(_ entry: Entry, limit: Int) -> ZipEntryInflater? {
        guard entry.uncompressedSize <= limit else { return nil }
        return ZipEntryInflater(data, entry: entry, limit: limit)
    }

    static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { raw -> UInt32 in
            var crc = CZlibInflate.crc32(0, nil, 0)
            var offset = 0
            // zlib's crc32 takes a 32-bit length.
            while offset < raw.count {
                let length = min(raw.count - offset, 1 << 30)
                crc = CZlibInflate.crc32(crc, raw.baseAddress!.advanced(by: offset).assumingMemoryBound(to: Bytef.self), uInt(length))
                offset += length
            }
            return UInt32(crc)
        }
    }

    /// The central directory's entries, each checked to point inside the file; `nil` when the
    /// file has no end record, is ZIP64, or any record lies outside it.
    private static func directory(of data: Data) -> [Entry]? {
        data.withUnsafeBytes { directory(of: $0) }
    }

    private static func directory(of bytes: UnsafeRawBufferPointer) -> [Entry]? {
        let count = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end of central directory record: 22 bytes, then a comment of up to 65,535.
        guard count >= 22 else { return nil }
        var end = -1
        var position = count - 22
        while position >= max(0, count - 22 - 65_535) {
            if u32(position) == 0x0605_4B50 {
                end = position
                break
            }
            position -= 1
        }
        guard end >= 0 else { return nil }
        let count16 = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryStart = u32(end + 16)
        guard count16 != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryStart != 0xFFFF_FFFF, directoryStart + directorySize <= end else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(count16)
        var record = directoryStart
        // Two entries over the same bytes (a ZIP bomb's trick: one megabyte read as a thousand
        // parts) make the archive damaged; no archiver writes them.
        var localHeaders: Set<Int> = []
        for _ in 0..<count16 {
            guard record + 46 <= directoryStart + directorySize, u32(record) == 0x0201_4B50 else { return nil }
            let flags = u16(record + 8)
            let method = u16(record + 10)
            let crc = UInt32(u32(record + 16))
            let compressedSize = u32(record + 20)
            let uncompressedSize = u32(record + 24)
            let nameLength = u16(record + 28)
            let extraLength = u16(record + 30)
            let commentLength = u16(record + 32)
            let local = u32(record + 42)
            guard compressedSize != 0xFFFF_FFFF, uncompressedSize != 0xFFFF_FFFF, local != 0xFFFF_FFFF,
                local + 30 <= count, u32(local) == 0x0403_4B50, record + 46 + nameLength <= directoryStart + directorySize
            else { return nil }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart + compressedSize <= count, localHeaders.insert(local).inserted else { return nil }
            let name = Array(bytes[(record + 46)..<(record + 46 + nameLength)])
            entries.append(
                Entry(
                    path: pathText(name, utf8Flag: flags & 0x0800 != 0), method: method, flags: flags, crc32: crc,
                    compressedSize: compressedSize, uncompressedSize: uncompressedSize, dataStart: dataStart))
            record += 46 + nameLength + extraLength + commentLength
            guard record <= directoryStart + directorySize else { return nil }
        }
        return entries
    }

    /// An entry's name: UTF-8 when flagged or valid as UTF-8 (most tools write it unflagged),
    /// otherwise code page 437, the format's original encoding.
    static func pathText(_ bytes: [UInt8], utf8Flag: Bool) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if utf8Flag { return String(decoding: bytes, as: UTF8.self) }
        return String(bytes.map { $0 < 0x80 ? Character(Unicode.Scalar($0)) : codePage437High[Int($0) - 0x80] })
    }

    private static let codePage437High = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}")
}
