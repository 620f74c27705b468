import Foundation

/// The words swift-argument-parser writes itself (the help's headings, the usage line, its
/// errors), in French. The parser has no catalogue of its own; its phrases are fixed, so they
/// are matched here, in the one place `main` prints what the parser made, and rewritten.
/// Value names (`<file>`) are translated with ``FrenchHelp/valueNames``.
enum FrenchParserWords {
    /// Whole phrases, matched as regular expressions; `$1`… are what the parser put in.
    private static let phrases: [(pattern: String, french: String)] = [
        // Errors.
        (#"^Error: "#, "Erreur : "),
        (#"Missing expected argument '([^']*)'"#, "il manque l’argument $1"),
        (#"Missing one of: (.*)$"#, "il manque l’un de ceux-ci : $1"),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "l’option $1 n’existe pas. Vouliez-vous dire $2 ?"),
        (#"Unknown option '([^']*)'"#, "l’option $1 n’existe pas"),
        (#"Missing value for '([^']*)'"#, "il manque la valeur de $1"),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "la valeur « $1 » ne convient pas à $2"),
        (#"The value '([^']*)' is invalid\."#, "la valeur « $1 » ne convient pas."),
        (#"\. Please provide one of the following:"#, ". Valeurs possibles :"),
        (#"\. Please provide one of (.*)\.$"#, ". Valeurs possibles : $1."),
        (#"(Valeurs possibles : .*)'([^']*)' and '([^']*)'\.$"#, "$1'$2' et '$3'."),
        (#"(Valeurs possibles : .*)'([^']*)' or '([^']*)'\.$"#, "$1'$2' ou '$3'."),
        (#"Unexpected argument '([^']*)'"#, "argument en trop : « $1 »"),
        (#"(\d+) unexpected arguments: '(.*)'$"#, "$1 arguments en trop : « $2 »"),
        (#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#, "l’option $1 ne prend pas de valeur (« $2 » donné)."),
        (#"Missing required subcommand\."#, "il manque la sous-commande."),
        (#"Invalid option: (.*)$"#, "option non valable : $1"),
        (#"Value to be set with (.*) had already been set with (.*)$"#, "valeur donnée deux fois : $1, puis $2"),
        (#"^   or: "#, "   ou : "),
        (#"^Help:  "#, "Aide : "),
        (#"^  See '([^']*)' for more information\."#, "  Pour en savoir plus : $1"),
        // Help.
        (#"^OVERVIEW: "#, "EN BREF : "),
        (#"^ARGUMENTS:$"#, "ARGUMENTS :"),
        (#"^OPTIONS:$"#, "OPTIONS :"),
        (#"^SUBCOMMANDS:$"#, "SOUS-COMMANDES :"),
        (#"^  See '([^']*)' for detailed help\."#, "  L’aide de chaque sous-commande : $1"),
        (#"Show help information\."#, "Affiche l’aide."),
        (#"Show subcommand help information\."#, "Affiche l’aide d’une sous-commande."),
        (#"Show the version\."#, "Affiche la version."),
        (#"\(values: "#, "(valeurs : "),
        (#";(\s+)default:(\s)"#, " ;$1par défaut :$2"),
        (#"\(default:(\s)"#, "(par défaut :$1"),
    ]

    /// The usage headings, whose following lines hang under the text after them.
    private static let usageHeadings = [("USAGE: ", "UTILISATION : "), ("Usage: ", "Utilisation : ")]

    private static let compiled: [(NSRegularExpression, String)] = phrases.map { pattern, french in
        // swift-format-ignore: NeverUseForceTry
        // Fixed patterns, each exercised by the tests.
        (try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]), french)
    }

    private static let valueName = try! NSRegularExpression(pattern: #"<([a-z][a-z-]*)>"#)

    /// `text` as the parser wrote it, in French.
    static func translate(_ text: String) -> String {
        var lines: [String] = []
        var hanging = 0
        for line in text.components(separatedBy: "\n") {
            var line = line
            if line.isEmpty {
                hanging = 0
            } else if hanging > 0, line.hasPrefix(String(repeating: " ", count: 7)) {
                line = String(repeating: " ", count: hanging) + line
            }
            for (english, french) in usageHeadings where line.hasPrefix(english) {
                line = french + line.dropFirst(english.count)
                hanging = french.count - english.count
            }
            lines.append(line)
        }
        var result = lines.joined(separator: "\n")
        for (expression, french) in compiled {
            result = expression.stringByReplacingMatches(
                in: result, range: NSRange(result.startIndex..., in: result), withTemplate: french)
        }
        // The values a choice takes, bare (« en et fr »); each extra argument in guillemets.
        result = result.components(separatedBy: "\n").map { line in
            if line.contains("Valeurs possibles : ") { return line.replacingOccurrences(of: "'", with: "") }
            if line.contains("arguments en trop : ") { return line.replacingOccurrences(of: "', '", with: " », « ") }
            return line
        }.joined(separator: "\n")
        result = replaceValueNames(result)
        return result.replacingOccurrences(of: " :", with: "\u{00A0}:").replacingOccurrences(of: "« ", with: "«\u{00A0}")
            .replacingOccurrences(of: " »", with: "\u{00A0}»").replacingOccurrences(of: " ?", with: "\u{202F}?")
    }

    /// The column where the parser starts an option's help, after its label.
    private static let helpColumn = 26

    /// Value names translated; an option's row keeps its help at the parser's column, or
    /// moves it to the next line when the French label no longer leaves room, as the parser
    /// does for a long label.
    private static func replaceValueNames(_ text: String) -> String {
        text.components(separatedBy: "\n").map { line -> String in
            guard line.contains("<") || line.contains("(default)") else { return line }
            let row = line.range(of: #"^  \S.*?\S {2,}(?=\S)"#, options: .regularExpression)
            guard let row, line.distance(from: line.startIndex, to: row.upperBound) == helpColumn else { return renamed(line) }
            let label = renamed(String(line[row]).trimmingCharacters(in: .whitespaces))
            let help = renamed(String(line[row.upperBound...]))
            let indent = 2
            if indent + label.count + 2 <= helpColumn {
                return String(repeating: " ", count: indent) + label + String(repeating: " ", count: helpColumn - indent - label.count) + help
            }
            return String(repeating: " ", count: indent) + label + "\n" + String(repeating: " ", count: helpColumn) + help
        }.joined(separator: "\n")
    }

    private static func renamed(_ text: String) -> String {
        let matches = valueName.matches(in: text, range: NSRange(text.startIndex..., in: text))
        var result = text
        for match in matches.reversed() {
            guard let whole = Range(match.range, in: result), let name = Range(match.range(at: 1), in: result),
                let french = FrenchHelp.valueNames[String(result[name])]
            else { continue }
            result.replaceSubrange(whole, with: "<" + french + ">")
        }
        return result.replacingOccurrences(of: "(default)", with: "(par défaut)")
    }
}
