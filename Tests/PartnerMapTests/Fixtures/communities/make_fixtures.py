#!/usr/bin/env python3
"""Louvain modularity reached by networkx on the centrality fixtures' graphs.

For each undirected graph of ../centrality, runs networkx.community.louvain_communities with
seeds 0..9 (resolution 1, threshold 1e-7, weights as tie strengths where the graph has them)
and records the modularity of each partition. PartnerMap's Louvain must reach at least 98% of
networkx's mean.

    python3 Tests/PartnerMapTests/Fixtures/communities/make_fixtures.py   # networkx 3.6.1
"""
import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
CENTRALITY = os.path.join(HERE, "..", "centrality")


def load(name):
    G = nx.Graph()
    weighted = False
    with open(os.path.join(CENTRALITY, name + ".edges")) as f:
        for line in f:
            parts = line.split("#")[0].split()
            if len(parts) == 1:
                G.add_node(parts[0])
            elif len(parts) >= 2:
                w = float(parts[2]) if len(parts) == 3 else 1.0
                weighted = weighted or len(parts) == 3
                G.add_edge(parts[0], parts[1], weight=w)
    return G, weighted


def main():
    out = {}
    for name in ["karate", "florentine", "lesmis", "davis", "gnp60", "gnm80w", "ba120w"]:
        G, weighted = load(name)
        weight = "weight" if weighted else None
        values = []
        for seed in range(10):
            parts = nx.community.louvain_communities(G, weight=weight, resolution=1, threshold=1e-7, seed=seed)
            values.append(nx.community.modularity(G, parts, weight=weight))
        out[name] = {"weighted": weighted, "modularity": values, "networkx": nx.__version__}
        print(name, min(values), sum(values) / len(values), max(values))
    with open(os.path.join(HERE, "louvain.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
