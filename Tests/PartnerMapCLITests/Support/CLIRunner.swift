import Foundation

/// Runs the built `partnermap` executable the way a user would, capturing its output.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package's root folder, for paths to the shipped examples.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The products folder the test bundle was built into, which holds the executables too.
    static var productsFolder: URL {
        var url = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("partnermap").path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url
    }

    /// A new, empty folder under the system's temporary directory, for a test's outputs.
    static func scratchFolder(_ label: String) throws -> String {
        let path = NSTemporaryDirectory() + "partnermap-\(label)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func run(
        _ arguments: [String], executable: String = "partnermap", in directory: String = packageRoot,
        environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        // The tests expect English unless they ask for French: the session's locale is not passed on.
        var inherited = ProcessInfo.processInfo.environment
        for key in ["LANG", "LC_ALL", "LC_MESSAGES", "COLUMNS"] { inherited[key] = nil }
        process.environment = inherited.merging(environment) { _, new in new }
        process.executableURL = productsFolder.appendingPathComponent(executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once (standard error on another thread) before waiting, so a chatty
        // process never blocks on a full pipe.
        let errorBytes = Bytes()
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errorBytes.data = err.fileHandleForReading.readDataToEndOfFile()
            finished.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        finished.wait()
        let errData = errorBytes.data
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Bytes read on another thread, handed back once it signals.
private final class Bytes: @unchecked Sendable {
    var data = Data()
}
