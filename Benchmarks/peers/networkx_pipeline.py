#!/usr/bin/env python3
"""The networkx equivalent of a PartnerMap command on a network CSV folder, as a researcher
would write it: pandas reads the folder, networkx builds the collaboration view (partnerships,
council seats as organisation–council ties, co-delivered projects) and computes.

    python3 Benchmarks/peers/networkx_pipeline.py FOLDER TASK

TASK is one of
  load           read the CSV files and build the graph (every other task does this first)
  centrality-50  betweenness from 50 sampled sources (seed 0), as `centrality --samples 50`
  communities    Louvain (seed 0), as `communities`
  gaps           isolates, components, articulation points and bridges, missing sectors per
                 council, unfunded projects, main-funder shares: the structural part of `gaps`
                 (no text comparison of priorities, which networkx does not do)
  recommend      Adamic-Adar over pairs two steps apart, top 10, as `recommend`'s structural half
It prints one line: the task, the nodes and ties of the graph, and a checksum of the result.
"""
import sys

import networkx as nx
import pandas as pd


def load(folder):
    organisations = pd.read_csv(f"{folder}/organisations.csv", dtype=str, keep_default_na=False)
    partnerships = pd.read_csv(f"{folder}/partnerships.csv", dtype=str, keep_default_na=False)
    memberships = pd.read_csv(f"{folder}/memberships.csv", dtype=str, keep_default_na=False)
    projects = pd.read_csv(f"{folder}/projects.csv", dtype=str, keep_default_na=False)
    funding = pd.read_csv(f"{folder}/funding.csv", dtype=str, keep_default_na=False)
    graph = nx.Graph()
    graph.add_nodes_from(organisations["id"])
    for pair, weight in zip(partnerships["organisations"], partnerships["weight"]):
        a, b = pair.split(";")
        graph.add_edge(a, b, weight=float(weight or 1))
    for organisation, body in zip(memberships["organisation"], memberships["body"]):
        if not graph.has_edge(organisation, body):
            graph.add_edge(organisation, body, weight=1.0)
    for owners in projects["organisations"]:
        people = owners.split(";")
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if a != b and not graph.has_edge(a, b):
                    graph.add_edge(a, b, weight=1.0)
    return graph, organisations, memberships, projects, funding


def main():
    folder, task = sys.argv[1], sys.argv[2]
    graph, organisations, memberships, projects, funding = load(folder)
    result = 0.0
    if task == "centrality-50":
        result = sum(nx.betweenness_centrality(graph, k=50, seed=0).values())
    elif task == "communities":
        result = len(nx.community.louvain_communities(graph, seed=0))
    elif task == "gaps":
        isolates = list(nx.isolates(graph))
        components = list(nx.connected_components(graph))
        cuts = list(nx.articulation_points(graph))
        bridges = list(nx.bridges(graph))
        sectors = dict(zip(organisations["id"], organisations["sectors"]))
        missing = 0
        for body, members in memberships.groupby("body")["organisation"]:
            covered = {s for m in members for s in sectors.get(m, "").split(";")}
            missing += len({"health", "education", "justice", "municipal", "employment"} - covered)
        unfunded = len(set(projects["id"]) - set(funding["to"]))
        amounts = funding.assign(amount=funding["amount"].astype(float))
        shares = amounts.groupby(["to", "from"])["amount"].sum() / amounts.groupby("to")["amount"].sum()
        result = len(isolates) + len(components) + len(cuts) + len(bridges) + missing + unfunded + int((shares >= 0.8).sum())
    elif task == "recommend":
        candidates = set()
        for u in graph:
            for w in graph[u]:
                for v in graph[w]:
                    if u < v and not graph.has_edge(u, v):
                        candidates.add((u, v))
        scores = sorted(nx.adamic_adar_index(graph, candidates), key=lambda t: (-t[2], t[0], t[1]))[:10]
        result = sum(s for _, _, s in scores)
    elif task != "load":
        sys.exit(f"unknown task {task}")
    print(task, graph.number_of_nodes(), graph.number_of_edges(), round(result, 6))


if __name__ == "__main__":
    main()
