import Foundation

/// Whether every record a ZIP archive points to lies inside the bytes given, checked before
/// ZIPFoundation reads them: its in-memory reader traps on an offset past the end (found by
/// fuzzing a workbook whose central directory points beyond the file), where a damaged file
/// must be refused with a message. ZIP64 archives, which no workbook or survey export needs,
/// are refused too.
enum ZipBounds {
    static func check(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        let count = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end of central directory record: 22 bytes, then a comment of up to 65,535.
        guard count >= 22 else { return false }
        var end = -1
        var position = count - 22
        while position >= max(0, count - 22 - 65_535) {
            if u32(position) == 0x0605_4B50 {
                end = position
                break
            }
            position -= 1
        }
        guard end >= 0 else { return false }
        let entries = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryStart = u32(end + 16)
        guard entries != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryStart != 0xFFFF_FFFF,
            directoryStart + directorySize <= end
        else { return false }
        var record = directoryStart
        for _ in 0..<entries {
            guard record + 46 <= directoryStart + directorySize, u32(record) == 0x0201_4B50 else { return false }
            let flags = u16(record + 8)
            let compressedSize = u32(record + 20)
            let uncompressedSize = u32(record + 24)
            let nameLength = u16(record + 28)
            let extraLength = u16(record + 30)
            let commentLength = u16(record + 32)
            let local = u32(record + 42)
            guard compressedSize != 0xFFFF_FFFF, uncompressedSize != 0xFFFF_FFFF, local != 0xFFFF_FFFF,
                local + 30 <= count, u32(local) == 0x0403_4B50
            else { return false }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            let descriptor = flags & 0x08 != 0 ? 16 : 0
            guard dataStart + compressedSize + descriptor <= count else { return false }
            record += 46 + nameLength + extraLength + commentLength
            guard record <= directoryStart + directorySize else { return false }
        }
        return true
    }
}
