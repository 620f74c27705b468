import ArgumentParser
import Foundation
import PartnerMap
import PartnerMapGraphviz

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: localized("Write one self-contained HTML report a coordinator can send to a council."),
        discussion: localized(
            """
            The report holds what the network contains, the partnership map, who holds it \
            together, projects that serve the same objective, gaps with next steps, funding, \
            suggested partnerships and the sources the file cites. It opens in any browser \
            without network access, prints cleanly, and works with JavaScript off; with it on, \
            tables sort, a search box filters them, and clicking a node of the map highlights \
            its partners.

            EXAMPLES:
              partnermap report Graphs/montreal-inclusif.yaml -o montreal.html
              partnermap report Graphs/montreal-inclusif.yaml --lang fr -o montreal-fr.html
            """)
    )

    @Argument(help: .localized("A network file (.yaml, .json) or a CSV folder."))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(name: .shortAndLong, help: .localized("The HTML file to write; - for standard output."))
    var output: String

    @OptionGroup var lang: LanguageOption

    @Option(help: .localized("The report's title (default: the network's name)."))
    var title: String?

    @Flag(name: .shortAndLong, help: .localized("No progress messages."))
    var quiet = false

    func run() throws {
        let progress = Progress(enabled: !quiet && isatty(STDERR_FILENO) != 0)
        progress.say(CommandMessage.progress(.reading(file)).text(in: lang.language))
        var network = try loadNetworkOrExit(file, options: loading, language: lang.language)
        if let title { network.name = title }
        do {
            let html = try ReportMaker.html(
                network, file: URL(fileURLWithPath: file).lastPathComponent, command: Self.commandLine(), language: lang.language, progress: progress.say)
            try OutputFile.write(Data(html.utf8), to: output, inputs: [file])
        } catch let error as CustomStringConvertible & Error {
            printError(error, in: lang.language)
            throw ExitCode(1)
        }
        progress.say(CommandMessage.progress(.written(output)).text(in: lang.language))
        progress.finish()
    }

    /// The command as typed, program name first, arguments with spaces or quotes in single
    /// quotes; where the report was written (`-o`) and `-q` are left out, so that the same
    /// input gives the same bytes wherever the page is written.
    static func commandLine() -> String {
        var arguments: [String] = []
        var skipNext = false
        for argument in CommandLine.arguments.dropFirst() {
            if skipNext {
                skipNext = false
                continue
            }
            if argument == "-o" || argument == "--output" {
                skipNext = true
                continue
            }
            if argument.hasPrefix("--output=") || argument == "-q" || argument == "--quiet" { continue }
            if argument.hasPrefix("-o"), argument.count > 2 { continue }
            arguments.append(argument)
        }
        return (["partnermap"] + arguments).map { argument in
            argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@".contains($0) } && !argument.isEmpty
                ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }
}

/// Progress on standard error for long steps, when it is a terminal.
struct Progress {
    let enabled: Bool
    private let start = ContinuousClock.now

    init(enabled: Bool) { self.enabled = enabled }

    func say(_ step: String) {
        guard enabled else { return }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        FileHandle.standardError.write(Data(String(format: "\r\u{1B}[2K[%5.1f s] %@", seconds, TerminalText.visible(step)).utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
