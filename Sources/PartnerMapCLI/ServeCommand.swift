import ArgumentParser
import Foundation
import PartnerMap
import PartnerMapServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: localized("Open a network in a workspace page: filter, read the findings, click a map, edit and save."),
        discussion: localized(
            """
            Starts a web server on this machine and prints the address to open (with its token). \
            The page shows the partnership, funding, overlap and ego maps, the findings (gaps with \
            next steps, overlapping projects, who holds the network together, suggested \
            partnerships, survey scores), each recomputed when a filter changes, and downloads of \
            what is on screen. YAML and JSON files are edited from forms with the file's rules; \
            saving writes the file in one step and changes only the entries edited. Other formats \
            are shown read only.

            The server listens on 127.0.0.1 only, answers only to its own address, needs the \
            token of the printed address, and writes nothing but the file, and that only when \
            you save. It stops with Ctrl-C.

            EXAMPLES:
              partnermap serve Graphs/montreal-inclusif.yaml
              partnermap serve Graphs/ontario-lips.yaml --lang fr --open
              partnermap serve Examples/time/ontario-lips-2011.yaml --compare Examples/time/ontario-lips-2010.yaml
            """)
    )

    @Argument(help: .localized("A network file: YAML or JSON (editable), or anything validate reads (read only)."))
    var file: String

    @Option(help: .localized("The port to listen on; 0 picks a free one."))
    var port = 0

    @Option(
        help: .localized(
            "Listen on this address instead of 127.0.0.1. Unsafe: any machine that reaches it can try the token, and nothing is encrypted.",
            valueName: "address"))
    var host: String?

    @Option(help: .localized("A second file (an earlier wave): the page shows what changed since.", valueName: "file"))
    var compare: String?

    @Flag(help: .localized("Open the page in the default browser."))
    var open = false

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard (0...65535).contains(port) else { throw UsageProblem.portRange.error }
    }

    func run() throws {
        let host = host ?? "127.0.0.1"
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            printError(CommandMessage.serveHostUnsafe(host).text(in: lang.language))
        }
        let server: WorkspaceServer
        do {
            server = try WorkspaceServer(.init(file: file, host: host, port: port, language: lang.language, compare: compare))
        } catch {
            printError(error, in: lang.language)
            throw ExitCode(1)
        }
        printWarnings(server.warnings, language: lang.language)
        let open = self.open
        let language = lang.language
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await server.run { address in
                    // Unbuffered: a script reading the address through a pipe gets it at once.
                    FileHandle.standardOutput.write(Data((TerminalText.visible(CommandMessage.serving(address).text(in: language)) + "\n").utf8))
                    if open { Self.openInBrowser(address) }
                }
            } catch {
                failure.set(String(describing: error))
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.message {
            printError(CommandMessage.cannotServe(host: host, port: port, reason: message).text(in: language))
            throw ExitCode(1)
        }
    }

    /// Opens the address with the system's opener (`xdg-open`, `open` on macOS); says nothing
    /// if there is none (the address is printed).
    static func openInBrowser(_ address: String) {
        let process = Process()
        #if os(macOS)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["xdg-open"]
        #endif
        process.arguments = (process.arguments ?? []) + [address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}

/// The server's failure, handed from its task to the command.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?
    var message: String? { lock.withLock { stored } }
    func set(_ message: String) { lock.withLock { stored = message } }
}
