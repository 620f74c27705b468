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
        if path == "-" {
            try writeAll(data, to: FileHandle.standardOutput.fileDescriptor, path: path)
            return
        }
        if let input = input(path, isAmong: inputs) { throw .isInput(path: path, input: input) }
        guard let target = resolvingLinks(path) else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(ELOOP)))
        }
        if isSystemPath(path) || isSystemPath(target) {
            try writeDirectly(data, to: path)
            return
        }
        var info = stat()
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw .isFolder(path: path)
            case S_IFREG: try replace(target, with: data, mode: info.st_mode & 0o7777, display: path)
            default: try writeDirectly(data, to: target, display: path)
            }
        } else {
            try replace(target, with: data, mode: nil, display: path)
        }
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

    private static func writeDirectly(_ data: Data, to path: String, display: String? = nil) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWrite(path: display ?? path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try writeAll(data, to: descriptor, path: display ?? path)
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(Failure) {
        let failure: String? = data.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .cannotWrite(path: path, reason: failure) }
    }

    /// Write-then-rename in the target's folder, with the replaced file's permissions.
    private static func replace(_ path: String, with data: Data, mode: mode_t?, display: String) throws(Failure) {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotWrite(path: display, reason: "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).partnermap-\(UUID().uuidString).tmp")
        TemporaryFileGuard.watch(temporary.path)
        defer { TemporaryFileGuard.release() }
        do {
            // Written with write(2), so a failure says why in the system's words (File too large).
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
            do {
                defer { close(descriptor) }
                try writeAll(data, to: descriptor, path: display)
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
            if let mode, chmod(temporary.path, mode) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
            // rename(2) replaces the target in one step.
            guard rename(temporary.path, target.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: display, reason: (error as NSError).localizedDescription)
        }
    }
}
