import Foundation
import PartnerMap
import Testing

/// Every command, in French, on every shipped example and on a partner survey, checked against
/// the rules a francophone reader holds it to: French typography (no-break spaces before `:` `;`
/// `?` `!`), decimal commas, an article before a name's head noun after `de`, `à`, `si`, `par`,
/// and no English word left (the organisations' own names aside).
@Suite struct FrenchEverywhereTests {
    static let networks = [
        "Graphs/montreal-inclusif.yaml", "Graphs/ontario-lips.yaml", "Graphs/london-middlesex-lip.yaml",
        "Graphs/allies-learning-exchange.yaml", "Examples/survey/waves/lakeside-2011.yaml",
    ]
    static let commands: [[String]] = [
        ["summary"], ["gaps"], ["overlap"], ["recommend"], ["communities"], ["centrality"], ["validate"],
        ["report", "-o", "-"],
        ["render", "--format", "dot", "-o", "-"], ["render", "--view", "funding", "--format", "dot", "-o", "-"],
        ["render", "--view", "overlap", "--format", "dot", "-o", "-"],
    ]
    /// Words that only an untranslated sentence would hold.
    static let english = [
        "the", "and", "of", "with", "organisations", "organisation", "settlement", "employment", "health",
        "survey", "strength", "degree", "betweenness", "closeness", "ties", "tie", "partnership",
        "partnerships", "funder", "illustrative", "council", "ranked", "none", "more", "gaps", "missing",
        "brokers", "isolated", "responded", "trust", "value", "yes", "no", "warning", "line", "expected",
        // The file's ids for sectors, types, themes, groups and kinds of tie, which have French words.
        "nonprofit", "isolation", "hiring", "mentoring", "refugees", "youth", "newcomers", "awareness", "co-chair", "referral",
        "round-table", "joint-project", "immigrant-women", "financial-independence", "social-economy", "school-board",
    ]
    static let headNouns =
        "Ville|Bureau|Centre|Table|Comité|Réseau|Société|Conseil|Partenariat|Banque|Maison|Fondation|Association|Clinique|Carrefour|Regroupement|Office|Université|Commission|Corporation"

    @Test func everyCommandOnEveryExampleReadsAsFrench() throws {
        var problems: [String] = []
        for file in Self.networks {
            let network = try NetworkLoader.loadNetwork(path: CLIRunner.packageRoot + "/" + file)
            let extra: [[String]] = network.responses.isEmpty ? [] : [["survey"]]
            for command in Self.commands + extra {
                let run = try CLIRunner.run([command[0], file] + command.dropFirst() + ["--lang", "fr"])
                // A map with nothing to draw (no funding, fewer than two projects) is refused, in French too.
                #expect(run.status == 0 || command[0] == "render", "\(command) \(file): \(run.stderr)")
                problems += Self.violations(in: Self.readable(run.stdout + run.stderr, command: command), names: Self.names(network))
                    .map { "\(file) \(command[0]): \($0)" }
            }
        }
        let waves = ["Examples/survey/waves/lakeside-2010.yaml", "Examples/survey/waves/lakeside-2011.yaml"]
        let names = try waves.flatMap { Self.names(try NetworkLoader.loadNetwork(path: CLIRunner.packageRoot + "/" + $0)) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pm-french-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (output, command) in [("-", ["compare"]), (folder + "/c.html", ["report"]), (folder + "/c.dot", ["map"])] {
            let run = try CLIRunner.run(["compare"] + waves + (output == "-" ? [] : ["-o", output]) + ["--lang", "fr"])
            #expect(run.status == 0, "\(run.stderr)")
            let text = output == "-" ? run.stdout : try String(contentsOfFile: output, encoding: .utf8)
            problems += Self.violations(in: Self.readable(text + run.stderr, command: output.hasSuffix(".dot") ? ["render"] : command), names: names)
                .map { "compare \(command[0]): \($0)" }
        }
        #expect(problems.isEmpty, "\(problems.count) lines break the French rules:\n\(problems.prefix(30).joined(separator: "\n"))")
    }

    /// The checker itself catches what it is there to catch.
    @Test func theRulesCatchWhatTheyShould() {
        let bad = Self.violations(in: "Si Ville de Montréal partait : 0.5 of the ties\nréseau: 20 lacunes", names: ["Ville de Montréal"])
        #expect(bad.count == 2)
        #expect(
            bad[0].contains("head noun without its article") && bad[0].contains("ordinary space before :")
                && bad[0].contains("decimal point") && bad[0].contains("English: the, of, ties"))
        #expect(bad[1].contains("no space before :"))
        #expect(Self.violations(in: "Si la Ville de Montréal partait\u{00A0}: 0,5 lien\nEssayez `--threshold 0.2`", names: ["Ville de Montréal"]).isEmpty)
    }

