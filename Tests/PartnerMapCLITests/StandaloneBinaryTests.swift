import Foundation
import Testing

/// A copied or installed `partnermap` works with nothing beside it: the lexicon and the report
/// template are compiled in, not read from the build folder.
@Suite struct StandaloneBinaryTests {
    /// Whether this machine lets a process hide folders in a private mount namespace.
    static let canHideFolders: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["--mount", "--propagation", "private", "true"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test(.enabled(if: canHideFolders, "needs unshare(1) with mount namespaces (root)"))
    func aCopiedBinaryRunsOverlapAndReportWithTheRepositoryOutOfReach() throws {
        let folder = NSTemporaryDirectory() + "partnermap-copy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: CLIRunner.productsFolder.appendingPathComponent("partnermap").path, toPath: folder + "/partnermap")
        try FileManager.default.copyItem(atPath: CLIRunner.packageRoot + "/Graphs/montreal-inclusif.yaml", toPath: folder + "/network.yaml")
        // An empty folder mounted over the repository hides the build folder and the sources.
        let script = """
            mount -t tmpfs tmpfs "$1" && cd "$2" && test ! -e "$1/Package.swift" \
            && ./partnermap overlap network.yaml --top 3 > overlap.txt && ./partnermap report network.yaml -o report.html
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["--mount", "--propagation", "private", "sh", "-c", script, "sh", CLIRunner.packageRoot, folder]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        #expect(!message.contains("resource bundle"))
        let overlap = try String(contentsOfFile: folder + "/overlap.txt", encoding: .utf8)
        #expect(overlap.contains("pairs serve the same objective"))
        // The built-in lexicon is there: the French and the English Parc-Extension projects meet.
        #expect(overlap.contains("concepts: employment, financial-independence, isolation"))
        let report = try String(contentsOfFile: folder + "/report.html", encoding: .utf8)
        #expect(report.hasPrefix("<!DOCTYPE html>") && report.contains("<svg"))
    }

    @Test func theCompiledInResourcesMatchTheFilesBesideThem() throws {
        let resources = CLIRunner.packageRoot + "/Sources/PartnerMap/Resources/"
        let generated = try String(contentsOfFile: resources + "EmbeddedResources.swift", encoding: .utf8)
        for file in ["lexicon.tsv", "report.mustache", "report.css", "change-report.mustache"] {
            let text = try String(contentsOfFile: resources + file, encoding: .utf8)
            #expect(generated.contains("\"\"\"\n" + text + "\n\"\"\""), "\(file) changed: run python3 script/embed-resources.py")
        }
    }
}
