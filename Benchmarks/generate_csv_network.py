#!/usr/bin/env python3
"""A seeded synthetic network as a CSV folder, for measuring PartnerMap on large files.

    python3 Benchmarks/generate_csv_network.py OUT_FOLDER [--organisations N] [--partnerships-mb MB] [--seed S]

Writes organisations.csv (N organisations) and partnerships.csv (random pairs, no pair twice,
weights 1-5, a `since` year) until the partnerships file reaches MB megabytes. The default,
100,000 organisations and 50 MB of partnerships (about 1.4 million), is the file docs/reliability.md's
memory figure is measured on.
"""
import argparse
import os
import random


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--partnerships-mb", type=float, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    random.seed(args.seed)
    os.makedirs(args.folder, exist_ok=True)
    n = args.organisations
    with open(os.path.join(args.folder, "organisations.csv"), "w", encoding="utf-8") as handle:
        handle.write("id,name,type,sectors\n")
        for i in range(n):
            handle.write(f"org-{i},Organisation {i},nonprofit,settlement;health\n")
    limit = args.partnerships_mb * 1_000_000
    seen = set()
    size = 0
    with open(os.path.join(args.folder, "partnerships.csv"), "w", encoding="utf-8") as handle:
        handle.write("organisations,type,weight,since\n")
        while size < limit:
            a, b = random.randrange(n), random.randrange(n)
            key = (min(a, b), max(a, b))
            if a == b or key in seen:
                continue
            seen.add(key)
            line = f"org-{a};org-{b},referral,{random.randint(1, 5)},20{random.randint(10, 24)}\n"
            handle.write(line)
            size += len(line)
    print(f"{n} organisations, {len(seen)} partnerships in {args.folder}")


if __name__ == "__main__":
    main()
