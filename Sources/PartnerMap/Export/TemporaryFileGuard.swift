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
    /// What the process did with each signal before the write, put back when it ends: a server
    /// (`partnermap serve`) handles SIGINT and SIGTERM itself, to stop gracefully.
    private nonisolated(unsafe) static var previous: [(Int32, sigaction)] = []

    private static let handler: @convention(c) (Int32) -> Void = { received in
        if TemporaryFileGuard.path.pointee != 0 { unlink(TemporaryFileGuard.path) }
        signal(received, SIG_DFL)
        raise(received)
    }

    /// Starts watching `file`, the temporary file about to be written.
    static func watch(_ file: String) {
        signal(SIGXFSZ, SIG_IGN)
        let bytes = Array(file.utf8.prefix(Int(PATH_MAX)))
        // The first byte last: a signal arriving meanwhile sees an empty path, never half of one.
        path.pointee = 0
        for (index, byte) in bytes.enumerated() where index > 0 { path[index] = CChar(bitPattern: byte) }
        path[bytes.count] = 0
        if let first = bytes.first { path[0] = CChar(bitPattern: first) }
        guard previous.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            #if canImport(Darwin)
                action.__sigaction_u.__sa_handler = handler
            #else
                action.__sigaction_handler.sa_handler = handler
            #endif
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            sigaction(signalNumber, &action, &old)
            previous.append((signalNumber, old))
        }
    }

    /// Stops watching: the file was renamed into place or removed. The signals go back to what
    /// they did before.
    static func release() {
        path[0] = 0
        for (signalNumber, old) in previous {
            var action = old
            sigaction(signalNumber, &action, nil)
        }
        previous = []
    }
}
