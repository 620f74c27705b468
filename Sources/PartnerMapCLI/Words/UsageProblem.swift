import ArgumentParser
import PartnerMap

/// What is wrong with a command line itself (not with a file), in the help language. Thrown
/// as the parser's `ValidationError`, so it is printed with the usage line and exit status 64.
enum UsageProblem: Error {
    case formNeedsXLSX(output: String)
    case importNeedsYAML(output: String)
    case extensionDisagrees(output: String, fileExtension: String, format: String, stem: String)
    case standardOutputNeedsFormat
    case cannotTellFormat(output: String)
    case unknownChoice(option: String, choices: [String])
    case unknownMeasure(String, measures: [String])
    case unknownView(String)
    case atLeastOne(option: String)
    case zeroOrMore(option: String)
    case positive(option: String)
    case between(option: String, low: String, high: String)
    case fourDigitYear(option: String)
    case fourDigitYears
    case bands
    case portRange
    case compareNeedsTwo
    case yearsNeedsOneFile
    case compareTakesYears
    case viewWithJSON
    case formatNeedsView(format: String)

    /// The parser's error carrying this problem in the help language.
    var error: ValidationError { ValidationError(text(in: HelpLanguage.current)) }

    func text(in language: ReportLanguage) -> String {
        switch language {
        case .en: english
        case .fr: language.typeset(french)
        }
    }

    private var english: String {
        switch self {
        case .formNeedsXLSX(let output): "`\(output)`: the form is an Excel workbook; name it .xlsx"
        case .importNeedsYAML(let output): "`\(output)`: import writes a YAML network file; name it .yaml"
        case .extensionDisagrees(let output, let fileExtension, let format, let stem):
            "`\(output)` ends in .\(fileExtension) but --format is \(format); name the file \(stem).\(format) or leave out --format"
        case .standardOutputNeedsFormat: "writing to standard output (-o -): say which format with --format"
        case .cannotTellFormat(let output): "cannot tell the format from `\(output)`; add --format"
        case .unknownChoice(let option, let choices): "\(option) takes one of " + choices.joined(separator: ", ")
        case .unknownMeasure(let measure, let measures): "unknown measure `\(measure)`; measures are " + measures.joined(separator: ", ")
        case .unknownView(let view): "unknown view `\(view)`; views are partnerships, funding, overlap, co-funding and ego:ID"
        case .atLeastOne(let option): "\(option) must be at least 1"
        case .zeroOrMore(let option): "\(option) must be 0 (all) or more"
        case .positive(let option): "\(option) must be positive"
        case .between(let option, let low, let high): "\(option) must be between \(low) and \(high)"
        case .fourDigitYear(let option): "\(option) takes a four-digit year, such as 2022"
        case .fourDigitYears: "--years takes four-digit years"
        case .bands: "--bands takes amounts in increasing order from 0, such as 0,10000,50000"
        case .portRange: "--port takes 0 (a free port) to 65535"
        case .compareNeedsTwo: "give two files to compare, or one file and --years THEN NOW"
        case .yearsNeedsOneFile: "--years takes two years and one file"
        case .compareTakesYears: "compare takes --years, not --as-of"
        case .viewWithJSON: "--view does not apply to --format json, which exports the whole network; leave --view out"
        case .formatNeedsView(let format):
            "--format \(format) exports the partnerships or the funding flows; use --view partnerships or --view funding"
        }
    }

    private var french: String {
        switch self {
        case .formNeedsXLSX(let output): "`\(output)` : le questionnaire est un classeur Excel ; donnez-lui l’extension .xlsx"
        case .importNeedsYAML(let output): "`\(output)` : import écrit un fichier de réseau YAML ; donnez-lui l’extension .yaml"
        case .extensionDisagrees(let output, let fileExtension, let format, let stem):
            "`\(output)` se termine par .\(fileExtension), mais --format vaut \(format) ; nommez le fichier \(stem).\(format) ou retirez --format"
        case .standardOutputNeedsFormat: "écriture sur la sortie standard (-o -) : précisez le format avec --format"
        case .cannotTellFormat(let output): "impossible de déduire le format de `\(output)` ; ajoutez --format"
        case .unknownChoice(let option, let choices): "\(option) prend l’une de ces valeurs : " + choices.joined(separator: ", ")
        case .unknownMeasure(let measure, let measures): "mesure inconnue : `\(measure)` ; les mesures sont " + measures.joined(separator: ", ")
        case .unknownView(let view): "vue inconnue : `\(view)` ; les vues sont partnerships, funding, overlap, co-funding et ego:ID"
        case .atLeastOne(let option): "\(option) doit valoir au moins 1"
        case .zeroOrMore(let option): "\(option) doit valoir 0 (tout) ou plus"
        case .positive(let option): "\(option) doit être positif"
        case .between(let option, let low, let high): "\(option) doit être compris entre \(low) et \(high)"
        case .fourDigitYear(let option): "\(option) prend une année à quatre chiffres, comme 2022"
        case .fourDigitYears: "--years prend des années à quatre chiffres"
        case .bands: "--bands prend des montants croissants à partir de 0, comme 0,10000,50000"
        case .portRange: "--port prend une valeur de 0 (un port libre) à 65535"
        case .compareNeedsTwo: "donnez deux fichiers à comparer, ou un fichier et --years AVANT APRÈS"
        case .yearsNeedsOneFile: "--years prend deux années et un seul fichier"
        case .compareTakesYears: "compare prend --years, pas --as-of"
        case .viewWithJSON: "--view ne s’applique pas à --format json, qui exporte tout le réseau ; retirez --view"
        case .formatNeedsView(let format):
            "--format \(format) exporte les partenariats ou les versements ; ajoutez --view partnerships ou --view funding"
        }
    }
}
