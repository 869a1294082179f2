"""Misspelling benchmark: are misspelt office holders linked to the right KB person, and are
invented names left alone?

Generated from the shipped KB with a seeded RNG:

- ``--names`` people (default 2,000) who held a national office (head of state or
  government, foreign or defence minister) with a known tenure, each under one realistic
  variant of their name: one or two edits on a name part (dropped, doubled, swapped or
  replaced letter), a transliteration swap (y/i, j/y, ph/f, ou/u, kh/h, ei/ey, v/w, ks/x,
  c/k, sch/sh), removed diacritics, or an initial for the first name ("A. Blinken");
  variants that are exactly another KB person's alias are not used;
- ``--invented`` names (default 600) made of first names and surnames of many languages,
  kept only when neither the full name nor the surname (nor a part of a double-barrelled
  one) is a KB alias.

Each name goes into a news-style sentence with its office and country and a document date
inside the tenure ("German Foreign Minister Annalena Burbock said on Tuesday that ..."). The
invented names get the office, country and date of a real tenure, so the context points at
a real holder they must not be linked to.

Figures: top-1 accuracy (the PERSON entity covering the variant carries the person's
``kb_id``; target >= 95%) by variant kind, and the false-link rate (any entity covering an
invented name has a ``kb_id``; target <= 2%), with examples of failures.

Usage::

    python benchmarks/misspelling_benchmark.py [--names 2000] [--invented 600] [--seed 13]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from geoextract import Document, extract_many, load
from geoextract.kb import KnowledgeBase, Office, Tenure, normalize_name

ROLE_TYPES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
#: How news writes each office after a demonym ("German Foreign Minister ...").
NEWS_TITLES = {
    "head_of_state": "President",
    "head_of_government": "Prime Minister",
    "foreign_minister": "Foreign Minister",
    "defence_minister": "Defence Minister",
}
#: Office titles of heads of state and government that news uses as they are.
OWN_TITLES = {"President", "Prime Minister", "Premier", "Chancellor", "Federal Chancellor"}
#: Transliteration swaps, "from:to".
TRANSLITERATIONS = tuple(
    tuple(pair.split(":"))
    for pair in (
        "y:i i:y j:y y:j ph:f f:ph ou:u u:ou kh:h h:kh ei:ey ey:ei v:w w:v ks:x x:ks c:k k:c "
        "sch:sh sh:sch ts:tz ee:i"
    ).split()
)
VOWELS = "aeiou"
TEMPLATES_WITH_DEMONYM = (
    "{demonym} {title} {name} said on Tuesday that the government would press ahead with its plans.",
    "Speaking in parliament, {demonym} {title} {name} rejected calls for early elections.",
)
TEMPLATES = (
    "{name}, {country_pos} {title_lower}, met senior officials on Monday to discuss the budget.",
    "The {title} of {country}, {name}, told reporters that talks would continue next week.",
    "{Country_pos} {title} {name} arrived in the capital on Wednesday for talks with regional leaders.",
)
# Invented names: first names and surnames of many languages, recombined.
FIRST_NAMES = (
    "Maren Tobias Ingrid Kwame Priya Mateo Ayumi Farida Lukas Oksana Tiago Sunniva Emeka Ximena "
    "Rafael Leilani Dmitar Amara Hamid Greta Nuno Soraya Bjorn Chiara Kofi Anouk Yusuf Marisol "
    "Teodor Noor Ilse Jovan Thandiwe Caius Mirela Anselm Rohan Elif Gwenael Ottilie Silvan Dagny "
    "Ezequiel Liesel Arnav Zofia Quentin Nadira Casimir Wren"
).split()
SURNAMES = (
    "Halvorsen Okonkwo Lindqvist Marchetti Vandersloot Quispe Haberkorn Nakashima Zarrabi Oyelaran "
    "Brightwater Castellanos Duchesneau Feldkamp Grunewald Ilunga-Mbeki Jorgensen Kastelic Lomasney "
    "Montevecchi Nordahl Ostrowicz Pellegrini Rautenbach Szczepanik Thorvaldsen Umberfield "
    "Vasquez-Olmo Wexley Yilmazer Zubrowski Ashcombe Bellweather Cardenosa Dunmore Eskildsen "
    "Fairbrook Gallardi Hollingshed Ingebrigtsen Kallweit Lachapelle Mwangimbe Nkemelu Oberholzer "
    "Pritchett Ravensworth Sandoval-Pike Tremblant Winterbottom"
).split()


@dataclass
class Case:
    """One benchmark sentence."""

    kind: str  # the variant kind, or "invented"
    name: str  # the name as written in the sentence
    person_id: str | None  # the KB person, None for invented names
    canonical: str | None
    text: str
    date: dt.date
    start: int  # character offsets of the name in the text
    end: int


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def edit_token(token: str, rng: random.Random) -> str:
    """One typo inside a name part, never on its first letter (people rarely get that wrong)."""
    i = rng.randrange(1, len(token))
    op = rng.choice(("drop", "double", "swap", "vowel"))
    if op == "drop":
        return token[:i] + token[i + 1 :]
    if op == "double":
        return token[:i] + token[i] + token[i:]
    if op == "swap" and i < len(token) - 1:
        return token[:i] + token[i + 1] + token[i] + token[i + 2 :]
    if token[i].lower() in VOWELS:
        return token[:i] + rng.choice([v for v in VOWELS if v != token[i].lower()]) + token[i + 1 :]
    return token[:i] + token[i + 1 :]


def make_variant(name: str, kind: str, rng: random.Random) -> str | None:
    """A variant of ``name`` of the given kind, or None when the kind does not apply."""
    tokens = name.split()
    long_parts = [i for i, tok in enumerate(tokens) if len(tok) >= 4 and tok.isalpha()]
    if kind in ("edit1", "edit2"):
        if not long_parts:
            return None
        # The surname takes most typos, as in "Annalena Burbock"; two typos go into one part
        # only when it has 6 letters or more, so "Moyo" never becomes "My".
        edited: Counter[int] = Counter()
        for _ in range(1 if kind == "edit1" else 2):
            index = long_parts[-1] if rng.random() < 0.7 else rng.choice(long_parts)
            if edited[index] and len(tokens[index]) < 6:
                spare = [i for i in long_parts if not edited[i]]
                if not spare:
                    return None
                index = rng.choice(spare)
            tokens[index] = edit_token(tokens[index], rng)
            edited[index] += 1
        return " ".join(tokens)
    if kind == "translit":
        options = [
            (i, pos, old, new)
            for i, tok in enumerate(tokens)
            for old, new in TRANSLITERATIONS
            for pos in range(1, len(tok))
            if tok.lower().startswith(old, pos)
        ]
        if not options:
            return None
        i, pos, old, new = rng.choice(options)
        tokens[i] = tokens[i][:pos] + new + tokens[i][pos + len(old) :]
        return " ".join(tokens)
    if kind == "diacritics":
        plain = strip_diacritics(name)
        return plain if plain != name else None
    if kind == "initial":
        if len(tokens) < 2 or not tokens[0][:1].isalpha():
            return None
        return " ".join([tokens[0][0] + ".", *tokens[1:]])
    raise ValueError(kind)


KIND_WEIGHTS = {"edit1": 30, "edit2": 15, "translit": 25, "diacritics": 10, "initial": 20}


def eligible_holders(kb: KnowledgeBase) -> dict[str, list[tuple[Tenure, Office]]]:
    """People with a national office of ROLE_TYPES and a tenure with a start date."""
    offices = {
        oid: office
        for oid, office in kb.offices.items()
        if office.role_type in ROLE_TYPES and office.country and office.country in kb.countries
    }
    holders: dict[str, list[tuple[Tenure, Office]]] = defaultdict(list)
    for tenure in kb.tenures:
        office = offices.get(tenure.office)
        if office is None or tenure.start is None:
            continue
        if office.role_type == "head_of_state" and office.title not in OWN_TITLES:
            continue  # monarchs: regnal names are not "first last" names
        person = kb.persons.get(tenure.person)
        if person is None or len(person.name.split()) < 2 or "," in person.name:
            continue
        holders[tenure.person].append((tenure, office))
    return holders


def _with_article(country: str) -> str:
    plural = (
        "Islands",
        "Emirates",
        "Netherlands",
        "Philippines",
        "Bahamas",
        "Maldives",
        "Comoros",
        "Seychelles",
    )
    starts = (
        "United ",
        "Republic",
        "Democratic ",
        "Central African",
        "Czech ",
        "Dominican ",
        "Gambia",
    )
    return f"the {country}" if country.endswith(plural) or country.startswith(starts) else country


def news_title(office: Office) -> str:
    """The title as news would write it: "Foreign Minister" for "Minister of Foreign Affairs",
    but the office's own title where it is short and not a "Minister of" form ("Secretary of
    State", "Chancellor")."""
    if office.title in OWN_TITLES:
        return office.title
    if (
        "minister" in office.title.lower()
        or office.title.islower()
        or len(office.title.split()) > 4
    ):
        return NEWS_TITLES[office.role_type]
    return office.title


