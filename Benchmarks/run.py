#!/usr/bin/env python3
"""PartnerMap against networkx, igraph and rustworkx, side by side in one run.

Generates the same graphs for everyone (seeded networkx generators, written as edge lists),
then times each tool as a whole process (loading the edge list included) with GNU time,
which also gives peak memory (maximum resident set size). Every run is checked: PartnerMap's
values must equal the first peer's that computes the same measure to 1e-9.

    make bench            # or: python3 Benchmarks/run.py [--quick] [--repeat N]

Writes Benchmarks/results.md and prints it.
"""
import argparse
import os
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data")
PEER = os.path.join(HERE, "peers", "peer.py")


def generate(quick):
    import networkx as nx
    os.makedirs(DATA, exist_ok=True)
    specs = [("BA n=10k m=5", "ba-10k", lambda: nx.barabasi_albert_graph(10_000, 5, seed=1)),
             ("ER n=10k m=50k", "er-10k", lambda: nx.gnm_random_graph(10_000, 49_975, seed=1))]
    if not quick:
        specs += [("BA n=100k m=5", "ba-100k", lambda: nx.barabasi_albert_graph(100_000, 5, seed=1)),
                  ("ER n=100k m=500k", "er-100k", lambda: nx.gnm_random_graph(100_000, 499_975, seed=1)),
                  ("BA n=200k m=5 (1M edges)", "ba-200k", lambda: nx.barabasi_albert_graph(200_000, 5, seed=1))]
    graphs = []
    for label, name, make in specs:
        path = os.path.join(DATA, name + ".edges")
        if not os.path.exists(path):
            G = make()
            # Isolated nodes are dropped so every tool reads the same plain `u v` file
            # (igraph's NCOL reader refuses lines with one id).
            G.remove_nodes_from(list(nx.isolates(G)))
            with open(path, "w") as f:
                for u, v in G.edges():
                    f.write("%d %d\n" % (u, v))
        graphs.append((label, name, path))
    return graphs


