extension OverlapFinder {
    /// What each project brings to the context part of a score, as small integers: enough to
    /// know, before two projects' texts are compared, the best context the pair can have, and so
    /// the least text similarity it needs. Asked of tens of millions of candidate pairs in a
    /// national grants file, so no string is compared and nothing is copied: the lists are kept
    /// end to end, as the text index keeps its documents.
    struct ContextKeys: Sendable {
        /// Folded, trimmed themes, target groups and funders of each project, as sorted distinct
        /// ids: project p's are `ids[offsets[3p]..<offsets[3p + 1]]` (themes), then groups, then
        /// funders.
        private var offsets: [Int] = [0]
        private var ids: [Int32] = []
        private var hasGroups: [Bool] = []
        /// The area's id; -1 when it is not given or too wide to count.
        private var areas: [Int32] = []
        /// First and last month, when either date is given (open ends as `.min` and `.max`).
        private var dated: [Bool] = []
        private var firstMonths: [Int] = []
        private var lastMonths: [Int] = []

        init(_ projects: [Project], contexts: [ProjectContext], funders: [String: Set<String>]) {
            var known: [String: Int32] = [:]
            func id(_ value: String) -> Int32 {
                if let id = known[value] { return id }
                let new = Int32(known.count)
                known[value] = new
                return new
            }
            for (project, context) in zip(projects, contexts) {
                for list in [context.themes.map { "t:" + $0 }, context.groups.map { "g:" + $0 }, (funders[project.id] ?? []).map { "f:" + $0 }] {
                    ids += Set(list.map(id)).sorted()
                    offsets.append(ids.count)
                }
                hasGroups.append(!project.targetGroups.isEmpty)
                areas.append(context.area.map { id("a:" + $0) } ?? -1)
                dated.append(project.start != nil || project.end != nil)
                firstMonths.append(project.start?.monthIndex() ?? .min)
                lastMonths.append(project.end?.monthIndex(defaultMonth: 12) ?? .max)
            }
        }

        /// The context score of projects a and b at best: exact for themes, area, period and
        /// funders; for target groups, 1 when the two share a folded group (``compare`` may find
        /// it written differently and give 0).
        func bestContext(_ a: Int, _ b: Int) -> Double {
            let (themesA, themesB) = (offsets[3 * a]..<offsets[3 * a + 1], offsets[3 * b]..<offsets[3 * b + 1])
            let sharedThemes = common(themesA, themesB)
            let union = themesA.count + themesB.count - sharedThemes
            let themeOverlap = union == 0 ? 0.5 : Double(sharedThemes) / Double(union)
            let group =
                !hasGroups[a] || !hasGroups[b] ? 0.5 : (common(offsets[3 * a + 1]..<offsets[3 * a + 2], offsets[3 * b + 1]..<offsets[3 * b + 2]) > 0 ? 1.0 : 0)
            let area = areas[a] < 0 || areas[b] < 0 ? 0.5 : (areas[a] == areas[b] ? 1.0 : 0)
            let period = !dated[a] || !dated[b] ? 0.5 : (firstMonths[a] <= lastMonths[b] && firstMonths[b] <= lastMonths[a] ? 1.0 : 0)
            let funder = common(offsets[3 * a + 2]..<offsets[3 * a + 3], offsets[3 * b + 2]..<offsets[3 * b + 3]) > 0 ? 1.0 : 0
            return OverlapFinder.context(themes: themeOverlap, group: group, area: area, period: period, funder: funder)
        }

        /// How many ids two sorted lists share.
        @inline(__always)
        private func common(_ a: Range<Int>, _ b: Range<Int>) -> Int {
            guard !a.isEmpty, !b.isEmpty else { return 0 }
            var (i, j, count) = (a.lowerBound, b.lowerBound, 0)
            while i < a.upperBound, j < b.upperBound {
                if ids[i] == ids[j] {
                    count += 1
                    i += 1
                    j += 1
                } else if ids[i] < ids[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            return count
        }
    }
}
