import Foundation

/// Burt's structural-hole measures: whether a node's contacts are redundant (all tied to each
/// other, so the node adds little) or separate (the node bridges a hole between them and can
/// broker). R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard, 1992.
///
/// With p_ij = a_ij / Σ_k a_ik the share of i's ties invested in j (mutual weights, so
/// undirected ties count both ways, as networkx's `normalized_mutual_weight`):
/// - **constraint** c_i = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i)} p_iq p_qj)², networkx's `constraint`:
///   high when all of i's contacts are tied to each other;
/// - **effective size** Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq m_jq), m_jq = a_jq / max_k a_jk
///   (networkx's `effective_size`; unweighted it is n_i − 2t_i/n_i, t_i the ties among i's
///   contacts): how many non-redundant contacts i has. On weighted graphs this is networkx's
///   per-node result (`nodes=list(G)`); its default sparse path divides by the wrong row
///   maximum in networkx 3.6 (networkx PR #8906);
/// - **efficiency** effective size / n_i (Burt 1992, not in networkx);
/// - **hierarchy** Σ_j r_j ln r_j / (N ln N), r_j = c_ij / (C_i/N), C_i = Σ_j c_ij, N = n_i
///   (Burt 1992, not in networkx): how much of i's constraint comes from one contact; 0 when
///   it is spread evenly, NaN for one contact (N ln N = 0).
///
/// Nodes without ties get NaN for all four, as networkx gives for constraint and effective
/// size. Directed graphs are read as undirected.
///
/// - Complexity: O(Σ deg(i)²) time, each node's ego network walked once; O(n + m) memory.
/// - DOI: 10.1086/421787 (Burt 2004, "Structural holes and good ideas", which uses these measures).
public struct StructuralHoles: Sendable {
    /// Burt's constraint of each node, by node index (NaN for a node without ties).
    public let constraint: [Double]
    /// Burt's effective size of each node.
    public let effectiveSize: [Double]
    /// Effective size over degree.
    public let efficiency: [Double]
    /// Burt's hierarchy of each node.
    public let hierarchy: [Double]

    /// Measures a graph (ties read as undirected); `weighted` uses tie strengths.
    public init(_ graph: Graph, weighted: Bool = false) {
        let g = graph.undirected()
        let n = g.nodeCount
        var strength = [Double](repeating: 0, count: n)
        var maxWeight = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for p in g.offsets[v]..<g.offsets[v + 1] {
                let w = weighted ? g.weights[p] : 1
                strength[v] += w
                maxWeight[v] = max(maxWeight[v], w)
            }
        }
        // p_ij by arc position.
        var share = [Double](repeating: 0, count: g.targets.count)
        for v in 0..<n {
            for p in g.offsets[v]..<g.offsets[v + 1] { share[p] = (weighted ? g.weights[p] : 1) / strength[v] }
        }
        let clustering = weighted ? nil : ClusteringCoefficient(g)
        var constraint = [Double](repeating: .nan, count: n)
        var effectiveSize = [Double](repeating: .nan, count: n)
        var efficiency = [Double](repeating: .nan, count: n)
        var hierarchy = [Double](repeating: .nan, count: n)
        // p_iq for the current i, indexed by q; zero for non-contacts.
        var shareOfI = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let range = g.offsets[i]..<g.offsets[i + 1]
            let contacts = range.count
            guard contacts > 0 else { continue }
            for p in range { shareOfI[Int(g.targets[p])] = share[p] }
            var local: [Double] = []
            local.reserveCapacity(contacts)
            var redundancy = 0.0
            for p in range {
                let j = Int(g.targets[p])
                var indirect = 0.0
                var overlap = 0.0
                for r in g.offsets[j]..<g.offsets[j + 1] {
                    let q = Int(g.targets[r])
                    let piq = shareOfI[q]
                    guard piq != 0 else { continue }
                    // p_qj: q's share towards j; by symmetry, the arc q→j.
                    indirect += piq * share[g.arcPosition(from: q, to: j)!]
                    overlap += piq * (weighted ? g.weights[r] : 1) / maxWeight[j]
                }
                let direct = share[p] + indirect
                local.append(direct * direct)
                redundancy += 1 - overlap
            }
            for p in range { shareOfI[Int(g.targets[p])] = 0 }
            let total = local.reduce(0, +)
            constraint[i] = total
            if let clustering {
                let size = Double(contacts)
                effectiveSize[i] = size - 2 * Double(clustering.triangles[i]) / size
            } else {
                effectiveSize[i] = redundancy
            }
            efficiency[i] = effectiveSize[i] / Double(contacts)
            if contacts == 1 {
                hierarchy[i] = 1
            } else if total > 0 {
                let bigN = Double(contacts)
                let mean = total / bigN
                var sum = 0.0
                for c in local where c > 0 {
                    let ratio = c / mean
                    sum += ratio * log(ratio)
                }
                hierarchy[i] = sum / (bigN * log(bigN))
            }
        }
        self.constraint = constraint
        self.effectiveSize = effectiveSize
        self.efficiency = efficiency
        self.hierarchy = hierarchy
    }
}
