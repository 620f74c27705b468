import ArgumentParser
import Foundation
import PartnerMap

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: localized("Turn a partner survey or open grants data into a network file."),
        discussion: localized(
            """
            Reads each file in the format its content shows (--from overrides) and writes one \
            network file that validates, the same bytes for the same input, every entry citing the \
            file it came from. Prints what it read, merged and dropped. A file with bad rows gets \
            file:line: problem for every one of them, exit status 1, and no output file.

            A workbook (.xlsx) or a ZIP of CSV files is read once and its sheets say what it \
            holds: a 360Giving grants sheet, a survey's roster and responses sheets, a survey \
            form's answers as KoboToolbox or ODK Central export them, Kumu's two sheets.

            FORMATS:
              survey           responses (respondent,partner,frequency,openness,reliability,mission,
                               power,resources,involvement) with --roster roster.csv (id,name,type,sectors)
              survey-form-data the answers to `partnermap survey form`: KoboToolbox's XLS export
                               (.xlsx) or ODK Central's CSV download (.zip), with --roster
              canada-grants    Government of Canada grants and contributions CSV (ref_number, ...)
              360giving-csv    360Giving flattened CSV (Identifier, Amount Awarded, ...)
              360giving-json   360Giving JSON ({"grants": [...]})
              graphml, gexf    a graph from Gephi, networkx, igraph, yEd or Cytoscape
              kumu-json        a Kumu blueprint ({"elements": [...], "connections": [...]})
              kumu-elements    Kumu's Elements sheet as CSV, given with its Connections sheet

            EXAMPLES:
              partnermap import responses.csv --roster roster.csv -o network.yaml
              partnermap import kobo-export.xlsx --roster roster.csv -o network.yaml
              partnermap import grants.xlsx -o funded.yaml
              partnermap import grants.csv -o funded.yaml
              partnermap import grants.json --merge network.yaml -o network-with-grants.yaml
            """)
    )

    @Argument(help: .localized("The files to import."))
    var files: [String]

    @Option(help: .localized("survey, survey-form-data, canada-grants, 360giving-csv, 360giving-json, graphml, gexf or kumu-json (default: from each file's content)."))
    var from: ImportFormat?

    @Option(help: .localized("The survey's roster: id,name,type,sectors of every organisation invited (CSV or workbook)."))
    var roster: String?

    @Option(help: .localized("The survey's questions asked once per organisation: id,outcome (1-5),contributes (;-list)."))
    var respondents: String?

    @Option(help: .localized("The network's name, for maps and reports (a survey is named \"Partner survey\", or \"Sondage auprès des partenaires\" with --lang fr, otherwise)."))
    var name: String?

    @Option(help: .localized("An existing network file to add the imported entries to."))
    var merge: String?

    @Option(name: .shortAndLong, help: .localized("The network file to write (.yaml); - for standard output."))
    var output: String

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard output == "-" || ["yaml", "yml"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) else {
            throw UsageProblem.importNeedsYAML(output: output).error
        }
    }

    func run() throws {
        let language = lang.language
        var report: [ImportNote] = []
        var network: Network?
        if let merge {
            network = try loadNetworkOrExit(merge, options: LoadingOptions.parse([]), language: lang.language, shown: false)
            report.append(.addingTo(merge))
        }
        for file in files {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
                printError(Diagnostic(file: file, line: nil, problem: .noSuchFile).description(in: language))
                throw ExitCode(1)
            }
            // A network already written as a CSV folder, a workbook of sections or a JSON file:
            // read as every command reads it and written as YAML, the file the workspace edits.
            // A workbook of grants or a survey, read once: the check below keeps what it read.
            var tablesRead: ImportTables?
            if from == nil, let existing = try existingNetwork(file, isFolder: isFolder.boolValue, tables: &tablesRead) {
                network = network.map { NetworkMerger.merge($0, existing, report: &report) } ?? existing
                continue
            }
            guard !isFolder.boolValue else {
                printError(CommandMessage.isAFolder(file).text(in: language))
                throw ExitCode(1)
            }
            let imported: ImportResult
            do {
                // A workbook or a ZIP of CSV files: read once, its tables say what it holds.
                if ImportTables.holdsTables(path: file) {
                    let tables = try tablesRead ?? ImportTables.read(path: file)
                    guard let format = from ?? tables.format else {
                        printError(CommandMessage.cannotTellFormat(file, formats: ImportFormat.allCases.map(\.rawValue)).text(in: language))
                        throw ExitCode(1)
                    }
                    if [.survey, .surveyFormData].contains(format), roster == nil, !tables.hasRoster {
                        printError(CommandMessage.surveyNeedsRoster(file).text(in: language))
                        throw ExitCode(1)
                    }
                    // The tables are let go as they are read (a national workbook's rows).
                    tablesRead = nil
                    imported = try (consume tables).read(as: format, roster: roster, respondents: respondents)
                    report += imported.notes
                    network = network.map { NetworkMerger.merge($0, imported.network, report: &report) } ?? imported.network
                    continue
                }
                guard let format = from ?? ImportFormat.detect(path: file) else {
                    printError(CommandMessage.cannotTellFormat(file, formats: ImportFormat.allCases.map(\.rawValue)).text(in: language))
                    throw ExitCode(1)
                }
                switch format {
                case .survey:
                    guard let roster else {
                        printError(CommandMessage.surveyNeedsRoster(file).text(in: language))
                        throw ExitCode(1)
                    }
                    imported = try PartnerSurveyImporter.read(roster: roster, responses: file, respondents: respondents, language: language)
                case .canadaGrants: imported = try CanadaGrantsImporter.read(file)
                case .threeSixtyGivingCSV: imported = try ThreeSixtyGivingImporter.readCSV(file)
                case .threeSixtyGivingJSON: imported = try ThreeSixtyGivingImporter.readJSON(file)
                case .graphML: imported = try ForeignGraphImporter.read(file, dialect: .graphML)
                case .gexf: imported = try ForeignGraphImporter.read(file, dialect: .gexf)
                case .kumuJSON: imported = try KumuImporter.readJSON(file)
                case .surveyFormData:
                    printError(CommandMessage.formDataNeedsTables(file).text(in: language))
                    throw ExitCode(1)
                case .kumuConnections: continue  // read with its Elements sheet
                case .kumuElements:
                    guard let connections = files.first(where: { $0 != file && ImportFormat.detect(path: $0) == .kumuConnections }) else {
                        printError(CommandMessage.kumuNeedsConnections(file).text(in: language))
                        throw ExitCode(1)
                    }
                    imported = try KumuImporter.readCSV(elements: file, connections: connections)
                }
            } catch let error as NetworkLoadError {
                printError(error, in: language)
                printError(CommandMessage.nothingWritten.text(in: language))
                throw ExitCode(1)
            }
            report += imported.notes
            network = network.map { NetworkMerger.merge($0, imported.network, report: &report) } ?? imported.network
        }
        guard network != nil else { return }
        if let name { network!.name = name }
        let header = ["Written by partnermap import from " + files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ") + "."]
        // Written as it is made, then read back as any network file is read, from where it was
        // written, before it replaces anything: what is written must load. The network is let go
        // once written, so a national file is not held twice.
        var problem: NetworkLoadError?
        let written: Bool
        do {
            written = try OutputFile.write(
                to: output, inputs: files + [roster, respondents].compactMap { $0 },
                produce: { stream in
                    NetworkFileWriter.write(network!, header: header, to: &stream)
                    network = nil
                },
                accept: { path in
                    do throws(NetworkLoadError) {
                        _ = try NetworkLoader.network(yamlAt: path, file: output)
                        return true
                    } catch {
                        problem = error
                        return false
                    }
                })
        } catch {
            printError(error, in: lang.language)
            throw ExitCode(1)
        }
        if !written, var error = problem {
            // A text the input holds (a control character no one types) is the input's
            // problem, said with the input's name: the YAML was never written.
            error.diagnostics = error.diagnostics.map { diagnostic in
                guard case .controlCharacter = diagnostic.problem else { return diagnostic }
                return Diagnostic(file: files.joined(separator: ", "), line: nil, problem: diagnostic.problem)
            }
            printError(error, in: language)
            printError(CommandMessage.importedDoesNotValidate.text(in: language))
            throw ExitCode(1)
        }
        // The account goes to standard output, or to standard error when the network does.
        for line in (report + (output == "-" ? [] : [.written(output)])).flatMap({ $0.lines(in: language) }) {
            if output == "-" { printError(line) } else { printText(line) }
        }
    }
}

