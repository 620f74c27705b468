import Foundation

/// Texts that say nothing about a project: "Dummy", "n/a", "general running costs", or a text
/// repeated across a large share of a file's projects (a funder's standard grant description).
/// Such a text is never evidence that two projects serve the same objective, and is left out of
/// what ``OverlapFinder`` and ``PartnershipRecommender`` compare.
public struct PlaceholderText: Sendable {
    /// Folded texts that are placeholders wherever they appear.
    public static let known: Set<String> = [
        "dummy", "test", "n/a", "na", "none", "nil", "null", "tbc", "tbd", "to be confirmed", "to be determined", "-", ".",
        "general running costs", "running costs", "core costs", "core funding", "general funding", "general support",
        "operating costs", "operating grant", "unrestricted", "unrestricted funding", "see above", "as above", "various",
        "frais de fonctionnement", "fonctionnement", "soutien a la mission", "a venir", "aucun", "aucune", "sans objet",
    ]

    /// A text repeated by more than this share of the projects (and by at least
    /// ``minimumRepeats`` of them) is a placeholder in that file.
    public static let repeatedShare = 0.01
    public static let minimumRepeats = 5
    /// A text written word for word by more than this many projects is a placeholder whatever
    /// the file's size: it says what a programme funds, not what each project aims at. (In a
    /// national grants file 1% is thousands of grants, and one shared title would otherwise
    /// make millions of "overlapping" pairs.)
    public static let maximumRepeats = 20

    /// The folded texts that are placeholders in this file: the known ones, and those repeated
    /// by at least five of the texts given and by more than 1% of them or more than 20.
    public let repeated: Set<String>

    public init<S: Sequence<String>>(texts: S) {
        var counts: [String: Int] = [:]
        var total = 0
        for text in texts {
            total += 1
            let folded = Self.fold(text)
            if !folded.isEmpty { counts[folded, default: 0] += 1 }
        }
        let share = Self.repeatedShare * Double(total)
        repeated = Set(counts.filter { $0.value >= Self.minimumRepeats && (Double($0.value) > share || $0.value > Self.maximumRepeats) }.keys)
    }

    /// True when the text says nothing about the project here.
    public func isPlaceholder(_ text: String) -> Bool {
        let folded = Self.fold(text)
        return folded.isEmpty || Self.known.contains(folded) || repeated.contains(folded)
    }

    static func fold(_ text: String) -> String {
        TextNormalizer.fold(text).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: " .,;:!?"))
    }
}
