/// Two arrays made on all cores, in chunks, each element written straight to its place: the
/// entries of a section and where each was written. A CSV folder of 100,000 organisations has
/// about half a million rows; neither an intermediate array per chunk nor a copy is made.
///
/// The unsafe part of reading a network (uninitialised buffers shared between tasks) lives here
/// alone: each task writes only its own range, every element is written once, and the arrays
/// are handed out only when every task is done.
enum ChunkedFill {
    /// `count` pairs of values, `make(index, &problems)` called once per index on all cores in
    /// chunks of `chunk`; the problems of all chunks, in index order.
    static func fill<First, Second>(
        count: Int, chunk: Int, _ make: @Sendable (Int, inout [Diagnostic]) -> (First, Second)
    ) -> (first: [First], second: [Second], problems: [Diagnostic]) {
        let chunks = (count + chunk - 1) / chunk
        var second: [Second] = []
        var problems: [[Diagnostic]] = []
        let first = [First](unsafeUninitializedCapacity: count) { firstBuffer, firstWritten in
            second = [Second](unsafeUninitializedCapacity: count) { secondBuffer, secondWritten in
                let places = Places(first: firstBuffer.baseAddress, second: secondBuffer.baseAddress)
                problems = DeterministicParallel.map(partitions: chunks) { part, _ in
                    var found: [Diagnostic] = []
                    for index in part * chunk..<min(count, (part + 1) * chunk) {
                        let (a, b) = make(index, &found)
                        (places.first! + index).initialize(to: a)
                        (places.second! + index).initialize(to: b)
                    }
                    return found
                }
                secondWritten = count
            }
            firstWritten = count
        }
        return (first, second, Array(problems.joined()))
    }

    /// Where the tasks write: each task its own range of both buffers.
    private struct Places<First, Second>: @unchecked Sendable {
        let first: UnsafeMutablePointer<First>?
        let second: UnsafeMutablePointer<Second>?
    }
}