extension ImportCommand {
    /// The network a CSV folder, a workbook of a network's sections or a JSON network file holds;
    /// `nil` for anything else (a survey, grants, a graph), which the importers read. Its problems
    /// are printed and stop the import.
    func existingNetwork(_ file: String, isFolder: Bool, tables: inout ImportTables?) throws -> Network? {
        guard let format = InputFormat.recognise(path: file) else { return nil }
        switch format {
        case .csvFolder: break
        case .workbook, .json:
            // A workbook or JSON whose tables the importers know (a 360Giving sheet, a survey) is theirs.
            if format == .workbook, let read = try? ImportTables.read(path: file), read.format != nil {
                tables = read
                return nil
            }
            if format == .json, ImportFormat.detect(path: file) != nil { return nil }
        default: return nil
        }
        do {
            let (network, warnings) = try NetworkLoader.readNetwork(path: file)
            printWarnings(warnings, language: lang.language)
            return network
        } catch {
            // Not a network after all (a folder without organisations.csv, a workbook of other
            // sheets): the importers, or the message saying what import reads, have it.
            let notANetwork = error.diagnostics.allSatisfy {
                if case .missingCSVFile = $0.problem { return true }
                return format != .csvFolder && $0.line == nil
            }
            if notANetwork { return nil }
            printError(error, in: lang.language)
            printError(CommandMessage.nothingWritten.text(in: lang.language))
            throw ExitCode(1)
        }
    }
}

extension ImportFormat: ExpressibleByArgument {}
