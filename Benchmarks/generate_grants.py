#!/usr/bin/env python3
"""A seeded 360Giving grants file at national scale, for the grants benchmark and its test.

    python3 Benchmarks/generate_grants.py OUT.csv --grants 200000 [--seed 1]

Modelled on the layout of 360Giving publishers' CSV files (the standard's column titles, as the
360Giving Data Standard flattens them) and on what makes real files hard at scale:
- about a third as many recipients as grants, a few hundred funders, sizes skewed so that a
  few funders give most grants and most recipients get one;
- titles repeated across thousands of grants ("Core funding", "Small grant", a programme's
  name), descriptions that are placeholders ("Dummy", "n/a", "See title") or copied from the
  title, and genuine descriptions built from the words of community and newcomer programmes;
- dates in the forms publishers write them (2014-03-17, 17/03/2014, 2014-03-17T00:00:00Z);
- amounts as plain numbers, some with decimals.
The same seed gives the same bytes.
"""
import argparse
import csv
import random

COLUMNS = ["Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
           "Planned Dates:Start Date", "Planned Dates:End Date", "Recipient Org:Identifier",
           "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Location:0:Name",
           "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Title"]

PLACES = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Belfast", "Liverpool", "Sheffield",
          "Newcastle", "Nottingham", "Leicester", "Coventry", "Bradford", "Plymouth", "Brighton", "Hull",
          "Derby", "Swansea", "Aberdeen", "Dundee", "Norwich", "Exeter", "York", "Oxford", "Cambridge"]
KINDS = ["Community Association", "Trust", "Refugee Support", "Youth Project", "Women's Centre",
         "Foodbank", "Advice Centre", "Migrant Forum", "Arts Collective", "Sports Club", "Housing Co-operative",
         "Welcome Project", "Learning Partnership", "Health Network", "Family Hub", "Tenants' Association"]
FUNDER_KINDS = ["Community Foundation", "Charitable Trust", "Lottery Fund", "City Council", "Foundation"]
GENERIC_TITLES = ["Core funding", "Small grant", "Core costs", "Grant", "Project funding", "Running costs",
                  "Capital grant", "Awards for All", "Emergency fund", "Covid-19 response"]
PLACEHOLDERS = ["Dummy", "n/a", "See title", "Grant to organisation", "No description provided", "-"]
ACTIVITIES = ["English conversation classes", "employment mentoring", "legal advice clinics", "peer support circles",
              "youth football sessions", "family learning", "mental health support", "housing advice",
              "digital skills training", "community meals", "volunteer befriending", "translation and interpreting",
              "after-school homework clubs", "women's wellbeing groups", "welcome packs and orientation",
              "debt and benefits advice", "cookery workshops", "allotment gardening", "choir and music sessions",
              "driving theory lessons", "CV writing workshops", "job fairs", "childcare during classes",
              "bicycle repair and cycling lessons", "swimming lessons", "art therapy", "drama workshops",
              "citizenship test preparation", "school admissions support", "GP registration help",
              "dental health checks", "counselling for trauma", "sewing and textile enterprise", "IT drop-in sessions",
              "walking groups", "food parcels", "furniture recycling", "tenancy sustainment", "immigration advice",
              "interpreting at appointments", "mentoring by local businesses", "summer holiday activities",
              "parenting courses", "language cafés", "heritage and oral history", "radio and podcast training"]
GROUPS = ["refugees and asylum seekers", "newly arrived families", "young people", "older people living alone",
          "women from migrant communities", "unaccompanied minors", "people on low incomes", "disabled people",
          "carers", "international students", "Syrian families", "Afghan families", "Ukrainian guests",
          "Hong Kong arrivals", "Roma communities", "Eritrean young men", "Polish older people", "care leavers",
          "survivors of trafficking", "people with no recourse to public funds"]
