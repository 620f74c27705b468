import Foundation

/// Writes what a command produced where the user asked, without ever destroying what the
/// path stands for.
///
/// - `-` is standard output.
/// - A plain file (or a new one) is written whole or not at all: the data goes to a temporary
///   file in the same folder, renamed over the target in one step; a file that is replaced keeps
///   its permissions.
/// - A symbolic link is written through: the file it points to is replaced, the link stays.
/// - A FIFO, a terminal, a device, or anything under `/dev` or `/proc` (`/dev/stdout`) is
///   written directly, never replaced by a plain file.
/// - A folder is refused, and so is a chain of links that never ends (a loop).
/// - One of the command's own inputs is refused (the same file by device and inode, through
///   links, or one of the files of an input folder): `report net.yaml -o net.yaml` would
///   otherwise replace the network with its report.
/// - The temporary file never outlives a failure the process sees: a write error (a full
///   disk, the file-size limit, whose signal is ignored so that the write fails instead of
///   killing the process), or an interrupt or termination while it is written.
public enum OutputFile {
    /// Why a file could not be written.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)
        case isFolder(path: String)
        /// The path is one of the files the command reads.
        case isInput(path: String, input: String)

        /// The reason, in English.
        public var description: String { description(in: .en) }

        /// The failure in the reader's language.
        public func description(in language: ReportLanguage) -> String {
            switch self {
            case .cannotWrite(let path, let reason): CommandMessage.cannotWrite(path: path, reason: reason).text(in: language)
            case .isFolder(let path): CommandMessage.outputIsFolder(path).text(in: language)
            case .isInput(let path, let input): CommandMessage.outputIsInput(path: path, input: input).text(in: language)
            }
        }
    }

    /// Writes the whole file or nothing: a temporary file beside it, renamed once complete
    /// (`-` is standard output; devices such as `/dev/stdout` are written directly).
    ///
    /// - Parameters:
    ///   - data: what the command produced.
    ///   - path: where the user asked for it: a file, `-` for standard output, a device.
    ///   - inputs: the files and folders the command read, which are never written.
    public static func write(_ data: Data, to path: String, inputs: [String] = []) throws(Failure) {
        _ = try write(to: path, inputs: inputs, produce: { stream in stream.append(data) }, accept: nil)
    }

    /// Writes what `produce` streams, in blocks, without holding it, and keeps it only when
    /// `accept` takes the finished file, read back from where it was written before it replaces
    /// anything: what `import` does with the network file it makes from a national grants file.
    /// Standard output and devices get the file once it is accepted.
    ///
    /// - Returns: `false` when `accept` refused the file: nothing was written.
    public static func write(
        to path: String, inputs: [String] = [], produce: (inout Stream) -> Void, accept: ((String) -> Bool)?
    ) throws(Failure) -> Bool {
        if path != "-", let input = input(path, isAmong: inputs) { throw .isInput(path: path, input: input) }
        guard path != "-" else {
            return try throughTemporaryFile(produce: produce, accept: accept, display: path, descriptor: FileHandle.standardOutput.fileDescriptor)
        }
        guard let target = resolvingLinks(path) else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(ELOOP)))
        }
        if isSystemPath(path) || isSystemPath(target) {
            return try throughDevice(path, produce: produce, accept: accept, display: path)
        }
        var info = stat()
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw .isFolder(path: path)
            case S_IFREG: return try replace(target, produce: produce, accept: accept, mode: info.st_mode & 0o7777, display: path)
            default: return try throughDevice(target, produce: produce, accept: accept, display: path)
            }
        }
        return try replace(target, produce: produce, accept: accept, mode: nil, display: path)
    }

    /// Text written to a file as it is made, a megabyte at a time. The first failure to write
    /// (a full disk) is kept, and the rest is not written.
    public struct Stream: TextOutputStream {
        fileprivate let descriptor: Int32
        private var buffer: [UInt8] = []
        fileprivate private(set) var failure: String?

        fileprivate init(descriptor: Int32) {
            self.descriptor = descriptor
            buffer.reserveCapacity(Self.block + 4096)
        }

        static let block = 1 << 20

        public mutating func write(_ string: String) {
            var string = string
            string.withUTF8 { buffer.append(contentsOf: $0) }
            if buffer.count >= Self.block { flush() }
        }

        mutating func append(_ data: Data) {
            flush()
            guard failure == nil else { return }
            failure = data.withUnsafeBytes { OutputFile.writeAll($0, to: descriptor) }
        }

        fileprivate mutating func flush() {
            if failure == nil, !buffer.isEmpty { failure = buffer.withUnsafeBytes { OutputFile.writeAll($0, to: descriptor) } }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// The whole of `bytes` to `descriptor`; the system's reason when it cannot.
    fileprivate static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }

    /// The file a chain of symbolic links ends at (the path itself when it is not a link); a
    /// dangling link resolves to where it points, so the file is created there; `nil` for a
    /// chain of more than 40 links (a loop), which is never replaced by a plain file.
    static func resolvingLinks(_ path: String) -> String? {
        var current = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current =
                destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        return nil
    }

    /// The input that `path` is (the same device and inode, links followed), or that holds it
    /// as one of its files when the input is a folder; `nil` when it is none of them.
    static func input(_ path: String, isAmong inputs: [String]) -> String? {
        var target = stat()
        guard !inputs.isEmpty, stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { return nil }
        for input in inputs {
            var info = stat()
            guard stat(input, &info) == 0 else { continue }
            if info.st_dev == target.st_dev, info.st_ino == target.st_ino { return input }
            if info.st_mode & S_IFMT == S_IFDIR, let names = try? FileManager.default.contentsOfDirectory(atPath: input) {
                for name in names {
                    var file = stat()
                    if stat(input + "/" + name, &file) == 0, file.st_dev == target.st_dev, file.st_ino == target.st_ino { return input }
                }
            }
        }
        return nil
    }

    private static func isSystemPath(_ path: String) -> Bool {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let standard = URL(fileURLWithPath: absolute).standardized.path
        return standard.hasPrefix("/dev/") || standard.hasPrefix("/proc/")
    }

    /// A device or FIFO is written directly; what must be accepted first goes through a
    /// temporary file, so that nothing reaches it before.
    private static func throughDevice(
        _ path: String, produce: (inout Stream) -> Void, accept: ((String) -> Bool)?, display: String
    ) throws(Failure) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWrite(path: display, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        return try throughTemporaryFile(produce: produce, accept: accept, display: display, descriptor: descriptor)
    }

    /// Made in the system's temporary folder, accepted, then copied to `descriptor` (standard
    /// output, a device); standard output without a check is written straight away.
    private static func throughTemporaryFile(
        produce: (inout Stream) -> Void, accept: ((String) -> Bool)?, display: String, descriptor: Int32
    ) throws(Failure) -> Bool {
        guard let accept else {
            var stream = Stream(descriptor: descriptor)
            produce(&stream)
            stream.flush()
            if let failure = stream.failure { throw .cannotWrite(path: display, reason: failure) }
            return true
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("partnermap-\(UUID().uuidString).tmp").path
        TemporaryFileGuard.watch(temporary)
        defer {
            unlink(temporary)
            TemporaryFileGuard.release()
        }
        try fill(temporary, produce: produce, display: display)
        guard accept(temporary) else { return false }
        guard let data = FileManager.default.contents(atPath: temporary) else {
            throw .cannotWrite(path: display, reason: "the temporary file could not be read back")
        }
        if let failure = data.withUnsafeBytes({ writeAll($0, to: descriptor) }) { throw .cannotWrite(path: display, reason: failure) }
        return true
    }

    /// A new file at `temporary` with what `produce` streams.
    private static func fill(_ temporary: String, produce: (inout Stream) -> Void, display: String) throws(Failure) {
        // Written with write(2), so a failure says why in the system's words (File too large).
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .cannotWrite(path: display, reason: String(cString: strerror(errno))) }
        var stream = Stream(descriptor: descriptor)
        produce(&stream)
        stream.flush()
        close(descriptor)
        if let failure = stream.failure {
            unlink(temporary)
            throw .cannotWrite(path: display, reason: failure)
        }
    }

    /// Write-then-rename in the target's folder, with the replaced file's permissions; the
    /// temporary file is checked by `accept` before it replaces anything.
    private static func replace(
        _ path: String, produce: (inout Stream) -> Void, accept: ((String) -> Bool)?, mode: mode_t?, display: String
    ) throws(Failure) -> Bool {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotWrite(path: display, reason: "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).partnermap-\(UUID().uuidString).tmp").path
        TemporaryFileGuard.watch(temporary)
        defer { TemporaryFileGuard.release() }
        try fill(temporary, produce: produce, display: display)
        if let accept, !accept(temporary) {
            unlink(temporary)
            return false
        }
        if let mode, chmod(temporary, mode) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: display, reason: reason)
        }
        // rename(2) replaces the target in one step.
        guard rename(temporary, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: display, reason: reason)
        }
        return true
    }
}
