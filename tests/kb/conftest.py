"""Fixtures of the knowledge-base tests: a tiny hand-made KB and the shipped KB."""

from __future__ import annotations

import datetime as dt

import pytest

from geoextract.kb import Country, KnowledgeBase, Office, Organisation, Person, Tenure


def make_tiny_kb() -> KnowledgeBase:
    """Two countries, one organisation, a handful of persons and office holders."""
    kb = KnowledgeBase()
    kb.add_all(
        [
            Country(
                id="Q30",
                name="United States",
                alpha2="US",
                alpha3="USA",
                country="USA",
                un_member=True,
                aliases=["US", "U.S.", "America"],
                demonyms=["American"],
                capitals=["Washington"],
                seats=["the White House"],
            ),
            Country(
                id="Q183",
                name="Germany",
                alpha2="DE",
                alpha3="DEU",
                country="DEU",
                un_member=True,
                aliases=["FRG"],
                historical_names=["West Germany"],
                demonyms=["German", "Germans"],
                capitals=["Berlin"],
            ),
            Organisation(
                id="Q7184",
                name="North Atlantic Treaty Organization",
                acronyms=["NATO"],
                kind="international",
            ),
            Person(
                id="Q7821917", name="Antony Blinken", aliases=["Antony J. Blinken"], country="USA"
            ),
            Person(id="Q4803", name="Marco Rubio", country="USA"),
            Person(id="Q564328", name="Annalena Baerbock", country="DEU"),
            Person(id="gx:person:johann-wadephul", name="Johann Wadephul", country="DEU"),
            Person(id="Q57792", name="Jens Stoltenberg", country="NOR"),
            Person(id="Q57661", name="Mark Rutte", country="NLD"),
            Office(
                id="Q7821917-office",
                title="Secretary of State",
                role_type="foreign_minister",
                country="USA",
            ),
            Office(
                id="gx:office:DEU:foreign_minister",
                title="Federal Minister for Foreign Affairs",
                role_type="foreign_minister",
                country="DEU",
                aliases=["Foreign Minister"],
            ),
            Office(
                id="gx:office:NATO:secretary_general",
                title="Secretary General of NATO",
                role_type="secretary_general",
                org="Q7184",
            ),
            Tenure(
                person="Q7821917",
                office="Q7821917-office",
                start=dt.date(2021, 1, 26),
                end=dt.date(2025, 1, 20),
            ),
            Tenure(
                person="Q4803", office="Q7821917-office", start=dt.date(2025, 1, 21), source="test"
            ),
            Tenure(
                person="Q564328",
                office="gx:office:DEU:foreign_minister",
                start=dt.date(2021, 12, 8),
                end=dt.date(2025, 5, 6),
            ),
            Tenure(
                person="gx:person:johann-wadephul",
                office="gx:office:DEU:foreign_minister",
                start=dt.date(2025, 5, 6),
            ),
            Tenure(
                person="Q57792",
                office="gx:office:NATO:secretary_general",
                start=dt.date(2014, 10, 1),
                end=dt.date(2024, 10, 1),
            ),
            Tenure(
                person="Q57661",
                office="gx:office:NATO:secretary_general",
                start=dt.date(2024, 10, 1),
            ),
        ]
    )
    kb.add_titles(
        [
            ("Secretary of State", "foreign_minister", "USA", "Secretary of State"),
            ("Foreign Minister", "foreign_minister", None, "Foreign Minister"),
            ("Secretary General", "secretary_general", None, "Secretary General"),
        ]
    )
    return kb


@pytest.fixture()
def tiny_kb() -> KnowledgeBase:
    """A fresh tiny KB (tests may add to it)."""
    return make_tiny_kb()


@pytest.fixture(scope="session")
def shipped_kb() -> KnowledgeBase:
    """The KB shipped with the package."""
    return KnowledgeBase.default()
