#!/usr/bin/env python3
"""How long the workspace page of `partnermap serve` takes to show new findings after a filter or
an edit, on the 600- and 5,000-organisation networks of the scale benchmark, and how many
requests a second it answers for the page's data.

    swift build -c release
    sudo apt-get install wrk            # the load test (a Python client is used without it)
    python3 Benchmarks/workspace.py     # writes Benchmarks/results-workspace.md

The networks come from generate_network.py (seed 1), written as YAML network files by
`partnermap import` (editable on the page). "Shows its new findings" is every request the page makes after a change, made the way
the page makes them: the state, then the organisations, then the map (SVG), the summary, gaps,
centrality, overlap, suggestions and the entries at once. Each filter is one the server has not
answered before (a sector, a type, a year), so nothing comes from its cache; an edit clears it.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, ".build", "release", "partnermap")


class Workspace:
    def __init__(self, network):
        self.process = subprocess.Popen([BIN, "serve", network, "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        address = self.process.stdout.readline().split()[1]
        self.base, self.token = address.split("/?token=")
        self.page = self.get("/api/page-token")["pageToken"]

    def request(self, path, body=None):
        headers = {"Authorization": "Bearer " + self.token}
        if body is not None:
            headers.update({"Content-Type": "application/json", "X-PartnerMap-Page": self.page})
        request = urllib.request.Request(self.base + path, data=None if body is None else json.dumps(body).encode(), headers=headers)
        with urllib.request.urlopen(request, timeout=120) as answer:
            data = answer.read()
        return data

    def get(self, path):
        return json.loads(self.request(path))

    def refresh(self, query):
        """Every request the page makes after a change, as the page makes them."""
        self.request("/api/state?" + query)
        self.request("/api/organisations?" + query)
        paths = ["/api/map?view=partnerships&format=svg&" + query] + ["/api/%s?%s" % (name, query) for name in ["summary", "gaps", "centrality", "overlap", "recommend"]]
        paths.append("/api/entries?section=organisations&lang=en")
        with ThreadPoolExecutor(max_workers=len(paths)) as pool:
            list(pool.map(self.request, paths))

    def close(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def timed(action):
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def load_test(workspace, seconds=10):
    """Requests a second for the page's data (the findings of the filter on screen, answered from
    the cache as when a coordinator reads), with wrk when installed."""
    path = "/api/gaps?lang=en"
    workspace.request(path)
    if shutil.which("wrk"):
        result = subprocess.run(["wrk", "-t", "2", "-c", "8", "-d", "%ds" % seconds, "-H", "Authorization: Bearer " + workspace.token, workspace.base + path],
                                capture_output=True, text=True)
        for line in result.stdout.splitlines():
            if line.startswith("Requests/sec"):
                return float(line.split()[1]), "wrk, 2 threads, 8 connections, %d s" % seconds
    count = 0
    end = time.time() + seconds

    def worker():
        nonlocal count
        while time.time() < end:
            workspace.request(path)
            count += 1
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(8):
            pool.submit(worker)
    return count / seconds, "Python client, 8 threads, %d s" % seconds


def main():
    if not os.path.exists(BIN):
        sys.exit("build first: swift build -c release")
    scratch = tempfile.mkdtemp(prefix="partnermap-workspace-bench-")
    rows = []
    try:
        for size in [600, 5000]:
            folder = os.path.join(scratch, "n%d" % size)
            subprocess.run([sys.executable, os.path.join(HERE, "generate_network.py"), folder, "--organisations", str(size)], check=True, capture_output=True)
            network = os.path.join(scratch, "network-%d.yaml" % size)
            subprocess.run([BIN, "import", folder, "-o", network], check=True, capture_output=True)
            workspace = Workspace(network)
            choices = workspace.get("/api/state")["choices"]
            workspace.refresh("lang=en")  # the page's first load
            filters = ["sector=" + sector for sector in choices["sectors"][:6]] + ["type=" + kind for kind in choices["types"][:3]]
            filter_times = [timed(lambda: workspace.refresh(query + "&lang=en")) for query in filters]
            edit_times = []
            for index in range(6):
                edit = {"action": "change", "section": "organisations", "position": index, "fields": {"area": "Benchmark %d" % index}}
                edit_times.append(timed(lambda: (workspace.request("/api/edit?lang=en", edit), workspace.refresh("lang=en"))))
            rate, how = load_test(workspace)
            workspace.close()
            rows.append((size, filter_times, edit_times, rate, how))
            print(size, "filter median %.3f max %.3f; edit median %.3f max %.3f; %.0f req/s" % (
                statistics.median(filter_times), max(filter_times), statistics.median(edit_times), max(edit_times), rate))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    lines = [
        "# The workspace page: time to new findings, and requests a second",
        "",
        "`python3 Benchmarks/workspace.py` (release build, 2 cores). A filter: every request the page makes after one",
        "(state, organisations, then map, summary, gaps, centrality, overlap, suggestions and entries at once), for a",
        "filter the server had not answered before. An edit: the edit, then the same requests.",
        "",
        "| organisations | goal | filter, median (max of %d) | edit, median (max of 6) | page data, requests a second |" % len(rows[0][1]),
        "|---|---|---|---|---|",
    ]
    for size, filter_times, edit_times, rate, how in rows:
        goal = "300 ms" if size <= 600 else "1.5 s"
        lines.append("| %s | %s | %.0f ms (%.0f ms) | %.0f ms (%.0f ms) | %.0f (%s) |" % (
            "{:,}".format(size), goal, 1000 * statistics.median(filter_times), 1000 * max(filter_times),
            1000 * statistics.median(edit_times), 1000 * max(edit_times), rate, how))
    with open(os.path.join(HERE, "results-workspace.md"), "w") as handle:
        handle.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
