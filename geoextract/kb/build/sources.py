"""Readers for the raw source files in ``kb-sources`` (never shipped, only read at build time)."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...errors import Errors, KBError

#: Source folders and files the build reads, relative to ``--sources``.
COUNTRY_CODES = "datasets-country-codes/country-codes.csv"
FACTBOOK_2026 = "cia-world-factbook-2026/factbook_2026-01_government_extract.jsonl"
FACTBOOK_ARCHIVE = "cia-factbook-archive-1990-2025/cia_fields_1990_2025.csv.gz"
FIPS_TO_ISO2 = "cia-factbook-archive-1990-2025/fips_to_iso2.csv"
COUNTRY_ALIASES = "wikidata-country-aliases-2017/country_aliases.csv"
MORDECAI_NAT = "mordecai-nationalities/nat_df.csv"
MORDECAI_COUNTRIES = "mordecai-nationalities/countries.json"
HOLDERS = "peppercat-wikidata-officeholders/holders.csv"
POSITIONS = "peppercat-wikidata-officeholders/positions.csv"
CURRENT_FMS = "peppercat-world-international/current_foreign_ministers_wikidata_2022-12.csv"
INTL_HOLDERS = "peppercat-world-international/intl_positions_holders21.csv"
INTL_POSITIONS = "peppercat-world-international/intl_position_info.csv"
IFG_DIR = "ifg-uk-ministers"


def require(sources: Path, rel: str) -> Path:
    """The path of a source file, or a KBError naming it when it is missing."""
    path = sources / rel
    if not path.exists():
        raise KBError(Errors.E101.format(path=path))
    return path


def read_csv(sources: Path, rel: str) -> list[dict[str, str]]:
    """Rows of a CSV source file (gzip when the name ends in .gz)."""
    path = require(sources, rel)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        return [{k: (v or "").replace("\xa0", " ").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


def read_jsonl(sources: Path, rel: str) -> Iterator[dict[str, object]]:
    """Records of a JSON-lines source file."""
    with require(sources, rel).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def clean_text(text: str) -> str:
    """Unescape HTML entities, drop tags and collapse whitespace."""
    text = html.unescape(text or "")
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class PartialDate:
    """A date with its precision ("day", "month" or "year")."""

    date: dt.date
    precision: str

    @property
    def last_day(self) -> dt.date:
        """The last day the imprecise date may stand for."""
        if self.precision == "year":
            return dt.date(self.date.year, 12, 31)
        if self.precision == "month":
            nxt = dt.date(self.date.year + (self.date.month == 12), self.date.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return self.date


_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def parse_partial_date(value: str | None) -> PartialDate | None:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (and ISO timestamps); None when empty or bad.

    Example:
        >>> parse_partial_date("2013-03").precision
        'month'
    """
    if not value:
        return None
    m = _ISO.match(value.strip().lstrip("+"))
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day and month and int(day) > 0 and int(month) > 0:
            return PartialDate(dt.date(year, int(month), int(day)), "day")
        if month and int(month) > 0:
            return PartialDate(dt.date(year, int(month), 1), "month")
        return PartialDate(dt.date(year, 1, 1), "year")
    except ValueError:
        return None


_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_TEXT_DATE = re.compile(r"(?:(\d{1,2})\s+)?([A-Za-z]+)\s+(\d{4})|^(\d{4})$")


def parse_text_date(text: str) -> PartialDate | None:
    """Parse Factbook dates such as ``20 May 2019``, ``April 2018`` or ``1997``.

    Example:
        >>> parse_text_date("20 May 2019").date
        datetime.date(2019, 5, 20)
    """
    text = text.strip()
    m = _TEXT_DATE.search(text)
    if not m:
        return None
    if m.group(4):
        return PartialDate(dt.date(int(m.group(4)), 1, 1), "year")
    month = _MONTHS.get(m.group(2).lower().rstrip("."))
    if month is None:
        return None
    year = int(m.group(3))
    try:
        if m.group(1):
            return PartialDate(dt.date(year, month, int(m.group(1))), "day")
        return PartialDate(dt.date(year, month, 1), "month")
    except ValueError:
        return None
