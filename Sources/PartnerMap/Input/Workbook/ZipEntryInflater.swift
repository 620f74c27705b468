import CZlibInflate
import Foundation

/// An entry of a ZIP archive expanded a chunk at a time, as its reader asks for bytes.
///
/// A national grants workbook's sheet expands to a gigabyte of XML: held whole, it was the
/// largest thing the import held. Read through this, no more than a chunk of it is ever in
/// memory. It keeps the archive's guarantees as it goes: the deflate stream is given exactly the
/// entry's compressed bytes and must end (zlib's stream end) within them, the entry may expand
/// to at most the limit asked for, and at its end the bytes must number what the archive
/// records and match its CRC-32. Any of these that fails makes ``read(into:maxLength:)`` return
/// `nil`, and ``fault`` says which.
final class ZipEntryInflater {
    private let archive: Data
    private let entry: ZipArchiveReader.Entry
    private let limit: Int
    private var stream = z_stream()
    private var streamOpen = false
    /// Compressed bytes not yet handed to zlib start here (relative to the entry's data).
    private var inputOffset = 0
    /// A copy of the next compressed bytes, which zlib reads from (the archive's bytes cannot be
    /// lent across calls).
    private var input: UnsafeMutablePointer<UInt8>
    private static let inputSize = 1 << 16
    private var produced = 0
    private var crc: uLong
    private var ended = false
    private var streamEnded = false
    /// Why reading stopped, when it did before the end.
    private(set) var fault: ZipArchiveReader.Fault?

    /// An inflater for `entry` of the archive `data`; `nil` for an encrypted entry or an unknown
    /// method (``fault`` is not set: the entry is damaged).
    init?(_ data: Data, entry: ZipArchiveReader.Entry, limit: Int) {
        guard entry.flags & 0x01 == 0, [0, 8].contains(entry.method) else { return nil }
        archive = data
        self.entry = entry
        self.limit = limit
        input = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.inputSize)
        crc = CZlibInflate.crc32(0, nil, 0)
        if entry.method == 8 {
            guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                input.deallocate()
                return nil
            }
            streamOpen = true
        }
    }

    deinit {
        if streamOpen { inflateEnd(&stream) }
        input.deallocate()
    }

    /// Whether every byte has been read and found whole.
    var isComplete: Bool { ended && fault == nil }

    /// Up to `maxLength` expanded bytes into `buffer`: how many (0 at the entry's end, once its
    /// size and CRC-32 are found right), or `nil` when the entry is damaged or too large.
    func read(into buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int? {
        guard fault == nil else { return nil }
        guard !ended, maxLength > 0 else { return 0 }
        let count: Int
        switch entry.method {
        case 0:
            count = min(maxLength, entry.compressedSize - inputOffset)
            let start = archive.startIndex + entry.dataStart + inputOffset
            archive.copyBytes(to: buffer, from: start..<start + count)
            inputOffset += count
        default:
            guard let inflated = inflate(into: buffer, maxLength: maxLength) else { return nil }
            count = inflated
        }
        produced += count
        guard produced <= limit else { return stop(.tooLarge) }
        crc = CZlibInflate.crc32(crc, buffer, uInt(count))
        if count == 0 || (entry.method == 0 && inputOffset == entry.compressedSize) { ended = true }
        if ended {
            guard produced == entry.uncompressedSize, UInt32(crc) == entry.crc32 else { return stop(.damaged) }
        }
        return count
    }

    /// Inflates into `buffer` until it holds something or the stream ends (0).
    private func inflate(into buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int? {
        guard !streamEnded else { return 0 }
        let room = min(maxLength, Int(uInt.max))
        stream.next_out = buffer
        stream.avail_out = uInt(room)
        while Int(stream.avail_out) == room {
            if stream.avail_in == 0, inputOffset < entry.compressedSize {
                let count = min(Self.inputSize, entry.compressedSize - inputOffset)
                let start = archive.startIndex + entry.dataStart + inputOffset
                archive.copyBytes(to: input, from: start..<start + count)
                inputOffset += count
                stream.next_in = input
                stream.avail_in = uInt(count)
            }
            switch CZlibInflate.inflate(&stream, Z_NO_FLUSH) {
            case Z_STREAM_END:
                // The end comes within the entry's compressed bytes: it is never given more.
                streamEnded = true
                return room - Int(stream.avail_out)
            case Z_OK: continue
            // No progress is possible: the input ran out before the stream's end.
            default: return stop(.damaged)
            }
        }
        return room - Int(stream.avail_out)
    }

    private func stop(_ reason: ZipArchiveReader.Fault) -> Int? {
        fault = reason
        return nil
    }
}
