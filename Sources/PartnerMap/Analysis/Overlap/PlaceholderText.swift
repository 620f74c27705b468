import Foundation

/// Texts that say nothing about a project: "Dummy", "n/a", "general running costs", or a text
/// repeated across a large share of a file's projects (a funder's standard grant description).
/// Such a text is never evidence that two projects serve the same objective, and is left out of
/// what ``OverlapFinder`` and ``PartnershipRecommender`` compare.
struct PlaceholderText: Sendable {
    /// Folded texts that are placeholders wherever they appear.
    static let known: Set<String> = [
        "dummy", "test", "n/a", "na", "none", "nil", "null", "tbc", "tbd", "to be confirmed", "to be determined", "-", ".",
        "general running costs", "running costs", "core costs", "core funding", "general funding", "general support",
        "operating costs", "operating grant", "unrestricted", "unrestricted funding", "see above", "as above", "various",
        "frais de fonctionnement", "fonctionnement", "soutien a la mission", "a venir", "aucun", "aucune", "sans objet",
    ]

    /// A text repeated by more than this share of the projects (and by at least
    /// ``minimumRepeats`` of them) is a placeholder in that file.
    static let repeatedShare = 0.01
    static let minimumRepeats = 5
    /// A text written word for word by more than this many projects is a placeholder whatever
    /// the file's size: it says what a programme funds, not what each project aims at. (In a
    /// national grants file 1% is thousands of grants, and one shared title would otherwise
    /// make millions of "overlapping" pairs.)
    static let maximumRepeats = 20

    /// The folded texts that are placeholders in this file: the known ones, and those repeated
    /// by at least five of the texts given and by more than 1% of them or more than 20.
    let repeated: Set<String>

    init<S: Sequence<String>>(texts: S) {
        self.init(folded: texts.map(Self.fold))
    }

    /// From texts already folded by ``fold(_:)``.
    init(folded texts: [String]) {
        var counts: [String: Int] = [:]
        for folded in texts where !folded.isEmpty { counts[folded, default: 0] += 1 }
        let total = texts.count
        let share = Self.repeatedShare * Double(total)
        repeated = Set(counts.filter { $0.value >= Self.minimumRepeats && (Double($0.value) > share || $0.value > Self.maximumRepeats) }.keys)
    }

    /// True when the text says nothing about the project here.
    func isPlaceholder(_ text: String) -> Bool {
        isPlaceholder(folded: Self.fold(text))
    }

    /// True when a text already folded by ``fold(_:)`` says nothing about the project here.
    func isPlaceholder(folded: String) -> Bool {
        folded.isEmpty || Self.known.contains(folded) || repeated.contains(folded)
    }

    /// Folded (``TextNormalizer/fold(_:)``), runs of spaces, tabs and line breaks as one space,
    /// and spaces and punctuation (`.,;:!?`) trimmed from both ends.
    static func fold(_ text: String) -> String {
        let spaced = TextNormalizer.fold(text).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        let scalars = spaced.unicodeScalars
        let trimmed: (UnicodeScalar) -> Bool = { " .,;:!?".unicodeScalars.contains($0) }
        guard let first = scalars.firstIndex(where: { !trimmed($0) }), let last = scalars.lastIndex(where: { !trimmed($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
