import Foundation

/// How much memory this process may use, and whether a graph fits once it is a network.
///
/// An edge list or GraphML file is read as a compact graph (`summary`, `centrality`,
/// `communities` need nothing more); the commands that need organisations turn every node into
/// one, which takes several times the graph's memory. Past what the machine or the process's
/// limits allow, the allocation would fail and Swift would stop the process with signal 6; the
/// commands say beforehand that the file does not fit instead.
enum MemoryBudget {
    /// Bytes a network made from a graph takes per node at its peak, measured on this project's
    /// benchmark machine (`gaps` on an edge list of 2,000,000 nodes: 1.31 GB; 10,000,000 nodes:
    /// 6.2 GB), rounded up.
    static let bytesPerGraphNode = 700

    /// The least of the machine's memory and the process's address-space and data limits.
    static var available: Int {
        var limit = Int(clamping: UInt64(sysconf(Int32(_SC_PHYS_PAGES))) &* UInt64(sysconf(Int32(_SC_PAGESIZE))))
        for resource in [RLIMIT_AS, RLIMIT_DATA] {
            var value = rlimit()
            #if os(Linux)
                let got = getrlimit(__rlimit_resource_t(resource.rawValue), &value)
            #else
                let got = getrlimit(resource, &value)
            #endif
            if got == 0, value.rlim_cur != rlim_t.max { limit = min(limit, Int(clamping: value.rlim_cur)) }
        }
        return limit
    }

    /// A problem when a graph of `nodes` nodes would not fit as a network, `nil` when it does.
    static func networkProblem(nodes: Int, file: String) -> Diagnostic? {
        let needed = nodes.multipliedReportingOverflow(by: bytesPerGraphNode)
        let available = self.available
        guard needed.overflow || needed.partialValue > available else { return nil }
        return Diagnostic(
            file: file, line: nil,
            problem: .graphTooLargeForNetwork(nodes: nodes, neededMB: needed.overflow ? Int.max : needed.partialValue >> 20, availableMB: available >> 20))
    }

    /// Gives the memory freed since the last call back to the system. A network file's text
    /// and raw entries are small allocations freed once the network is built; the C library
    /// keeps them for reuse, but the large arrays built next (a text index of a million grants)
    /// come from fresh pages, so they would otherwise sit on top of what the file once took.
    static func giveBackFreedMemory() {
        #if os(Linux)
            mallocTrim?(0)
        #endif
    }

    #if os(Linux)
        /// glibc's `malloc_trim`, which Swift's Glibc module does not show (it is in `malloc.h`);
        /// `nil` with another C library.
        private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        }()
    #endif
}