    /// What a reader reads: for DOT, the labels and tooltips (a wrapped label joined again); for
    /// HTML, the text outside scripts, styles and the drawn map.
    static func readable(_ output: String, command: [String]) -> String {
        if command.contains("dot") || command[0] == "render" {
            // DOT continues a long string on the next line after a backslash.
            let output = output.replacingOccurrences(of: "\\\n", with: "")
            let values = output.matches(of: /(?:label|tooltip|xlabel)="((?:[^"\\]|\\.)*)"/).map { String($0.output.1) }
            return values.map { $0.replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\\"", with: "\"") }.joined(separator: "\n")
        }
        // The words two projects' texts share, quoted as the file writes them.
        let output = output.replacing(/mots\u{00A0}: [^;\n<]*/, with: "mots\u{00A0}: Nom\u{202F}")
            // The words of a project's text that led to a proposed characteristic, quoted as written.
            .replacing(/proposé\u{00A0}: [^;\n<)]*/, with: "proposé\u{00A0}: Nom")
        guard output.contains("<html") else { return output }
        var text = output
        // The words two texts of the file share, quoted as the file writes them.
        text.replace(/même sujet\u{00A0}: [^<]*/, with: "même sujet\u{00A0}: Nom")
        for pattern in [/<script[\s\S]*?<\/script>/, /<style[\s\S]*?<\/style>/, /<svg[\s\S]*?<\/svg>/] { text.replace(pattern, with: "") }
        text.replace(/<[^>]+>/, with: " ")
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", "\u{00A0}")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// What the file writes and the output quotes as written: names (in both languages), ids,
    /// areas, objectives, titles. Themes, target groups and kinds of tie are not among them: the
    /// output says them in French words.
    static func names(_ network: Network) -> [String] {
        var names: [String] = [network.name] + [network.translatedName.fr, network.translatedName.en].compactMap { $0 }
        for organisation in network.organisations {
            names += [organisation.name, organisation.id] + [organisation.area, organisation.translatedName.fr, organisation.translatedName.en].compactMap { $0 }
        }
        for project in network.projects {
            names += [project.name, project.id, project.objectives] + [project.translatedName.fr, project.translatedName.en].compactMap { $0 }
        }
        for priority in network.priorities { names += [priority.name, priority.id] + [priority.translatedName.fr].compactMap { $0 } }
        for source in network.sources {
            names += [source.title, source.id] + [source.publisher, source.place, source.location].compactMap { $0 }
        }
        names += network.funding.compactMap(\.programme)
        // The title of the work the characteristics of a welcoming community come from, as published.
        names.append("Characteristics of a Welcoming Community")
        // As French sets them in a sentence ("Policing Newcomers : Policy"), and cut short in a table cell.
        names += names.filter { $0.contains(": ") }.map { $0.replacingOccurrences(of: ": ", with: "\u{00A0}: ") }
        names += names.filter { $0.count > 20 }.flatMap { name in (20..<name.count).map { String(name.prefix($0)) + "…" } }
        return Array(Set(names.filter { !$0.isEmpty })).sorted { $0.count > $1.count }
    }

    /// The lines of `text` that break a rule, each with what it breaks.
    static func violations(in text: String, names: [String]) -> [String] {
        var found: [String] = []
        let names = names.sorted { $0.count > $1.count }
        // A preposition or conjunction directly before a head noun: the name lost its article.
        let bareHeadNoun = try! Regex("(?:^|[^\\w’'])(?i:de|à|si|par|sur|avec|pour|et|ensuite) (\(headNouns))\\b")
        for line in text.split(separator: "\n").map(String.init) {
            var broken: [String] = []
            let typed = line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: "·")
            if typed.contains(bareHeadNoun) { broken.append("head noun without its article") }
            if typed.contains(/\b(de|à) (le|les|Le|Les)\b/) { broken.append("de/à not contracted") }
            // Names are the file's own words: each stands as one placeholder word, so that what
            // is said around it is checked and what is inside it is not.
            var withoutNames = line
            for name in names where withoutNames.contains(name) { withoutNames = withoutNames.replacingOccurrences(of: name, with: "Nom") }
            // What stands between backquotes is typed, not read: options, field names.
            let prose = withoutNames.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: "·")
            for mark in [" :", " ;", " ?", " !"] where prose.contains(mark) { broken.append("ordinary space before \(mark.dropFirst())") }
            if prose.contains(/[\p{L})»]:(\s|$)/) { broken.append("no space before :") }
            if prose.contains(/[\p{L})»];(\s|$)/) { broken.append("no space before ;") }
            if prose.contains(/\d\.\d/) { broken.append("decimal point") }
            if prose.contains(/\b(19|20)\d\d-\d\d\b/) { broken.append("ISO date") }
            if prose.contains(/\b(CAD|USD|EUR)\b/) { broken.append("currency code") }
            let words = Set(prose.lowercased().split { !$0.isLetter }.map(String.init))
            let english = english.filter(words.contains)
            if !english.isEmpty { broken.append("English: " + english.joined(separator: ", ")) }
            if !broken.isEmpty { found.append("\(broken.joined(separator: "; ")) — \(line.prefix(160))") }
        }
        return found
    }
}
