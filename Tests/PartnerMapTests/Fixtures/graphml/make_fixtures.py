#!/usr/bin/env python3
"""GraphML and GEXF files as networkx writes them, with the values networkx computes on them.

The Swift tests read each file back and check the same nodes, ties, weights and centrality
values (to a relative error of 1e-9).

    python3 Tests/PartnerMapTests/Fixtures/graphml/make_fixtures.py   # networkx 3.6.1
"""
import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def partnership_graph():
    """A small partnership network with organisation attributes, accents and a parallel edge."""
    g = nx.Graph()
    g.add_node("binam", label="Bureau d'intégration des nouveaux arrivants à Montréal", type="municipal", sector="settlement")
    g.add_node("femmes", label="Centre des femmes immigrantes", type="nonprofit", sector="settlement;women")
    g.add_node("clinique", label="Clinique <Saint-Michel> & co", type="health", sector="health")
    g.add_node("biblio", label="Bibliothèque", type="municipal")
    g.add_node("alone", label="Seul")
    g.add_edge("binam", "femmes", weight=3.0, type="co-creation")
    g.add_edge("femmes", "clinique", weight=2.0)
    g.add_edge("clinique", "biblio", weight=1.0)
    g.add_edge("binam", "biblio", weight=1.0)
    return g


def values(g, name):
    distance = {(u, v): 1 / d["weight"] for u, v, d in g.edges(data=True)}
    nx.set_edge_attributes(g, distance, "distance")
    result = {
        "nodes": list(g.nodes()),
        "edges": [[u, v, d.get("weight", 1.0)] for u, v, d in g.edges(data=True)],
        "betweenness": nx.betweenness_centrality(g),
        "weighted_betweenness": nx.betweenness_centrality(g, weight="distance"),
        "pagerank": nx.pagerank(g, weight="weight", tol=1e-14, max_iter=10000),
        "closeness": nx.closeness_centrality(g),
    }
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1, sort_keys=True, ensure_ascii=False)


def main():
    lesmis = nx.les_miserables_graph()
    nx.write_graphml(lesmis, os.path.join(HERE, "lesmis.graphml"))
    nx.write_gexf(lesmis, os.path.join(HERE, "lesmis.gexf"))
    values(nx.les_miserables_graph(), "lesmis")
    partners = partnership_graph()
    nx.write_graphml(partners, os.path.join(HERE, "partners.graphml"))
    nx.write_gexf(partners, os.path.join(HERE, "partners.gexf"))
    values(partnership_graph(), "partners")
    # networkx's own node-link data of the same graph: the shape `export --format node-link` follows.
    with open(os.path.join(HERE, "partners-node-link.json"), "w", encoding="utf-8") as handle:
        json.dump(nx.node_link_data(partnership_graph()), handle, indent=1, sort_keys=True, ensure_ascii=False)


if __name__ == "__main__":
    main()