def timed(command, timeout, env=None):
    """Seconds and peak KB of one whole process, or None on timeout or failure."""
    wrapped = ["/usr/bin/time", "-f", "%e %M"] + command  # whole process, peak RSS
    # A session of its own, so a timeout kills the measured process too, not only `time`.
    process = subprocess.Popen(wrapped, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return None, f"> {timeout} s"
    if process.returncode != 0:
        return None, stderr.strip().splitlines()[-1] if stderr.strip() else "failed"
    seconds, kb = stderr.strip().splitlines()[-1].split()
    # The algorithm's own time and the modularity, as the tools report them.
    compute = None
    modularity = None
    for line in (stdout + "\n" + stderr).splitlines():
        if line.startswith("compute "):
            compute = float(line.split()[1])
        elif line.startswith("modularity "):
            modularity = float(line.split()[1])
        elif line.startswith("timings: "):
            for part in line[len("timings: "):].split(", "):
                name, value, _ = part.split()
                if name in ("compute", "louvain"):
                    compute = float(value)
        elif line.startswith('  "modularity" : '):
            modularity = float(line.split(":")[1].strip().rstrip(","))
    return (float(seconds), int(kb), compute, modularity), None


def partnermap_command(binary, measure, path, samples):
    if measure == "communities":
        return [binary, "communities", path, "--format", "json", "--seed", "1", "--timings"]
    base = [binary, "centrality", path, "--format", "csv", "--timings"]
    if measure == "betweenness-sampled":
        return base + ["--measures", "betweenness", "--samples", str(samples), "--seed", "1"]
    return base + ["--measures", measure]


def read_partnermap_csv(text, measure):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    column = header.index("betweenness" if measure.startswith("betweenness") else measure)
    return {row.split(",")[0]: float(row.split(",")[column]) for row in lines[1:]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="10k graphs only")
    parser.add_argument("--repeat", type=int, default=3, help="runs per cell; the best is kept")
    parser.add_argument("--timeout", type=int, default=900)
    parser.add_argument("--tasks", default="centrality,communities", help="centrality, communities or both")
    args = parser.parse_args()

    subprocess.run(["swift", "build", "-c", "release", "--product", "partnermap"], cwd=ROOT, check=True)
    # partnermap reads `--seed 1` as networkx's seed=1: same sources, same estimate.
    binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/partnermap"
    graphs = generate(args.quick)
    tasks = []
    wanted = set(args.tasks.split(","))
    for label, name, path in graphs:
        small = name.endswith("10k")
        if "communities" in wanted and name != "ba-200k":
            tasks.append((label, path, "communities", ["partnermap", "networkit", "igraph", "networkx"]))
        if "centrality" not in wanted:
            continue
        if small:
            tasks.append((label, path, "betweenness", ["partnermap", "igraph", "rustworkx", "networkx"]))
            tasks.append((label, path, "closeness", ["partnermap", "igraph", "rustworkx", "networkx"]))
        if name != "ba-200k":
            tasks.append((label, path, "pagerank", ["partnermap", "igraph", "rustworkx", "networkx"]))
        if not small:
            tasks.append((label, path, "betweenness-sampled", ["partnermap", "networkx"]))

    rows = []
    for label, path, measure, tools in tasks:
        cells = {}
        outputs = {}
        check = ""
        for tool in tools:
            best = None
            error = None
            repeats = args.repeat if tool != "networkx" else 1
            values_file = os.path.join(DATA, "values-%s.txt" % tool)
            for _ in range(repeats):
                if tool == "partnermap":
                    outcome, error = timed(partnermap_command(binary, measure, path, 100), args.timeout)
                else:
                    env = dict(os.environ, PEER_OUTPUT=values_file)
                    outcome, error = timed([sys.executable, PEER, tool, measure, path, "100"], args.timeout, env=env)
                if outcome is None:
                    break
                best = outcome if best is None or outcome[0] < best[0] else best
            cells[tool] = best if best else error
            if best and tool != "partnermap" and os.path.exists(values_file):
                outputs[tool] = values_file + ".kept"
                os.replace(values_file, outputs[tool])
            print(f"{label:24} {measure:20} {tool:10} {best if best else error}", flush=True)
        # Cross-check PartnerMap's numbers against a peer that finished: networkx first (the
        # reference), then igraph, then rustworkx. Sampled betweenness only against networkx,
        # which draws the same sources for the same seed.
        order = ["networkx"] if measure == "betweenness-sampled" else ["networkx", "igraph", "rustworkx"]
        peer = next((t for t in order if t in outputs), None)
        if measure == "communities":
            peer = None
            mods = {t: c[3] for t, c in cells.items() if isinstance(c, tuple) and c[3] is not None}
            check = "modularity " + ", ".join(f"{t} {q:.3f}" for t, q in mods.items())
        if peer:
            theirs = {}
            with open(outputs[peer]) as f:
                for line in f:
                    k, v = line.split()
                    theirs[k] = float(v)
            ours = read_partnermap_csv(subprocess.run(partnermap_command(binary, measure, path, 100), check=True,
                                                      capture_output=True, text=True).stdout, measure)
            worst = max(abs(ours[k] - theirs[k]) / max(abs(theirs[k]), 1e-12) for k in theirs)
            check = f"max rel. diff vs {peer}: {worst:.1e}"
        rows.append((label, measure, cells, check))

    tools = ["partnermap", "igraph", "rustworkx", "networkit", "networkx"]
    tools = [t for t in tools if any(t in cells for _, _, cells, _ in rows)]
    lines = ["| graph | measure | " + " | ".join(tools) + " | check |", "|---|---|" + "---|" * len(tools) + "---|"]
    for label, measure, cells, check in rows:
        rendered = []
        for tool in tools:
            cell = cells.get(tool)
            if cell is None:
                rendered.append("–")
            elif isinstance(cell, tuple):
                compute = f" ({cell[2]:.2f} s compute)" if cell[2] is not None else ""
                rendered.append(f"{cell[0]:.2f} s{compute}, {cell[1] / 1024:.0f} MB")
            else:
                rendered.append(str(cell))
        lines.append(f"| {label} | {measure} | " + " | ".join(rendered) + f" | {check} |")
    stamp = time.strftime("%Y-%m-%d")
    cpu = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    table = "\n".join(lines)
    with open(os.path.join(HERE, "results-%s.md" % args.tasks.replace(",", "-")), "w") as f:
        f.write(f"Measured {stamp} on {cpu} cores with `python3 Benchmarks/run.py`"
                f" (best of {args.repeat}; networkx once). Whole process, loading included; memory is peak RSS.\n\n")
        f.write(table + "\n")
    print(table)


if __name__ == "__main__":
    main()