def adjective(demonyms: list[str]) -> str:
    """The demonym news puts before a title: "Danish", "Dutch", "Hungarian", "Palestinian"."""
    words = [d for d in demonyms if d[:1].isupper() and not d.isupper() and "." not in d]
    adjectives = [d for d in words if d.endswith(("ish", "ch", "ese", "ic", "ss"))]
    singular = [d for d in words if not d.endswith(("s", "man", "men"))]
    return (adjectives or singular or words or demonyms or [""])[0]


def sentence(name: str, office: Office, kb: KnowledgeBase, rng: random.Random) -> tuple[str, int]:
    """A news sentence naming ``name`` with the office; returns the text and the name's offset."""
    country = kb.countries[office.country or ""]
    title = news_title(office)
    country_name = _with_article(country.name)
    templates = list(TEMPLATES) + (list(TEMPLATES_WITH_DEMONYM) if country.demonyms else [])
    template = rng.choice(templates)
    possessive = country_name + ("'" if country_name.endswith("s") else "'s")
    fields = {
        "demonym": adjective(country.demonyms),
        "title": title,
        "title_lower": title.lower(),
        "country": country_name,
        "country_pos": possessive,
        "Country_pos": possessive[0].upper() + possessive[1:],
        "name": "\x00",
    }
    text = template.format(**fields)
    start = text.index("\x00")
    return text.replace("\x00", name), start


