#!/usr/bin/env python3
"""One peer library computing one measure on one edge list, loading included.

    python3 peer.py TOOL MEASURE FILE [SAMPLES]

TOOL: networkx | igraph | rustworkx | networkit. MEASURE: betweenness | closeness | pagerank |
betweenness-sampled | communities. Prints `compute SECONDS` (the algorithm alone, loading
excluded) and, for communities, `modularity Q`; the harness also times the whole process. With
PEER_OUTPUT=path it writes `id value` lines, for the harness's cross-check of values.
"""
import os
import sys
import time


def load_networkx(path):
    import networkx as nx
    return nx.read_edgelist(path, nodetype=str)


def main():
    tool, measure, path = sys.argv[1:4]
    samples = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    values = None
    modularity = None
    if tool == "networkit":
        import ctypes
        import site
        # The wheel ships libnetworkit.so beside the package without an rpath to it.
        for folder in site.getsitepackages():
            library = os.path.join(folder, "libnetworkit.so")
            if os.path.exists(library):
                ctypes.CDLL(library, mode=ctypes.RTLD_GLOBAL)
        import networkit as nk
        nk.setNumberOfThreads(os.cpu_count())
        g = nk.readGraph(path, nk.Format.EdgeListSpaceZero)
        start = time.time()
        if measure != "communities":
            raise SystemExit("networkit is used here for communities only")
        plm = nk.community.PLM(g, refine=False, gamma=1.0)
        plm.run()
        compute = time.time() - start
        modularity = nk.community.Modularity().getQuality(plm.getPartition(), g)
    elif tool == "networkx":
        import networkx as nx
        G = load_networkx(path)
        start = time.time()
        if measure == "communities":
            parts = nx.community.louvain_communities(G, seed=1)
            modularity = nx.community.modularity(G, parts)
        elif measure == "betweenness":
            values = nx.betweenness_centrality(G)
        elif measure == "betweenness-sampled":
            values = nx.betweenness_centrality(G, k=samples, seed=1)
        elif measure == "closeness":
            values = nx.closeness_centrality(G)
        elif measure == "pagerank":
            values = nx.pagerank(G)
    elif tool == "igraph":
        import igraph as ig
        g = ig.Graph.Read_Ncol(path, directed=False, weights=False)
        n = g.vcount()
        start = time.time()
        if measure == "communities":
            modularity = g.community_multilevel().modularity
        elif measure == "betweenness":
            raw = g.betweenness()
            values = {v["name"]: b * 2 / ((n - 1) * (n - 2)) for v, b in zip(g.vs, raw)}
        elif measure == "closeness":
            values = dict(zip(g.vs["name"], g.closeness()))
        elif measure == "pagerank":
            values = dict(zip(g.vs["name"], g.pagerank()))
        else:
            raise SystemExit("igraph has no sampled betweenness")
    elif tool == "rustworkx":
        import rustworkx as rx
        graph = rx.PyGraph()
        index = {}
        with open(path) as f:
            for line in f:
                parts = line.split("#")[0].split()
                if not parts:
                    continue
                for p in parts[:2]:
                    if p not in index:
                        index[p] = graph.add_node(p)
                if len(parts) >= 2:
                    graph.add_edge(index[parts[0]], index[parts[1]], None)
        start = time.time()
        if measure == "betweenness":
            result = rx.betweenness_centrality(graph, normalized=True)
        elif measure == "closeness":
            result = rx.closeness_centrality(graph, wf_improved=True)
        elif measure == "pagerank":
            digraph = graph.to_directed()
            result = rx.pagerank(digraph)
        else:
            raise SystemExit("rustworkx has no sampled betweenness")
        compute = time.time() - start
        values = {graph[i]: result[i] for i in result}
    else:
        raise SystemExit("unknown tool " + tool)
    if tool not in ("rustworkx", "networkit"):
        compute = time.time() - start
    print("compute %.4f" % compute)
    if modularity is not None:
        print("modularity %.6f" % modularity)
    out = os.environ.get("PEER_OUTPUT")
    if out and values is not None:
        with open(out, "w") as f:
            for k, v in values.items():
                f.write("%s %r\n" % (k, v))


if __name__ == "__main__":
    main()
