/// A binary min-heap of (distance, node) pairs for Dijkstra's algorithm, with lazy deletion:
/// a node may be pushed several times and stale entries are skipped by the caller.
///
/// Ties on distance pop the node pushed first, as networkx's heap with its insertion counter
/// does, so settling order matches it.
struct DistanceHeap {
    private var distances: [Double] = []
    private var nodes: [Int32] = []
    private var stamps: [Int] = []
    private var counter = 0

    var isEmpty: Bool { distances.isEmpty }

    mutating func removeAll() {
        distances.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
        stamps.removeAll(keepingCapacity: true)
        counter = 0
    }

    private func less(_ i: Int, _ j: Int) -> Bool {
        distances[i] < distances[j] || (distances[i] == distances[j] && stamps[i] < stamps[j])
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        distances.swapAt(i, j)
        nodes.swapAt(i, j)
        stamps.swapAt(i, j)
    }

    mutating func push(_ distance: Double, _ node: Int32) {
        distances.append(distance)
        nodes.append(node)
        stamps.append(counter)
        counter += 1
        var child = distances.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (distance: Double, node: Int32) {
        let top = (distances[0], nodes[0])
        let last = distances.count - 1
        swapAt(0, last)
        distances.removeLast()
        nodes.removeLast()
        stamps.removeLast()
        var parent = 0
        let count = distances.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { break }
            var smallest = left
            if left + 1 < count, less(left + 1, left) { smallest = left + 1 }
            guard less(smallest, parent) else { break }
            swapAt(smallest, parent)
            parent = smallest
        }
        return top
    }
}
