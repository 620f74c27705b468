#!/usr/bin/env python3
"""Reference values for the centrality suite, computed by networkx.

Writes, for each graph, NAME.edges (the graph as PartnerMap reads it: `source target [weight]`,
isolated nodes on lines of their own, node order = order of first appearance) and NAME.json
(every measure for every node, as networkx computes it with the conventions of
docs/CONVENTIONS.md). The Swift tests compare against these to a relative error
of 1e-9.

    python3 Tests/PartnerMapTests/Fixtures/centrality/make_fixtures.py   # networkx 3.6.1
"""
import json
import math
import os
import random

import networkx as nx
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def relabel(G):
    return nx.relabel_nodes(G, {v: str(v).replace(" ", "_") for v in G}, copy=True)


def with_weights(G, seed, low=1, high=5):
    rng = random.Random(seed)
    for u, v in G.edges():
        G[u][v]["weight"] = float(rng.randint(low, high))
    return G


def graphs():
    karate = relabel(nx.karate_club_graph())
    yield "karate", karate, True
    yield "florentine", relabel(nx.florentine_families_graph()), False
    yield "lesmis", relabel(nx.les_miserables_graph()), True
    yield "davis", relabel(nx.davis_southern_women_graph()), False
    gnp = relabel(nx.gnp_random_graph(60, 0.05, seed=1))  # disconnected, with isolates
    yield "gnp60", gnp, False
    yield "gnm80w", with_weights(relabel(nx.gnm_random_graph(80, 180, seed=2)), seed=2), True
    yield "ba120w", with_weights(relabel(nx.barabasi_albert_graph(120, 2, seed=3)), seed=3), True
    yield "digraph50w", with_weights(relabel(nx.gnp_random_graph(50, 0.07, seed=4, directed=True)), seed=4), True


def order(G):
    """Node order of the edge list written below: first appearance."""
    seen = []
    for u, v in G.edges():
        for x in (u, v):
            if x not in seen:
                seen.append(x)
    return seen + [x for x in G if x not in seen]


def write_edges(name, G, weighted):
    with open(os.path.join(HERE, name + ".edges"), "w") as f:
        f.write("# %s: %d nodes, %d edges%s, made by make_fixtures.py\n"
                % (name, G.number_of_nodes(), G.number_of_edges(), ", weights are tie strengths" if weighted else ""))
        for u, v, d in G.edges(data=True):
            f.write("%s %s %s\n" % (u, v, repr(d["weight"])) if weighted else "%s %s\n" % (u, v))
        for x in G:
            if G.degree(x) == 0:
                f.write("%s\n" % x)


def clean(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def measures(G, weighted):
    directed = G.is_directed()
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d["distance"] = 1.0 / d.get("weight", 1.0)
    w = "weight" if weighted else None
    dist = "distance" if weighted else None
    out = {}
    out["degree"] = dict(G.degree())
    out["strength"] = dict(G.degree(weight="weight"))
    out["betweenness"] = nx.betweenness_centrality(G)
    out["betweenness-weighted"] = nx.betweenness_centrality(H, weight=dist)
    eb = nx.edge_betweenness_centrality(G)
    out["edge-betweenness"] = [[u, v, x] for (u, v), x in eb.items()]
    ebw = nx.edge_betweenness_centrality(H, weight=dist)
    out["edge-betweenness-weighted"] = [[u, v, x] for (u, v), x in ebw.items()]
    out["closeness"] = nx.closeness_centrality(G)
    out["closeness-weighted"] = nx.closeness_centrality(H, distance=dist)
    out["harmonic"] = nx.harmonic_centrality(G)
    out["harmonic-weighted"] = nx.harmonic_centrality(H, distance=dist)
    out["pagerank"] = nx.pagerank(G, weight=None, tol=1e-15, max_iter=100000)
    out["pagerank-weighted"] = nx.pagerank(G, weight="weight", tol=1e-15, max_iter=100000)
    if not directed:
        for key, weight in (("eigenvector", None), ("eigenvector-weighted", w)):
            if nx.is_connected(G):
                out[key] = nx.eigenvector_centrality_numpy(G, weight=weight, max_iter=100000, tol=0)
            else:
                # networkx refuses the exact vector on disconnected graphs; its power iteration
                # on A + I from a uniform start converges to the dominant component's vector.
                out[key] = nx.eigenvector_centrality(G, weight=weight, max_iter=1000000, tol=1e-15)
        for key, weight in (("katz", None), ("katz-weighted", w)):
            A = nx.to_numpy_array(G, weight=weight)
            lam = max(abs(np.linalg.eigvals(A)))
            if 0.1 < 1 / lam:
                out[key] = nx.katz_centrality_numpy(G, alpha=0.1, beta=1.0, weight=weight)
        out["core-number"] = nx.core_number(G)
        out["clustering"] = nx.clustering(G)
        out["constraint"] = nx.constraint(G)
        out["constraint-weighted"] = nx.constraint(G, weight=w)
        # nodes=list(G) takes networkx's per-node path, Burt's definition. Its default sparse
        # path divides by the wrong row maximum on weighted graphs (networkx PR #8906).
        out["effective-size"] = nx.effective_size(G, nodes=list(G))
        out["effective-size-weighted"] = nx.effective_size(G, nodes=list(G), weight=w)
        out["articulation-points"] = sorted(nx.articulation_points(G))
        out["bridges"] = sorted([sorted(e) for e in nx.bridges(G)])
    result = {}
    for key, value in out.items():
        if isinstance(value, dict):
            result[key] = {str(k): clean(float(x)) for k, x in value.items()}
        else:
            result[key] = value
    return result


def main():
    for name, G, weighted in graphs():
        write_edges(name, G, weighted)
        data = {"name": name, "directed": G.is_directed(), "weighted": weighted,
                "nodes": order(G), "networkx": nx.__version__, "measures": measures(G, weighted)}
        with open(os.path.join(HERE, name + ".json"), "w") as f:
            json.dump(data, f, indent=1, sort_keys=True)
        print(name, G.number_of_nodes(), G.number_of_edges(), sorted(data["measures"]))


if __name__ == "__main__":
    main()
