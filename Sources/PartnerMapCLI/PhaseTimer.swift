import Foundation

/// Wall-clock time of each phase of a command (loading, computing, writing), printed on
/// standard error with `--timings`, so benchmarks can tell loading from computing.
struct PhaseTimer {
    private let enabled: Bool
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var phases: [(String, Duration)] = []

    init(enabled: Bool) {
        self.enabled = enabled
        last = clock.now
    }

    mutating func mark(_ phase: String) {
        let now = clock.now
        phases.append((phase, now - last))
        last = now
    }

    func report() {
        guard enabled else { return }
        let text = phases.map { name, duration in
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return "\(name) \(String(format: "%.3f", seconds)) s"
        }.joined(separator: ", ")
        printError("timings: " + text)
    }
}
