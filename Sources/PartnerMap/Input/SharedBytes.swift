/// A file's bytes lent to tasks that read them at once on every core (the pieces of a long
/// YAML section, the grants of a 360Giving package) and never write them.
///
/// Unchecked: the buffer outlives the tasks (its owner waits for them) and nothing writes it
/// while they read.
struct SharedBytes: @unchecked Sendable {
    let base: UnsafeBufferPointer<UInt8>
}
