import Foundation

/// What an importer made of its files: the network, or every problem with file and line, and
/// an account of what was read, merged and dropped, for the coordinator to check.
public struct ImportResult: Sendable {
    public var network: Network
    /// "read 12 rows", "merged 3 recipients by business number", "dropped 4 earlier amendments".
    public var report: [String]

    public init(network: Network, report: [String]) {
        self.network = network
        self.report = report
    }
}

/// Ids for imported entries: from a name or a key, made unique in the file.
struct ImportIDs {
    private var used: Set<String> = []

    /// `suggestedID(text)`, or it with `-2`, `-3` … when already taken.
    mutating func make(_ text: String, prefix: String = "") -> String {
        let base = prefix + suggestedID(text).lowercased()
        var id = base
        var counter = 2
        while used.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(id)
        return id
    }

    mutating func reserve(_ id: String) { used.insert(id) }

    func isUsed(_ id: String) -> Bool { used.contains(id) }
}

/// Names compared the way a person would: case, accents, punctuation and legal suffixes aside.
enum NameKey {
    static func of(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var words = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let suffixes: Set<String> = ["inc", "ltd", "ltee", "corp", "corporation", "limited", "the", "la", "le", "les", "l", "of", "de", "du", "des"]
        words.removeAll { suffixes.contains($0) }
        return words.joined(separator: " ")
    }
}
