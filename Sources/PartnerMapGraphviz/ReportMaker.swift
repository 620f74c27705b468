import Foundation
import PartnerMap

/// The HTML report with its maps drawn: what `partnermap report` writes and what the workspace
/// page offers as a download, from the same code.
public enum ReportMaker {
    /// The report draws the co-funding map up to this many pairs of funders.
    public static let coFundingPairsDrawn = 300

    /// The report of `network`. `file` is the name shown as the data's file, `command` the
    /// command line that makes the same report (the page gives its filter as options), and
    /// `progress` hears each long step. Throws ``HTMLReport/Failure`` when the template does not parse.
    public static func html(
        _ network: Network, file: String, command: String, language: ReportLanguage, progress: (String) -> Void = { _ in }
    ) throws -> String {
        let context = NetworkContext(network)
        progress(CommandMessage.progress(.drawingMap).text(in: language))
        var svg: String?
        var mapError: String?
        do {
            var map = try NetworkMap.dot(network, view: .partnerships, language: language, context: context)
            map.graphAttributes[.label] = nil  // the report's heading names the map
            svg = String(decoding: try GraphvizRenderer.shared().render(dot: DOTWriter.write(map), format: .svg), as: UTF8.self)
        } catch let error as CustomStringConvertible & Error {
            mapError = error.description
        }
        var fundingSVG: String?
        if !network.funding.isEmpty {
            progress(CommandMessage.progress(.drawingFundingMap).text(in: language))
            if var map = try? NetworkMap.dot(network, view: .funding, language: language, fundingRelations: HTMLReport.fundingRelationsDrawn) {
                map.graphAttributes[.label] = nil
                fundingSVG = (try? GraphvizRenderer.shared().render(dot: DOTWriter.write(map), format: .svg)).map { String(decoding: $0, as: UTF8.self) }
            }
        }
        // Funders who share recipients, when at least two do: who could coordinate. A national
        // file's hundreds of funders make a map no one reads: `funding --co-funding` lists them.
        var coFundingSVG: String?
        let pairs = CoFunding(network).pairs.count
        if pairs > 0, pairs <= coFundingPairsDrawn, var map = try? NetworkMap.dot(network, view: .coFunding, language: language) {
            map.graphAttributes[.label] = nil
            coFundingSVG = (try? GraphvizRenderer.shared().render(dot: DOTWriter.write(map), format: .svg)).map { String(decoding: $0, as: UTF8.self) }
        }
        return try HTMLReport.render(
            network, mapSVG: svg, mapError: mapError, fundingSVG: fundingSVG, coFundingSVG: coFundingSVG, file: file, command: command,
            language: language, progress: progress, context: context)
    }
}