def random_day(start: dt.date, end: dt.date | None, rng: random.Random) -> dt.date:
    """A day inside a tenure (an open tenure ends today, a long one counts 4 years)."""
    last = end or min(dt.date.today(), start + dt.timedelta(days=4 * 365))
    return start + dt.timedelta(days=rng.randint(0, max((last - start).days, 0)))


def variant_cases(kb: KnowledgeBase, n: int, rng: random.Random) -> Iterator[Case]:
    holders = eligible_holders(kb)
    people = sorted(holders)
    rng.shuffle(people)
    made = 0
    for person_id in people:
        if made >= n:
            return
        person = kb.persons[person_id]
        options: dict[str, str] = {}
        for kind in KIND_WEIGHTS:
            variant = make_variant(person.name, kind, rng)
            if variant is None or variant == person.name:
                continue
            others = [a.id for a in kb.lookup(variant, types=["person"])]
            if others and person_id not in others:
                continue  # exactly another person's name: not a misspelling any more
            options[kind] = variant
        if not options:
            continue
        kinds = sorted(options)
        kind = rng.choices(kinds, weights=[KIND_WEIGHTS[k] for k in kinds])[0]
        tenure, office = rng.choice(holders[person_id])
        text, start = sentence(options[kind], office, kb, rng)
        day = random_day(tenure.start or dt.date.today(), tenure.end, rng)
        yield Case(
            kind,
            options[kind],
            person_id,
            person.name,
            text,
            day,
            start,
            start + len(options[kind]),
        )
        made += 1


def invented_cases(kb: KnowledgeBase, n: int, rng: random.Random) -> Iterator[Case]:
    holders = eligible_holders(kb)
    pool = [(tenure, office) for pid in sorted(holders) for tenure, office in holders[pid]]
    seen: set[str] = set()
    # A surname is out when it, or a part of a double-barrelled one, is a KB alias.
    surnames_in_kb = {
        s for s in SURNAMES if any(kb.lookup(part, types=["person"]) for part in (s, *s.split("-")))
    }
    combos = [
        f"{first} {last}"
        for first in FIRST_NAMES
        for last in SURNAMES
        if last not in surnames_in_kb
    ]
    rng.shuffle(combos)
    made = 0
    for name in combos:
        if made >= n:
            return
        if name in seen or kb.lookup(name, types=["person"]) or normalize_name(name) == "":
            continue
        seen.add(name)
        tenure, office = rng.choice(pool)
        text, start = sentence(name, office, kb, rng)
        day = random_day(tenure.start or dt.date.today(), tenure.end, rng)
        yield Case("invented", name, None, None, text, day, start, start + len(name))
        made += 1


