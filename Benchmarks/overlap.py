#!/usr/bin/env python3
"""`partnermap overlap` against scikit-learn's TfidfVectorizer plus cosine, on the same texts.

Generates N synthetic project texts (Zipf-distributed words, with planted near-duplicate
pairs), writes them as a PartnerMap CSV folder and times, as whole processes:
- partnermap overlap DIR --words-only (word TF-IDF, sublinear TF, smoothed IDF, unit length);
- scikit-learn: TfidfVectorizer(sublinear_tf=True) on the same texts, X @ X.T, pairs above the
  threshold.
Then checks that both give the same top pairs.

    python3 Benchmarks/overlap.py [--projects 20000] [--threshold 0.5]
"""
import argparse
import csv
import os
import random
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SKLEARN = r'''
import csv, sys, time
import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
folder, threshold, top = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
with open(folder + "/projects.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
texts = [r["name"] + ". " + r["objectives"] for r in rows]
X = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
S = sparse.triu(X @ X.T, k=1).tocoo()
keep = S.data >= threshold
pairs = sorted(zip(-S.data[keep], S.row[keep], S.col[keep]))
for score, a, b in pairs[:top]:
    print(rows[a]["id"], rows[b]["id"], -score)
'''


def make_texts(n, seed):
    rng = random.Random(seed)
    vocabulary = ["w%d" % i for i in range(8000)]
    weights = [1 / (i + 1) for i in range(len(vocabulary))]
    texts = []
    for i in range(n):
        if i % 50 == 49:
            # A near duplicate of an earlier text: a few words changed.
            words = texts[rng.randrange(len(texts))].split()
            for _ in range(3):
                words[rng.randrange(len(words))] = rng.choices(vocabulary, weights)[0]
        else:
            words = rng.choices(vocabulary, weights, k=rng.randint(15, 40))
        texts.append(" ".join(words))
    return texts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=20000)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--top", type=int, default=100)
    args = parser.parse_args()
    folder = os.path.join(HERE, "data", "overlap-%d" % args.projects)
    os.makedirs(folder, exist_ok=True)
    texts = make_texts(args.projects, seed=1)
    with open(os.path.join(folder, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        f.write("id,name\norg,Organisation\n")
    with open(os.path.join(folder, "projects.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "name", "organisations", "objectives", "language"])
        for i, text in enumerate(texts):
            words = text.split()
            writer.writerow(["p%d" % i, " ".join(words[:3]), "org", " ".join(words[3:]), "en"])

    subprocess.run(["swift", "build", "-c", "release", "--product", "partnermap"], cwd=ROOT, check=True, capture_output=True)
    binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/partnermap"

    def timed(command):
        start = time.time()
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True, check=True)
        return time.time() - start, int(result.stderr.strip().splitlines()[-1]), result.stdout

    best = None
    for _ in range(3):
        run = timed([binary, "overlap", folder, "--words-only", "--threshold", str(args.threshold),
                     "--top", str(args.top), "--format", "csv"])
        best = run if best is None or run[0] < best[0] else best
    ours_seconds, ours_kb, ours_out = best
    ours = [tuple(sorted(line.split(",")[:2])) for line in ours_out.strip().splitlines()[1:]]

    best = None
    for _ in range(3):
        run = timed([sys.executable, "-c", SKLEARN, folder, str(args.threshold), str(args.top)])
        best = run if best is None or run[0] < best[0] else best
    theirs_seconds, theirs_kb, theirs_out = best
    theirs = [tuple(sorted(line.split()[:2])) for line in theirs_out.strip().splitlines()]

    same = len(set(ours) & set(theirs))
    print("| projects | partnermap overlap --words-only | scikit-learn TfidfVectorizer + X·Xᵀ | same top pairs |")
    print("|---|---|---|---|")
    print("| %d | %.2f s, %d MB | %.2f s, %d MB | %d of %d |" % (
        args.projects, ours_seconds, ours_kb / 1024, theirs_seconds, theirs_kb / 1024, same, max(len(ours), len(theirs))))


if __name__ == "__main__":
    main()
