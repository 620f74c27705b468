import Foundation

/// Removes the temporary file ``OutputFile`` is writing when the process is interrupted,
/// terminated or hits the file-size limit, so that no `.NAME.partnermap-….tmp` is left beside
/// the target.
///
/// A signal handler may only call async-signal-safe functions: the path is kept in a fixed C
/// buffer, and the handler unlinks it, restores the signal's default action and raises it
/// again, so the process still ends as the signal asked. `SIGXFSZ` is ignored instead: the
/// write then fails with `EFBIG`, which ``OutputFile`` reports after removing the file.
enum TemporaryFileGuard {
    private nonisolated(unsafe) static let path: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)
        buffer.initialize(repeating: 0, count: Int(PATH_MAX) + 1)
        return buffer
    }()
    private static let installed: Void = {
        signal(SIGXFSZ, SIG_IGN)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if TemporaryFileGuard.path.pointee != 0 { unlink(TemporaryFileGuard.path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }()

    /// Starts watching `file`, the temporary file about to be written.
    static func watch(_ file: String) {
        _ = installed
        let bytes = Array(file.utf8.prefix(Int(PATH_MAX)))
        // The first byte last: a signal arriving meanwhile sees an empty path, never half of one.
        path.pointee = 0
        for (index, byte) in bytes.enumerated() where index > 0 { path[index] = CChar(bitPattern: byte) }
        path[bytes.count] = 0
        if let first = bytes.first { path[0] = CChar(bitPattern: first) }
    }

    /// Stops watching: the file was renamed into place or removed.
    static func release() { path[0] = 0 }
}