def covering(
    doc: Document, case: Case, *, person_only: bool
) -> list[tuple[int, str, str | None, str]]:
    """Entities with a mention overlapping the name: (overlap, name, kb_id, label), best first."""
    found = []
    for ent in doc.entities:
        if person_only and ent.label != "PERSON":
            continue
        overlap = max(
            (min(m.end, case.end) - max(m.start, case.start) for m in ent.mentions), default=0
        )
        if overlap > 0:
            found.append((overlap, ent.name, ent.kb_id, ent.label))
    return sorted(found, key=lambda f: -f[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--names", type=int, default=2000, help="Misspelt office holders (>= 2000 for the figure)."
    )
    parser.add_argument(
        "--invented", type=int, default=600, help="Invented names (>= 500 for the figure)."
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--base", default=None, help="Base spaCy pipeline (name or path).")
    parser.add_argument("--examples", type=int, default=12, help="Failures to print per kind.")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    start = time.perf_counter()
    kb = KnowledgeBase.default()
    cases = list(variant_cases(kb, args.names, rng)) + list(invented_cases(kb, args.invented, rng))
    generated = time.perf_counter() - start
    nlp = load(args.base)
    records = [
        {"id": str(i), "text": c.text, "date": c.date.isoformat()} for i, c in enumerate(cases)
    ]
    start = time.perf_counter()
    docs = list(extract_many(records, nlp=nlp, batch_size=64))
    seconds = time.perf_counter() - start

    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    failures: dict[str, list[str]] = defaultdict(list)
    name_only = 0  # right canonical name but not the person's kb_id
    for case, doc in zip(cases, docs, strict=True):
        total[case.kind] += 1
        if case.kind == "invented":
            linked = [f for f in covering(doc, case, person_only=False) if f[2] is not None]
            if linked:
                failures["invented"].append(
                    f"{case.name!r} -> {linked[0][1]} ({linked[0][2]}) | {case.text} [{case.date}]"
                )
            else:
                right["invented"] += 1
            continue
        people = covering(doc, case, person_only=True)
        if people and (people[0][2] == case.person_id or people[0][1] == case.canonical):
            right[case.kind] += 1
            name_only += people[0][2] != case.person_id
        else:
            got = f"{people[0][1]} ({people[0][2]})" if people else "no PERSON entity"
            failures[case.kind].append(
                f"{case.name!r} for {case.canonical!r} -> {got} | {case.text} [{case.date}]"
            )

    variants = sum(n for k, n in total.items() if k != "invented")
    variants_right = sum(n for k, n in right.items() if k != "invented")
    invented = total["invented"]
    false_links = invented - right["invented"]
    print(
        f"Misspelling benchmark (seed {args.seed}): {len(cases)} sentences generated in {generated:.1f} s, "
        f"annotated in {seconds:.1f} s ({len(cases) / seconds:.0f} sentences/s)"
    )
    print()
    print(f"{'variant kind':<14}{'names':>8}{'top-1':>10}")
    for kind in KIND_WEIGHTS:
        if total[kind]:
            print(f"{kind:<14}{total[kind]:>8}{right[kind] / total[kind]:>10.1%}")
    top1 = variants_right / variants if variants else float("nan")
    rate = false_links / invented if invented else float("nan")
    print(
        f"{'all variants':<14}{variants:>8}{top1:>10.1%}   target >= 95%: {'met' if top1 >= 0.95 else 'NOT met'}"
    )
    print(f"{'':<14}(of the right ones, {name_only} have the canonical name but not the kb_id)")
    print()
    print(
        f"False links on invented names: {false_links} / {invented} = {rate:.1%}   "
        f"target <= 2%: {'met' if rate <= 0.02 else 'NOT met'}"
    )
    for kind, lines in failures.items():
        print()
        print(f"Failures, {kind} ({len(lines)}; first {min(len(lines), args.examples)}):")
        for line in lines[: args.examples]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
