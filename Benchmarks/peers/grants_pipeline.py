#!/usr/bin/env python3
"""The pandas + networkx equivalent of importing a 360Giving CSV file and asking PartnerMap for
its funding totals and communities, as a researcher would write it.

    python3 Benchmarks/peers/grants_pipeline.py GRANTS.csv

pandas reads the file (dates day first, as UK publishers write them), totals the amounts by
funder and by recipient, builds the funder–recipient graph in networkx (one tie per pair,
weighted by the number of grants) and finds its Louvain communities (seed 0). It prints the
grants, funders, recipients, total awarded, the largest funder's share and the communities.
"""
import sys

import networkx as nx
import pandas as pd


def main(path):
    grants = pd.read_csv(path, dtype=str, keep_default_na=False)
    grants["amount"] = pd.to_numeric(grants["Amount Awarded"], errors="raise")
    grants["date"] = pd.to_datetime(grants["Award Date"], dayfirst=True, format="mixed", utc=True)
    by_funder = grants.groupby("Funding Org:Identifier")["amount"].sum().sort_values(ascending=False)
    by_recipient = grants.groupby("Recipient Org:Identifier")["amount"].sum()
    graph = nx.Graph()
    pairs = grants.groupby(["Funding Org:Identifier", "Recipient Org:Identifier"]).size()
    for (funder, recipient), count in pairs.items():
        graph.add_edge(funder, recipient, weight=float(count))
    communities = nx.community.louvain_communities(graph, seed=0)
    print(f"grants {len(grants)} funders {len(by_funder)} recipients {len(by_recipient)} "
          f"total {grants['amount'].sum():.2f} largest-funder-share {by_funder.iloc[0] / by_funder.sum():.4f} "
          f"years {grants['date'].dt.year.min()}-{grants['date'].dt.year.max()} "
          f"nodes {graph.number_of_nodes()} ties {graph.number_of_edges()} communities {len(communities)}")


if __name__ == "__main__":
    main(sys.argv[1])
