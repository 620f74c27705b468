import Foundation

/// What an importer made of its files: the network, or every problem with file and line, and
/// an account of what was read, merged and dropped, for the coordinator to check.
public struct ImportResult: Sendable {
    /// The network imported.
    public var network: Network
    /// "read 12 rows", "merged 3 recipients by business number", "dropped 4 earlier amendments".
    public var notes: [ImportNote]

    /// An import's result; each parameter is the property of the same name.
    public init(network: Network, notes: [ImportNote]) {
        self.network = network
        self.notes = notes
    }

    /// The account in English, a line per note.
    public var report: [String] { notes.flatMap { $0.lines(in: .en) } }
}

/// One line of `import`'s account of what it read, merged and dropped. The words are in the
/// catalogues (`ProblemCatalogue`).
public enum ImportNote: Sendable, Hashable {
    case readGraph(nodes: Int, edges: Int, file: String, format: String, directed: Bool)
    case repeatedEdgesMerged(Int)
    case loopsLeftOut(Int)
    case directionDropped
    case weightsRescaled(low: Double, high: Double)
    case organisationsAndPartnerships(Int, Int)
    case mergedByIdentifier(Int)
    case mergedByName(Int)
    case organisationsAndProjects(Int, Int)
    case readAgreements(rows: Int, file: String, agreements: Int)
    case keptLatestAmendment(dropped: Int)
    case readGrants(rows: Int, file: String)
    case readSurvey(organisations: Int, roster: String, responses: Int, file: String)
    case responded(Int, of: Int)
    case partnershipsConfirmed(Int, both: Int)
    case matchedByID(Int)
    case matchedByRegistration(Int)
    /// Organisations matched by name alone, for the coordinator to check.
    case matchedByName([String])
    case addingTo(String)
    case written(String)

    /// The note in the reader's language; several lines for a list of names.
    public func lines(in language: ReportLanguage) -> [String] { language.problems.note(self) }
}

/// Ids for imported entries: from a name or a key, made unique in the file.
struct ImportIDs {
    private var used: Set<String> = []
    /// For each id already taken, the first number worth trying after it: every one below is
    /// taken (ids are never given back), so the two-hundredth "Community Network" of a national
    /// file does not try the 199 before it.
    private var nextNumber: [String: Int] = [:]

    /// `suggestedID(text)`, or it with `-2`, `-3` … (the first not taken) when already taken.
    mutating func make(_ text: String, prefix: String = "") -> String {
        let base = prefix + suggestedID(text).lowercased()
        guard !used.insert(base).inserted else { return base }
        var counter = nextNumber[base] ?? 2
        var id = "\(base)-\(counter)"
        while used.contains(id) {
            counter += 1
            id = "\(base)-\(counter)"
        }
        used.insert(id)
        nextNumber[base] = counter + 1
        return id
    }

    mutating func reserve(_ id: String) { used.insert(id) }

    func isUsed(_ id: String) -> Bool { used.contains(id) }
}

/// Names compared the way a person would: case, accents, punctuation and legal suffixes aside.
enum NameKey {
    static func of(_ name: String) -> String {
        var words: [String]
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII names, nearly all: words of letters and digits, lower-cased, from the bytes.
            words = []
            var word: [UInt8] = []
            for byte in name.utf8 {
                switch byte {
                case 0x41...0x5A: word.append(byte + 0x20)
                case 0x61...0x7A, 0x30...0x39: word.append(byte)
                default:
                    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        } else {
            let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            words = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        words.removeAll { suffixes.contains($0) }
        return words.joined(separator: " ")
    }

    /// Legal forms and articles a name may carry or drop.
    private static let suffixes: Set<String> = ["inc", "ltd", "ltee", "corp", "corporation", "limited", "the", "la", "le", "les", "l", "of", "de", "du", "des"]
}
