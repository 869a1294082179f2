"""Corpora for the benchmarks: generated news-like articles and the repository's own articles.

``speed_benchmark.py`` and ``output_check.py`` read their texts from here, so that both see
the same seeded corpora.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Article files of our own (written for the repository), cycled to make the default corpus.
ARTICLE_FILES = ("notebooks/data/articles.jsonl", "benchmarks/data/heldout_gold.jsonl")


@dataclass(frozen=True)
class Actor:
    name: str
    title: str
    country: str
    demonym: str
    capital: str


_FALLBACK_ACTORS = [
    Actor("Antony Blinken", "Secretary of State", "the United States", "U.S.", "Washington"),
    Actor("Wang Yi", "Foreign Minister", "China", "Chinese", "Beijing"),
    Actor("Sergey Lavrov", "Foreign Minister", "Russia", "Russian", "Moscow"),
    Actor("Annalena Baerbock", "Foreign Minister", "Germany", "German", "Berlin"),
    Actor("Emmanuel Macron", "President", "France", "French", "Paris"),
    Actor("Narendra Modi", "Prime Minister", "India", "Indian", "New Delhi"),
    Actor("Recep Tayyip Erdogan", "President", "Turkey", "Turkish", "Ankara"),
    Actor("Volodymyr Zelenskyy", "President", "Ukraine", "Ukrainian", "Kyiv"),
    Actor("Luiz Inacio Lula da Silva", "President", "Brazil", "Brazilian", "Brasilia"),
    Actor("Cyril Ramaphosa", "President", "South Africa", "South African", "Pretoria"),
    Actor("Fumio Kishida", "Prime Minister", "Japan", "Japanese", "Tokyo"),
    Actor("David Lammy", "Foreign Secretary", "Britain", "British", "London"),
]
_COUNTRIES = (
    "USA",
    "CHN",
    "RUS",
    "DEU",
    "FRA",
    "GBR",
    "IND",
    "TUR",
    "UKR",
    "BRA",
    "ZAF",
    "JPN",
    "ITA",
    "CAN",
    "MEX",
    "EGY",
    "SAU",
    "IRN",
    "ISR",
    "KOR",
    "IDN",
    "NGA",
    "KEN",
    "ARG",
    "POL",
    "ESP",
    "AUS",
    "PAK",
    "VNM",
    "QAT",
)
_ROLES = ("head_of_state", "head_of_government", "foreign_minister")


def kb_actors(seed: int) -> list[Actor]:
    """Office holders of a few dozen countries from the shipped KB (fallback: a fixed list)."""
    try:
        from geoextract.kb import KnowledgeBase

        kb = KnowledgeBase.default()
    except Exception:  # the benchmark must run while the KB is being rebuilt
        return list(_FALLBACK_ACTORS)
    rng = random.Random(seed)
    actors: list[Actor] = []
    for code in _COUNTRIES:
        country = kb.country(code)
        if country is None:
            continue
        demonym = country.demonyms[0] if country.demonyms else country.name
        capital = country.capitals[0] if country.capitals else country.name
        for role in _ROLES:
            day = f"{rng.randint(2016, 2025)}-{rng.randint(1, 12):02d}-15"
            try:
                holders = kb.holders(role, code, on=day)
            except Exception:
                continue
            for holding in holders[:1]:
                actors.append(
                    Actor(holding.person.name, holding.office.title, country.name, demonym, capital)
                )
    return actors if len(actors) >= 10 else list(_FALLBACK_ACTORS)


_TOPICS = (
    "trade",
    "energy security",
    "the war in Ukraine",
    "climate finance",
    "migration",
    "nuclear non-proliferation",
    "food security",
    "maritime security",
    "debt relief",
    "the situation in the Middle East",
    "critical minerals",
    "arms control",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SENTENCES = (
    "{a.demonym} {a.title} {a.name} met {b.title} {b.name} of {b.country} in {place} on {day} to discuss {topic}.",
    "{a.name} and {b.name} held talks on {topic} on the sidelines of a summit in {place}.",
    "{a.title} {a.name} spoke by telephone with {b.demonym} counterpart {b.name} on {day}, officials said.",
    "{b.name} is expected to visit {a.capital} next month for talks with {a.name}, according to diplomats.",
    "A planned meeting between {a.name} and {b.name} was cancelled on {day} after a dispute over {topic}.",
    "Officials in {a.capital} said the talks had been constructive but that differences over {topic} remained.",
    "{b.name} told reporters that {b.country} wanted closer cooperation with {a.country} on {topic}.",
    "The two sides agreed to set up a working group on {topic} and to meet again before the end of the year.",
    "Analysts said the visit was the most senior contact between the two governments in several years.",
    "{a.name} later travelled to {b.capital}, where {a.title} was received by {c.title} {c.name}.",
    "The {a.demonym} foreign ministry said in a statement that {topic} had dominated the agenda.",
)


def generate_articles(
    words: int, seed: int, actors: list[Actor] | None = None
) -> Iterator[dict[str, Any]]:
    """Yield seeded news-like articles until about ``words`` words have been produced.

    ``actors``: the people to write about (default: office holders from the shipped KB).
    """
    rng = random.Random(seed)
    actors = actors if actors is not None else kb_actors(seed)
    produced = 0
    i = 0
    while produced < words:
        a, b, c = rng.sample(actors, 3)
        sentences = [rng.choice(_SENTENCES[:5]), *rng.sample(_SENTENCES, rng.randint(4, 8))]
        text = " ".join(
            s.format(
                a=a,
                b=b,
                c=c,
                place=rng.choice((a.capital, b.capital, "Geneva", "New York")),
                day=rng.choice(_DAYS),
                topic=rng.choice(_TOPICS),
            )
            for s in sentences
        )
        produced += len(text.split())
        yield {
            "id": f"bench-{i}",
            "date": f"{rng.randint(2016, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "text": text,
        }
        i += 1


def repeat_articles(words: int, seed: int) -> Iterator[dict[str, Any]]:
    """Yield the repository's own news articles, reshuffled each round, until ``words`` words.

    These read like real wire copy (names, titles, datelines, quotes, background), unlike the
    template corpus, where every sentence is a meeting between office holders.
    """
    repo = Path(__file__).resolve().parents[1]
    pool: list[dict[str, Any]] = []
    for name in ARTICLE_FILES:
        path = repo / name
        if path.exists():
            pool.extend(
                {"text": r["text"], "date": r.get("date")}
                for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
                if r.get("text")
            )
    if not pool:
        yield from generate_articles(words, seed)
        return
    rng = random.Random(seed)
    produced = i = 0
    while produced < words:
        rng.shuffle(pool)
        for article in pool:
            produced += len(article["text"].split())
            yield {"id": f"bench-{i}", **article}
            i += 1
            if produced >= words:
                return


def fresh_articles(words: int, seed: int) -> Iterator[dict[str, Any]]:
    """Yield every article text of the repository's own files once (at most ``words`` words).

    The default corpus cycles a few dozen articles, so whatever geoextract remembers from
    one document to the next (KB lookups of a name, say) is found again on the next round;
    here no text comes twice, as in fresh news. It is small (~50k words): a rough figure.
    The sealed gold file is never read.
    """
    repo = Path(__file__).resolve().parents[1]
    paths = [repo / "notebooks" / "data" / "articles.jsonl"]
    paths += sorted((repo / "benchmarks" / "data").glob("heldout_gold*.jsonl"))
    seen: set[str] = set()
    produced = i = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            text = record.get("text")
            if not text or text in seen:
                continue
            seen.add(text)
            produced += len(text.split())
            yield {"id": f"fresh-{i}", "date": record.get("date"), "text": text}
            i += 1
            if produced >= words:
                return


#: A warm-up paragraph with misspelt, transliterated and invented names (not in the corpus),
#: and a full date: the generated articles' dates ("on Monday", "March 10") are resolved
#: without dateparser, whose language data would otherwise load on the clock (~0.2 s).
_UNSEEN_NAMES = (
    "German Foreign Minister Annalena Burbock met Anthony Blinkin and Volodymyr Zelenskiy in Kyiv on "
    "Monday. Prime Minister Jorund Velmark of Estlandia also attended, and Mr. Velmark said Burbock "
    "had called him on Feb. 12, 2019."
)


def warm_up_pipeline(nlp: Any, n: int, make_doc: Any = None) -> None:
    """Run ``n`` generated articles and a paragraph of unseen names (none in the corpus)
    through ``nlp`` before timing."""
    if n <= 0:
        return
    # A fixed list of actors: the base phase must not load the KB (its memory is measured).
    made = generate_articles(10**9, 7, actors=list(_FALLBACK_ACTORS))
    texts = [r for _, r in zip(range(n), made, strict=False)]
    # Misspelt and unknown names, so that the one-off builds of the KB's lazy indexes (fuzzy
    # search, surnames) happen here too and not on the clock; the base pipeline has no KB.
    texts.append({"text": _UNSEEN_NAMES, "date": texts[-1]["date"] if texts else None})
    if make_doc is None:
        docs: Any = (r["text"] for r in texts)
    else:
        docs = (make_doc(nlp, r["text"], date=r["date"]) for r in texts)
    for _ in nlp.pipe(docs):
        pass
