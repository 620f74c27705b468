import Foundation
import Testing

@testable import PartnerMapCLI

/// `--help`, the usage line and the command-line parser's messages in French when `--lang fr`
/// or a French locale asks for it: every paragraph of every command's help translated, the
/// parser's own words too, options still aligned, and the exit status unchanged.
@Suite struct FrenchHelpTests {
    /// Every command and subcommand, as typed.
    static let commands: [[String]] = [
        [], ["validate"], ["summary"], ["survey"], ["survey", "scores"], ["survey", "form"], ["compare"], ["import"],
        ["centrality"], ["overlap"], ["gaps"], ["communities"], ["recommend"], ["render"], ["export"], ["report"], ["serve"],
    ]

    /// English words no French help holds once options, values and code are set aside.
    static let english = [
        "the", "and", "of", "with", "for", "to", "is", "are", "from", "when", "which", "each", "every", "file", "files",
        "Show", "See", "help", "information", "default", "values", "USAGE", "OVERVIEW", "OPTIONS:", "SUBCOMMANDS", "EXAMPLES",
        "Error", "Usage", "Missing", "Unknown", "invalid", "unexpected", "network", "organisations", "report", "map",
    ]

    /// The help's text with what is typed as it is (options, `code`, commands in examples,
    /// `<value>` names, id lists) blanked, so that only prose is left to read.
    static func prose(_ text: String) -> String {
        var text = text
        for pattern in [
            #"`[^`]*`"#, #"(?m)^\s*partnermap .*$"#, #"partnermap( [a-z]+)*"#, #"--?[A-Za-z][\w-]*"#, #"<[^>]*>"#, #"\([^()]*,[^()]*\)"#,
            #"(?m)^  [a-z][\w-]*(, [\w-]+)*( {2,}|$)"#, #"[\w.-]+\.(csv|yaml|json|xlsx|zip|html|svg|dot|edges|txt|yml)\b"#,
        ] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    @Test func everyCommandsHelpReadsAsFrench() throws {
        var problems: [String] = []
        for command in Self.commands {
            let run = try CLIRunner.run(command + ["--help"], environment: ["LANG": "fr_CA.UTF-8"])
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(run.stdout.contains("UTILISATION\u{00A0}: partnermap"), "\(command)")
            let words = Set(Self.prose(run.stdout).components(separatedBy: CharacterSet.letters.inverted))
            for word in Self.english where words.contains(word) { problems.append("\(command): «\(word)»") }
            // Each option's help starts where the parser puts it, French labels included.
            for line in run.stdout.split(separator: "\n") where line.hasPrefix("  -") || line.hasPrefix("  <") {
                guard let gap = line.range(of: #"\S {2,}\S"#, options: .regularExpression) else { continue }
                let column = line.distance(from: line.startIndex, to: gap.upperBound) - 1
                if column != 26 { problems.append("\(command): misaligned «\(line)»") }
            }
        }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func langOnTheCommandLineWinsOverTheLocale() throws {
        let french = try CLIRunner.run(["gaps", "--help", "--lang", "fr"])
        #expect(french.stdout.contains("Qui est seul, qui manque à la table"))
        #expect(french.stdout.contains("  <fichier>               Un fichier de réseau"))
        let equals = try CLIRunner.run(["gaps", "--lang=fr", "--help"])
        #expect(equals.stdout == french.stdout)
        let english = try CLIRunner.run(["gaps", "--help", "--lang", "en"], environment: ["LANG": "fr_CA.UTF-8"])
        #expect(english.stdout.contains("OVERVIEW: Who is alone, who is missing from the table"))
        #expect(HelpLanguage.from(arguments: ["gaps", "x", "--lang", "fr"], environment: [:]) == .fr)
        #expect(HelpLanguage.from(arguments: ["gaps", "--", "--lang", "fr"], environment: [:]) == .en)
        #expect(HelpLanguage.from(arguments: ["gaps"], environment: ["LANG": "fr_FR.UTF-8"]) == .fr)
        #expect(HelpLanguage.from(arguments: ["gaps", "--lang", "en"], environment: ["LANG": "fr_FR.UTF-8"]) == .en)
    }

    @Test func theParsersMessagesInFrench() throws {
        let cases: [([String], String)] = [
            (["gaps"], "Erreur\u{00A0}: il manque l’argument <fichier>"),
            (["gaps", "x", "--formt", "json"], "Erreur\u{00A0}: l’option --formt n’existe pas. Vouliez-vous dire --format\u{202F}?"),
            (["gaps", "x", "--lang", "de"], "Erreur\u{00A0}: la valeur «\u{00A0}de\u{00A0}» ne convient pas à --lang <en|fr>. Valeurs possibles\u{00A0}: en et fr."),
            (["gaps", "x", "--format"], "Erreur\u{00A0}: il manque la valeur de --format <format>"),
            (["gaps", "a", "b", "c"], "Erreur\u{00A0}: 2 arguments en trop\u{00A0}: «\u{00A0}b\u{00A0}», «\u{00A0}c\u{00A0}»"),
            (["serve", "x", "--open=3"], "Erreur\u{00A0}: l’option --open ne prend pas de valeur («\u{00A0}3\u{00A0}» donné)."),
            (["nothing"], "Erreur\u{00A0}: argument en trop\u{00A0}: «\u{00A0}nothing\u{00A0}»"),
            (["overlap", "x", "--threshold", "2"], "Erreur\u{00A0}: --threshold doit être compris entre 0 et 1"),
            (["render", "x", "--view", "ego", "-o", "m.svg"], "Erreur\u{00A0}: vue inconnue\u{00A0}: `ego`\u{202F}; les vues sont"),
            (["render", "x", "--format", "png", "-o", "m.svg"], "`m.svg` se termine par .svg, mais --format vaut png\u{202F}; nommez le fichier m.png"),
        ]
        for (arguments, expected) in cases {
            let run = try CLIRunner.run(arguments, environment: ["LANG": "fr_CA.UTF-8"])
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains(expected), "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("Utilisation\u{00A0}: partnermap"), "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("  Pour en savoir plus\u{00A0}: partnermap"), "\(arguments): \(run.stderr)")
            let words = Set(Self.prose(run.stderr).components(separatedBy: CharacterSet.letters.inverted))
            #expect(words.isDisjoint(with: Self.english), "\(arguments): \(run.stderr)")
        }
        // The same mistakes in English are the parser's own words.
        let english = try CLIRunner.run(["gaps", "x", "--lang", "de"])
        #expect(english.stderr.hasPrefix("Error: The value 'de' is invalid for '--lang <en|fr>'. Please provide one of 'en' and 'fr'."))
    }

    /// Every English paragraph of the help has its French, and every French entry still has
    /// its English: a changed English sentence fails here until its French follows.
    @Test func theCatalogueMatchesTheEnglish() throws {
        let dump = try CLIRunner.run(["--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var texts: [String] = []
        func collect(_ command: [String: Any]) {
            for key in ["abstract", "discussion"] { if let text = command[key] as? String, !text.isEmpty { texts.append(text) } }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                for key in ["abstract", "discussion"] { if let text = argument[key] as? String, !text.isEmpty { texts.append(text) } }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { collect(sub) }
        }
        collect(try #require(json["command"] as? [String: Any]))
        // The parser's own phrases are translated where main prints them.
        let parsers = ["Show help information.", "Show the version.", "Show subcommand help information."]
        let paragraphs = Set(texts.filter { !parsers.contains($0) }.flatMap { $0.components(separatedBy: "\n\n") })
        let missing = paragraphs.filter { FrenchHelp.paragraphs[$0] == nil && !$0.hasPrefix(FrenchHelp.examplesHeading) }
        #expect(missing.isEmpty, "no French for: \(missing.sorted())")
        let stale = Set(FrenchHelp.paragraphs.keys).subtracting(paragraphs)
        #expect(stale.isEmpty, "French for English no command has: \(stale.sorted())")
        #expect(paragraphs.count > 100)
    }
}
