#!/usr/bin/env python3
"""A seeded synthetic partnership network as a CSV folder, for measuring every command at scale.

    python3 Benchmarks/generate_network.py OUT_FOLDER [--organisations N] [--seed S]

For N organisations (default 5,000) it writes, scaled from the issue's 5,000-organisation case:
2 partnerships per organisation (preferential attachment inside 40 areas, a few across areas,
so the network has hubs, brokers and communities), N/100 councils with 10-40 seats each,
N/10 projects (English and French objectives drawn from 30 objective templates, so some pairs
overlap), 3 funding flows per 10 organisations from 12 funders, and 12 priorities. The same
seed gives the same bytes. No value in the files comes from a real organisation.
"""
import argparse
import csv
import os
import random

SECTORS = ["settlement", "health", "education", "employment", "housing", "justice", "municipal",
           "youth", "women", "francophone", "research", "social-economy", "culture", "sport"]
TYPES = ["nonprofit"] * 8 + ["municipal", "employer", "university", "school-board", "health", "other"]
OBJECTIVES_EN = [
    "Help newcomers find a first job in their field through mentoring and employer networking",
    "Offer English conversation circles for immigrant women and their children",
    "Give refugee families orientation on housing, tenancy rights and landlords",
    "Support international students in finding work after their studies",
    "Run homework help and after-school programmes for newcomer youth",
    "Provide mental health counselling for refugees who survived violence",
    "Train employers to recognise foreign credentials and hire immigrants",
    "Build friendships between long-time residents and newcomers through sport",
    "Help seniors who immigrated late in life break their isolation",
    "Offer legal information clinics on immigration status and family sponsorship",
    "Connect newcomer entrepreneurs with microcredit and business coaching",
    "Welcome refugee claimants at the airport and find them temporary shelter",
    "Teach digital skills to newcomers so they can apply for services online",
    "Train volunteers as interpreters for health appointments",
    "Prevent discrimination in rental housing through landlord outreach",
]
OBJECTIVES_FR = [
    "Aider les personnes nouvellement arrivées à trouver un premier emploi dans leur domaine grâce au mentorat",
    "Offrir des ateliers de conversation en français aux femmes immigrantes et à leurs enfants",
    "Accompagner les familles réfugiées dans la recherche de logement et la connaissance de leurs droits",
    "Soutenir les étudiants internationaux dans leur recherche d'emploi après leurs études",
    "Offrir de l'aide aux devoirs aux jeunes issus de l'immigration",
    "Offrir un soutien psychologique aux personnes réfugiées ayant vécu la violence",
    "Sensibiliser les employeurs à la reconnaissance des diplômes étrangers",
    "Créer des liens entre résidents de longue date et nouveaux arrivants par le sport",
    "Briser l'isolement des aînés immigrants",
    "Offrir des cliniques d'information juridique sur le statut d'immigration",
    "Accompagner les entrepreneurs immigrants vers le microcrédit",
    "Accueillir les demandeurs d'asile et leur trouver un hébergement temporaire",
    "Former les personnes nouvellement arrivées aux outils numériques",
    "Former des bénévoles comme interprètes pour les rendez-vous de santé",
    "Prévenir la discrimination dans le logement locatif",
]
PRIORITIES = [
    ("jobs", "Faster access to jobs that match newcomers' skills", "employment"),
    ("housing", "Affordable housing for large newcomer families", "housing"),
    ("health", "Access to mental health care for refugees", "health"),
    ("youth", "Success at school for newcomer youth", "education;youth"),
    ("isolation", "Break the isolation of immigrant seniors", "isolation"),
    ("language", "Language classes with child care", "language"),
    ("rights", "Know your rights: legal information for newcomers", "justice"),
    ("business", "Support for immigrant entrepreneurs", "entrepreneurship"),
    ("welcome", "A welcome at arrival for refugee claimants", "settlement"),
    ("digital", "Digital skills for newcomers", "digital"),
    ("transit", "Public transit passes for newcomers without income", "transport"),
    ("racism", "Fight racism in the workplace", "inclusion"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--organisations", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n = args.organisations
    os.makedirs(args.folder, exist_ok=True)

    def writer(name, header):
        handle = open(os.path.join(args.folder, name), "w", encoding="utf-8", newline="")
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(header)
        return handle, out

    areas = [f"Area {i + 1}" for i in range(40)]
    councils = max(1, n // 100)
    funders = 12
    handle, out = writer("network.csv", ["field", "value"])
    out.writerow(["name", f"Synthetic network of {n} organisations (seed {args.seed})"])
    handle.close()

    # Organisations: ordinary ones, then councils, then funders.
    ids, area_of = [], {}
    handle, out = writer("organisations.csv", ["id", "name", "type", "sectors", "area"])
    for i in range(n):
        sectors = rng.sample(SECTORS, rng.choice([1, 1, 2, 3]))
        area = rng.choice(areas)
        ids.append(f"org-{i}")
        area_of[f"org-{i}"] = area
        out.writerow([f"org-{i}", f"Organisation {i} {sectors[0].title()}", rng.choice(TYPES), ";".join(sectors), area])
    for c in range(councils):
        out.writerow([f"council-{c}", f"Council {c}", "council", "settlement", areas[c % len(areas)]])
    for f in range(funders):
        out.writerow([f"funder-{f}", f"Funder {f}", "funder", "community-funding", ""])
    handle.close()

    # Partnerships: preferential attachment within the area, one in eight across areas.
    by_area = {area: [] for area in areas}
    seen = set()
    degree_list = []
    handle, out = writer("partnerships.csv", ["organisations", "type", "weight", "since"])
    target = 2 * n
    count = 0
    order = ids[:]
    rng.shuffle(order)
    for index, a in enumerate(order):
        local = by_area[area_of[a]]
        for _ in range(2 if index > 0 else 0):
            if count >= target:
                break
            pool = degree_list if (rng.random() < 0.125 or not local) else local
            if not pool:
                continue
            b = rng.choice(pool)
            key = tuple(sorted((a, b)))
            if a == b or key in seen:
                continue
            seen.add(key)
            out.writerow([f"{a};{b}", rng.choice(["referral", "co-delivery", "funding-partner", "information"]), rng.randint(1, 5), rng.randint(2012, 2024)])
            degree_list += [a, b]
            local += [a, b] if area_of[b] == area_of[a] else [a]
            count += 1
        local.append(a)
    handle.close()

    # Councils: 10 to 40 seats each, members from the council's area mostly.
    handle, out = writer("memberships.csv", ["organisation", "body", "role"])
    for c in range(councils):
        area = areas[c % len(areas)]
        pool = [i for i in ids if area_of[i] == area] or ids
        for member in rng.sample(pool, min(len(pool), rng.randint(10, 40))):
            out.writerow([member, f"council-{c}", rng.choice(["member", "member", "member", "co-chair"])])
    handle.close()

    # Projects: a tenth of the organisations, one or two each.
    projects = []
    handle, out = writer("projects.csv", ["id", "name", "organisations", "objectives", "themes", "area", "start", "end", "language"])
    for p in range(max(1, n // 10)):
        template = rng.randrange(len(OBJECTIVES_EN))
        french = rng.random() < 0.3
        objectives = (OBJECTIVES_FR if french else OBJECTIVES_EN)[template]
        owners = rng.sample(ids, rng.choice([1, 1, 2]))
        start = rng.randint(2015, 2024)
        end = "" if rng.random() < 0.3 else str(start + rng.randint(1, 4))
        projects.append(f"project-{p}")
        out.writerow([f"project-{p}", f"Project {p}", ";".join(owners), objectives + f" (site {rng.randint(1, 9)})",
                      PRIORITIES[template % len(PRIORITIES)][2], area_of[owners[0]], start, end, "fr" if french else "en"])
    handle.close()

    # Funding: 3 flows per 10 organisations, to organisations and projects.
    handle, out = writer("funding.csv", ["from", "to", "amount", "year", "programme"])
    funded = set()
    flows = 0
    while flows < max(1, 3 * n // 10):
        to = rng.choice(projects) if rng.random() < 0.4 else rng.choice(ids)
        year = rng.randint(2018, 2024)
        funder = f"funder-{min(funders - 1, int(rng.expovariate(0.4)))}"
        key = (funder, to, year)
        if key in funded:
            continue
        funded.add(key)
        out.writerow([funder, to, rng.choice([5000, 10000, 25000, 50000, 75000, 100000, 250000]), year, f"Programme {funder[-1]}"])
        flows += 1
    handle.close()

    handle, out = writer("priorities.csv", ["id", "name", "themes"])
    for pid, name, themes in PRIORITIES:
        out.writerow([pid, name, themes])
    handle.close()
    print(f"{n} organisations, {count} partnerships, {councils} councils, {len(projects)} projects, {flows} funding flows in {args.folder}")


if __name__ == "__main__":
    main()
