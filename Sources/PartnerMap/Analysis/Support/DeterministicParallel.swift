import Dispatch
import Foundation

/// Runs work over a fixed number of partitions on all cores and combines the partial results
/// in partition order, so sums of floating-point contributions come out bit for bit the same
/// on every run and every machine, however the threads are scheduled.
enum DeterministicParallel {
    /// Partitions used for per-source sweeps (Brandes, closeness). Fixed, not the core count,
    /// so results do not depend on the machine.
    static let partitions = 16

    /// Calls `body(partition, partitionCount)` for each partition concurrently and returns the
    /// results in partition order.
    static func map<T>(partitions count: Int, _ body: @Sendable (Int, Int) -> T) -> [T] {
        guard count > 1 else { return count == 1 ? [body(0, 1)] : [] }
        let box = ResultBox<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { partition in
            box.set(partition, body(partition, count))
        }
        return box.values()
    }

    /// `transform` of each index in `0..<count`, in order, worked out on every core in contiguous
    /// blocks when there are enough of them (at least `minimum`) to be worth the threads.
    static func map<T>(count: Int, minimum: Int = 256, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count >= minimum else { return (0..<count).map(transform) }
        return map(partitions: partitions) { block, blocks in
            ((count * block / blocks)..<(count * (block + 1) / blocks)).map(transform)
        }.flatMap { $0 }
    }

    /// Hands `each` the `transform` of each index in `0..<count`, in order, the transforms worked
    /// out on every core a batch at a time: a long pass whose items are made independently (a
    /// million rows made into grants) and gathered in order, without holding every result at once.
    static func forEach<T>(count: Int, batch: Int = 16_384, _ transform: @Sendable (Int) -> T, each: (T) -> Void) {
        var start = 0
        while start < count {
            let first = start
            let end = min(count, start + batch)
            for item in map(count: end - first, { transform(first + $0) }) { each(item) }
            start = end
        }
    }

    /// Element-wise sum of equal-length arrays, in array order.
    static func sum(_ parts: [[Double]]) -> [Double] {
        guard var total = parts.first else { return [] }
        for part in parts.dropFirst() {
            total.withUnsafeMutableBufferPointer { t in
                part.withUnsafeBufferPointer { p in
                    for i in 0..<t.count { t[i] += p[i] }
                }
            }
        }
        return total
    }

    private final class ResultBox<T>: @unchecked Sendable {
        private var storage: [T?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }
        func values() -> [T] { storage.map { $0! } }
    }
}
