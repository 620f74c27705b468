import ArgumentParser
import Foundation
import PartnerMap
import PartnerMapGraphviz

/// Loads any input the commands accept: network files and edge lists through
/// ``NetworkLoader``, DOT files (`.dot`, `.gv`) through Graphviz's own parser.
func loadInput(_ path: String, directed: Bool = false) throws(NetworkLoadError) -> NetworkLoader.Input {
    let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
    guard fileExtension == "dot" || fileExtension == "gv" else { return try NetworkLoader.load(path: path, directed: directed) }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .unreadable(reason: "no such file"))])
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .notUTF8)])
    }
    do {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return .graph(try DOTReader.plainGraph(text, name: name))
    } catch {
        throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .syntax(format: "DOT", detail: error.description))])
    }
}

/// ``loadInput(_:directed:)``, or every problem printed and exit status 1.
func loadInputOrExit(_ path: String, directed: Bool = false) throws -> NetworkLoader.Input {
    do {
        return try loadInput(path, directed: directed)
    } catch {
        printError(error.description)
        throw ExitCode(1)
    }
}