# Words of community grant descriptions, commonest first (drawn with a Zipf-like skew), so that
# genuine descriptions differ as real ones do and overlap only where a file repeats itself.
VOCABULARY = """support community people local project young families help services provide group weekly
sessions volunteers activities training advice health access new skills work children women older
isolated learning develop opportunities confidence wellbeing safe space area residents neighbourhood
centre club hub outreach partnership partners network organisations schools parents carers refugees
asylum migrants newcomers arrivals language english classes conversation practice mentoring coaching
employment jobs volunteering placements apprenticeships digital online laptops internet literacy numeracy
budgeting debt benefits housing homelessness tenancy food meals pantry kitchen cooking nutrition growing
garden allotment outdoor nature walks sport football cricket swimming cycling dance music choir arts
drama theatre film photography heritage history stories festival events celebration culture faith
mosque church temple gurdwara interfaith trauma counselling therapy mental anxiety loneliness friendship
befriending visits phone calls transport travel bus driving childcare nursery play holiday summer
homework tutoring exams university college scholarships grants bursaries equipment furniture clothing
uniforms hygiene period poverty energy bills warm spaces winter heating repairs accessible disabled
deaf blind wheelchair autism dementia carers respite families siblings fathers mothers grandparents
elders youth teenagers students graduates professionals entrepreneurs business enterprise market stall
sewing textiles crafts woodwork repair recycling environment climate green trees parks litter cleanup
safety police crime violence abuse domestic exploitation trafficking legal rights immigration status
citizenship interpreting translation documents forms appointments doctor dentist pharmacy hospital
vaccination screening maternity pregnancy babies toddlers reading library books radio podcast media
leadership campaign voice participation council consultation research evaluation impact staff coordinator
manager salary rent premises building refurbishment roof kitchenette toilets heating lighting insurance
vehicle minibus van fuel phones data sim cards vouchers emergency crisis response recovery resilience
cohesion integration welcome belonging bridges connections dialogue understanding respect dignity hope""".split()
AIMS = ["to reduce isolation", "to improve access to work", "to build confidence and language skills",
        "to prevent homelessness", "to support settlement in the city", "to improve health and wellbeing",
        "to connect newcomers with local services", "to strengthen community leadership"]


def sentence_case(text):
    """The first letter in capitals, the rest as written ("CV writing", not "Cv writing")."""
    return text[0].upper() + text[1:]


def date_text(rng, year, month, day):
    form = rng.random()
    if form < 0.55:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if form < 0.85:
        return f"{day:02d}/{month:02d}/{year:04d}"
    return f"{year:04d}-{month:02d}-{day:02d}T00:00:00Z"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--grants", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    n = arguments.grants
    recipient_count = max(2, n // 3)
    funder_count = max(1, min(400, n // 500 or 1))

    funders = []
    for i in range(funder_count):
        place = PLACES[i % len(PLACES)]
        funders.append((f"GB-CHC-{1000000 + i}", f"{place} {FUNDER_KINDS[i % len(FUNDER_KINDS)]} {i // len(PLACES) + 1}"))
    programmes = [[f"{name.split(' ')[0]} {word} Programme" for word in ("Communities", "Welcome", "Opportunity")] for _, name in funders]
    recipients = []
    for i in range(recipient_count):
        place = rng.choice(PLACES)
        recipients.append((f"GB-CHC-{2000000 + i}", f"{place} {rng.choice(KINDS)} {i}", str(2000000 + i), place))

    # Zipf-like weights: a few funders give most grants; most recipients get one.
    funder_weights = [1 / (rank + 1) ** 1.1 for rank in range(funder_count)]
    recent = [[] for _ in range(funder_count)]
    with open(arguments.output, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for g in range(n):
            f = rng.choices(range(funder_count), funder_weights)[0]
            r = g % recipient_count if g < recipient_count else int(rng.paretovariate(1.2)) % recipient_count
            funder_id, funder_name = funders[f]
            recipient_id, recipient_name, charity, place = recipients[r]
            programme = rng.choice(programmes[f])
            roll = rng.random()
            if roll < 0.30:
                title = rng.choice(GENERIC_TITLES)
            elif roll < 0.45:
                title = programme
            elif roll < 0.60:
                # A title many projects share word for word (a common kind of project).
                title = sentence_case(rng.choice(ACTIVITIES))
            else:
                title = f"{sentence_case(rng.choice(ACTIVITIES))} for {rng.choice(GROUPS)} in {place}"
            roll = rng.random()
            if roll < 0.20:
                description = rng.choice(PLACEHOLDERS)
            elif roll < 0.30:
                description = title
            elif roll < 0.35:
                description = ""
            elif roll < 0.40 and recent[f]:
                # Copied from another grant of the same funder (a programme's shared wording).
                description = rng.choice(recent[f])
            else:
                activity = sentence_case(rng.choice(ACTIVITIES))
                words = " ".join(VOCABULARY[int(rng.expovariate(1 / 150)) % len(VOCABULARY)] for _ in range(rng.randint(10, 25)))
                description = f"{activity}: {words}."
                recent[f] = (recent[f] + [description])[-5:]
            year = rng.randint(2008, 2024)
            month = rng.randint(1, 12)
            day = rng.randint(1, 28)
            amount = rng.choice([500, 1000, 2500, 5000, 10000, 10000, 25000, 50000]) if rng.random() < 0.6 \
                else round(rng.lognormvariate(9, 1.2), 2 if rng.random() < 0.2 else 0)
            amount_text = f"{amount:.2f}" if isinstance(amount, float) and amount != int(amount) else str(int(amount))
            writer.writerow([
                f"360G-{funder_id[7:]}-{g:07d}", title, description, "GBP", amount_text, date_text(rng, year, month, day),
                date_text(rng, year, month, day), date_text(rng, year + 1, month, day), recipient_id, recipient_name,
                charity, place, funder_id, funder_name, programme,
            ])


if __name__ == "__main__":
    main()
