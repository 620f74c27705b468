import Foundation

/// Reads a user's file as UTF-8 text, refusing what is not text before any parser sees it.
///
/// Empty files, binary files (a spreadsheet saved as .xlsx, an image) and text in another
/// encoding are turned into a ``Diagnostic`` instead of a parser's puzzling complaint.
public enum TextFile {
    /// Files larger than this are refused rather than read into memory.
    public static let sizeLimit = 1 << 30

    /// The file's text, or the problem with it, named by `displayName` (the path by default).
    public static func read(_ path: String, displayName: String? = nil) -> Result<String, Diagnostic> {
        let name = displayName ?? path
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > sizeLimit {
                return .failure(Diagnostic(file: name, line: nil, problem: .tooLarge(bytes: size, limit: sizeLimit)))
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return .failure(Diagnostic(file: name, line: nil, problem: FileManager.default.fileExists(atPath: path) ? .notRegularFile : .noSuchFile))
        }
        return decode(data, file: name)
    }

    /// The file's UTF-8 bytes (a byte-order mark left out), checked as ``read(_:displayName:)``
    /// checks the text, without a second copy as a `String`: a reader that scans bytes (a CSV
    /// table) holds a 350 MB grants file once rather than twice.
    static func readUTF8(_ path: String, displayName: String? = nil) -> Result<[UInt8], Diagnostic> {
        let name = displayName ?? path
        var bytes: [UInt8]
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let size = attributes[.size] as? Int ?? 0
            if size > sizeLimit {
                return .failure(Diagnostic(file: name, line: nil, problem: .tooLarge(bytes: size, limit: sizeLimit)))
            }
            guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
            defer { try? handle.close() }
            // Room for the whole file at once, so the array never holds two copies while it grows.
            bytes = []
            bytes.reserveCapacity(size)
            while let chunk = try handle.read(upToCount: 1 << 24), !chunk.isEmpty { bytes.append(contentsOf: chunk) }
        } catch {
            return .failure(Diagnostic(file: name, line: nil, problem: FileManager.default.fileExists(atPath: path) ? .notRegularFile : .noSuchFile))
        }
        // UTF-16 (rare: Excel's "Unicode text") goes through the text path.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return decode(Data(bytes), file: name).map { Array($0.utf8) }
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(Diagnostic(file: name, line: nil, problem: .emptyFile))
        }
        if bytes.withUnsafeBufferPointer({ looksBinary(Data($0.prefix(65536))[...]) }) {
            return .failure(Diagnostic(file: name, line: nil, problem: .binaryFile))
        }
        guard isUTF8(bytes) else { return .failure(Diagnostic(file: name, line: nil, problem: .notUTF8)) }
        return .success(bytes)
    }

    /// Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or code points past
    /// U+10FFFF), as `String(validating:as:)` decides, without making the string.
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(isUTF8)
    }

    /// Whether bytes already in memory (a workbook's part) are well-formed UTF-8, without a copy.
    static func isUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { isUTF8($0.bindMemory(to: UInt8.self)) }
    }

    private static func isUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        completeUTF8Prefix(buffer) == buffer.count
    }

    /// How many bytes from the start are whole, well-formed UTF-8 characters, when the rest (at
    /// most three bytes) is the start of one that the next bytes may finish; `nil` when the bytes
    /// are not UTF-8. For text read a chunk at a time: the rest goes in front of the next chunk.
    static func completeUTF8Prefix(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = buffer.count
        while index < count {
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, low) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: (length, high) = (3, 0x9F)
            case 0xF0: (length, low) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)
            default: return nil
            }
            guard index + length <= count else {
                // A character cut by the end of the bytes: what there is of it must be able to go on.
                if index + 1 < count, !(low...high).contains(buffer[index + 1]) { return nil }
                if index + 2 < count, !(0x80...0xBF).contains(buffer[index + 2]) { return nil }
                return index
            }
            guard (low...high).contains(buffer[index + 1]) else { return nil }
            for offset in 2..<length where !(0x80...0xBF).contains(buffer[index + offset]) { return nil }
            index += length
        }
        return count
    }

    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        // UTF-16 with its byte-order mark, as Excel's "Unicode text" writes it.
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = data.starts(with: [0xFF, 0xFE]) ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                return .failure(Diagnostic(file: file, line: nil, problem: .notUTF8))
            }
            return decode(Data(text.utf8), file: file)
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(Diagnostic(file: file, line: nil, problem: .emptyFile))
        }
        if looksBinary(bytes) {
            return .failure(Diagnostic(file: file, line: nil, problem: .binaryFile))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Diagnostic(file: file, line: nil, problem: .notUTF8))
        }
        return .success(text)
    }

    /// NUL bytes or the signatures of common binary formats (zip, PDF, PNG, old Office files).
    static func looksBinary(_ bytes: Data.SubSequence) -> Bool {
        let signatures: [[UInt8]] = [
            [0x50, 0x4B, 0x03, 0x04],  // zip: .xlsx, .ods, .docx
            [0x25, 0x50, 0x44, 0x46],  // %PDF
            [0x89, 0x50, 0x4E, 0x47],  // PNG
            [0xD0, 0xCF, 0x11, 0xE0],  // OLE: .xls, .doc
            [0xFF, 0xD8, 0xFF],  // JPEG
        ]
        if signatures.contains(where: { bytes.starts(with: $0) }) { return true }
        return bytes.prefix(65536).contains(0)
    }
}
