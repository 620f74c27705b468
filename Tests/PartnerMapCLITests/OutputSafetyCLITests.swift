import Foundation
import Testing

/// Outputs go where the user pointed, and never replace what the path stands for.
@Suite struct OutputSafetyCLITests {
    static let example = "Graphs/montreal-inclusif.yaml"

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "partnermap-out-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func dashIsStandardOutput() throws {
        let svg = try CLIRunner.run(["render", Self.example, "--format", "svg", "-o", "-"])
        #expect(svg.status == 0)
        #expect(svg.stdout.hasPrefix("<?xml") && svg.stdout.contains("</svg>"))
        let html = try CLIRunner.run(["report", Self.example, "-o", "-"])
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.hasSuffix("</html>\n"))
        let json = try CLIRunner.run(["export", Self.example, "--format", "json", "-o", "-"])
        #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any])
        // Standard output has no extension to tell the format by.
        let noFormat = try CLIRunner.run(["render", Self.example, "-o", "-"])
        #expect(noFormat.status == 64)
        #expect(noFormat.stderr.contains("writing to standard output (-o -): say which format with --format"))
    }

    @Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try "old".write(toFile: out + "/real.svg", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: out + "/link.svg", withDestinationPath: "real.svg")
        let run = try CLIRunner.run(["render", Self.example, "-o", out + "/link.svg"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out + "/link.svg") == "real.svg")
        #expect(try String(contentsOfFile: out + "/real.svg", encoding: .utf8).contains("</svg>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["link.svg", "real.svg"])
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let path = out + "/report.html"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let run = try CLIRunner.run(["report", Self.example, "-o", path])
        #expect(run.status == 0, "\(run.stderr)")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func aFIFOIsWrittenIntoNotReplaced() async throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let fifo = out + "/map.svg"
        #expect(mkfifo(fifo, 0o600) == 0)
        // Holding the FIFO open ourselves means the reader below never waits forever, even if
        // the FIFO were wrongly replaced: it sees the end once we close it.
        let holder = open(fifo, O_RDWR)
        #expect(holder >= 0)
        // A reader on the other end, as `partnermap render -o pipe & viewer < pipe` would have.
        let reader = Task.detached { () -> Data in
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: fifo))
            return handle.readDataToEndOfFile()
        }
        try await Task.sleep(for: .milliseconds(100))
        let run = try CLIRunner.run(["render", Self.example, "-o", fifo])
        close(holder)
        #expect(run.status == 0, "\(run.stderr)")
        let data = try await reader.value
        #expect(String(decoding: data, as: UTF8.self).contains("</svg>"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["map.svg"])
    }

    @Test func devStdoutIsWrittenDirectly() throws {
        let run = try CLIRunner.run(["render", Self.example, "--format", "svg", "-o", "/dev/stdout"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("</svg>"))
        let null = try CLIRunner.run(["report", Self.example, "-o", "/dev/null"])
        #expect(null.status == 0)
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test func aFolderIsRefused() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: out + "/map.svg", withIntermediateDirectories: false)
        let run = try CLIRunner.run(["render", Self.example, "-o", out + "/map.svg"])
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("\(out)/map.svg: is a folder; give a file name inside it, for example \(out)/map.svg/map.svg\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/map.svg").isEmpty)
    }

    @Test func anExtensionThatContradictsTheFormatIsRefused() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let render = try CLIRunner.run(["render", Self.example, "--format", "png", "-o", out + "/map.svg"])
        #expect(render.status == 64)
        #expect(render.stderr.contains("`\(out)/map.svg` ends in .svg but --format is png; name the file map.png or leave out --format"))
        let export = try CLIRunner.run(["export", Self.example, "--format", "graphml", "-o", out + "/net.json"])
        #expect(export.status == 64)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        // An extension PartnerMap does not know is fine with an explicit format.
        let other = try CLIRunner.run(["render", Self.example, "--format", "png", "-o", out + "/map.out"])
        #expect(other.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/map.out")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}

/// `export --view` is refused where it has no meaning, never ignored: JSON holds the whole
/// network, GraphML the partnerships or the funding, not a map's overlap or ego view.
@Suite struct ExportViewCLITests {
    @Test func aViewIsRefusedWhereItHasNoMeaning() throws {
        let graphml = try CLIRunner.run(["export", "Graphs/montreal-inclusif.yaml", "--format", "graphml", "--view", "overlap"])
        #expect(graphml.status == 64)
        #expect(graphml.stderr.contains("--format graphml exports the partnerships or the funding flows; use --view partnerships or --view funding"), "\(graphml.stderr)")
        let json = try CLIRunner.run(["export", "Graphs/montreal-inclusif.yaml", "--format", "json", "--view", "partnerships"])
        #expect(json.status == 64)
        let dot = try CLIRunner.run(["export", "Graphs/montreal-inclusif.yaml", "--format", "dot", "--view", "funding"])
        #expect(dot.status == 0 && dot.stdout.hasPrefix("digraph"))
    }
}
