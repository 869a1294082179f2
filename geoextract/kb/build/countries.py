"""Countries: ISO codes, names, short forms, historical names, demonyms and capitals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..normalize import normalize_name, strip_diacritics
from . import sources as src

# Independent entries of country-codes that are not UN members.
_NOT_UN = {"TWN": "disputed", "VAT": "observer", "PSE": "observer", "ESH": "disputed"}
# The Netherlands' country-codes QID is the Kingdom (Q29999); Wikidata's people and offices
# point at the country item Q55, which holders.csv uses too.
_QID_FIXES = {"NLD": "Q55"}
_CAPITAL_NOISE = re.compile(
    r"\b(capital|seat|government|administrative|constitutional|legislative|judicial|commercial|"
    r"political|royal|economic|official|note|located|regime|refers|translated|sometimes|"
    r"transliteration|pronounced|island|district|aka|offices|often|regarded|recognized)\b",
    re.I,
)


@dataclass
class CountryDraft:
    """A country while the build collects its names (turned into ``model.Country`` later)."""

    alpha3: str
    alpha2: str | None
    id: str
    name: str
    kind: str = "territory"
    un_member: bool = False
    aliases: list[str] = field(default_factory=list)
    historical_names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)
    fips: str | None = None

    def add(self, attr: str, *values: str) -> None:
        """Append names to a list attribute, skipping blanks and duplicates (by normal form)."""
        current: list[str] = getattr(self, attr)
        seen = {normalize_name(v) for v in current}
        for value in values:
            value = _tidy(value)
            key = normalize_name(value)
            if not key or key in seen:
                continue
            seen.add(key)
            current.append(value)

    def put_first(self, attr: str, *values: str) -> None:
        """Put names at the head of a list attribute, in order, moving any already there."""
        ahead = [_tidy(v) for v in values if normalize_name(_tidy(v))]
        keys = {normalize_name(v) for v in ahead}
        rest = [v for v in getattr(self, attr) if normalize_name(v) not in keys]
        setattr(self, attr, [])
        self.add(attr, *ahead, *rest)

    def as_record(self) -> dict[str, Any]:
        """Fields of ``model.Country``."""
        names = {normalize_name(self.name)}
        aliases = [a for a in self.aliases if normalize_name(a) not in names]
        return {
            "id": self.id,
            "type": "country",
            "name": self.name,
            "aliases": aliases,
            "country": self.alpha3,
            "alpha2": self.alpha2,
            "alpha3": self.alpha3,
            "kind": self.kind,
            "un_member": self.un_member,
            "historical_names": self.historical_names,
            "demonyms": self.demonyms,
            "capitals": self.capitals,
            "seats": self.seats,
        }


def _tidy(value: str) -> str:
    value = src.clean_text(value).replace("_", " ").strip(" .,;*")
    return re.sub(r"\s+\*+$", "", value).strip()


def _latin(value: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in strip_diacritics(value))


def _usable_alias(value: str) -> bool:
    """Drop junk from alias lists: flags, lowercase codes, two-letter codes, other scripts."""
    value = value.strip()
    if len(value) < 2 or not _latin(value) or not any(ch.isalpha() for ch in value):
        return False
    if value.islower() and len(value) <= 3:
        return False
    letters = re.sub(r"[^A-Za-z]", "", value)
    # Two-letter ISO codes (AT, IN, AR) collide with English words and states.
    return not (value.isupper() and len(letters) <= 2 and value not in {"UK", "US"})


def _unterm_short(value: str) -> list[str]:
    value = value.replace("*", "").strip()
    m = re.match(r"^(.*)\s+\((the|l')\)$", value)
    if m:
        return [m.group(1), f"the {m.group(1)}"]
    return [value] if value else []


def build_countries(sources: Path) -> dict[str, CountryDraft]:
    """Countries and territories of ISO 3166 with their English names, keyed by alpha-3."""
    drafts: dict[str, CountryDraft] = {}
    for row in src.read_csv(sources, src.COUNTRY_CODES):
        alpha3 = row["ISO3166-1-Alpha-3"]
        if not alpha3:
            continue
        qid = row["wikidata_id"].rsplit("/", 1)[-1] if row["wikidata_id"] else ""
        qid = _QID_FIXES.get(alpha3, qid)
        cldr = row["CLDR display name"].replace(" & ", " and ").replace("St. ", "Saint ")
        independent = row["is_independent"] == "Yes" or alpha3 in _NOT_UN
        kind = _NOT_UN.get(alpha3, "state" if independent else "territory")
        draft = CountryDraft(
            alpha3=alpha3,
            alpha2=row["ISO3166-1-Alpha-2"] or None,
            id=qid or f"gx:country:{alpha3}",
            name=cldr or row["official_name_en"],
            kind=kind,
            un_member=kind == "state",
            fips=row["FIPS"] if len(row["FIPS"]) == 2 else None,
        )
        draft.add("aliases", *_unterm_short(row["UNTERM English Short"]))
        formal = row["UNTERM English Formal"].replace("*", "").strip()
        draft.add("aliases", re.sub(r"^the ", "", formal), row["official_name_en"], row["CLDR display name"])
        if alpha3 not in {"USA", "GBR"}:
            draft.add("aliases", alpha3)
        if row["Capital"]:
            draft.add("capitals", row["Capital"])
        drafts[alpha3] = draft
    return drafts


def _fips_map(sources: Path, drafts: dict[str, CountryDraft]) -> dict[str, str]:
    """GEC/FIPS code (lowercase) -> alpha-3."""
    by_alpha2 = {d.alpha2: d.alpha3 for d in drafts.values() if d.alpha2}
    mapping: dict[str, str] = {d.fips.lower(): d.alpha3 for d in drafts.values() if d.fips}
    for row in src.read_csv(sources, src.FIPS_TO_ISO2):
        alpha3 = by_alpha2.get(row["ISOAlpha2"])
        if alpha3:
            mapping.setdefault(row["FIPS"].lower(), alpha3)
    mapping["kv"] = "XKX"
    return mapping


def parse_demonyms(text: str) -> list[str]:
    """Demonyms from a Factbook nationality field.

    Example:
        >>> parse_demonyms("Frenchman(men), Frenchwoman(women)")
        ['Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen']
        >>> parse_demonyms("Algerian(s)")
        ['Algerian', 'Algerians']
    """
    text = src.clean_text(text).split(";")[0]
    text = re.sub(r"\((?:singular|plural|collective plural|singular and plural|colloquial|US (?:citizens|nationals))[^)]*\)", "", text)
    out: list[str] = []
    for part in re.split(r",|\bor\b|/", text):
        part = part.strip()
        if not part or part.lower() in {"none", "na"} or "note" in part.lower():
            continue
        m = re.match(r"^(.*?)\s?\((\w+)\)$", part)
        if m:
            base, suffix = m.group(1).strip(), m.group(2)
            out.append(base)
            if base.endswith("man") and suffix in {"men", "women"}:
                out.append(base[: -len("man")] + "men")
            else:
                out.append(base + suffix)
        elif not re.search(r"[()]", part):
            out.append(part)
    return [o for o in out if (o and o[0].isupper()) or o.startswith(("li", "ema", "ni"))]


def parse_capitals(text: str) -> list[str]:
    """Capital names and variants from a Factbook capital field.

    Example:
        >>> parse_capitals("Kyiv (Kiev is the transliteration from Russian)")
        ['Kyiv', 'Kiev']
        >>> parse_capitals("Tripoli (Tarabulus)")
        ['Tripoli', 'Tarabulus']
    """
    text = src.clean_text(text)
    text = re.sub(r"^name:\s*", "", text)
    text = re.split(r"\s+(?:geographic coordinates|time difference)\b|\s\|\s|note\s?[-:]", text)[0]
    out: list[str] = []
    # "Washington, D.C." is one name, not a list.
    text = re.sub(r",\s*(D\.C\.?|DC)\b", r" \1", text)
    for clause in re.split(r";", text):
        for m in re.finditer(r"([^()]+?)(?:\(([^)]*)\))?(?=,\s|$|\s*[(;])", clause.strip()):
            main = m.group(1).strip(" ,")
            main = re.split(r"\s+(?:in|is|on)\s+", main)[0]
            if main and not _CAPITAL_NOISE.search(main) and main[0].isupper():
                out.append(main)
            for alt in re.split(r",|\band\b", m.group(2) or ""):
                alt = alt.strip()
                alt = re.sub(r"^(?:aka|sometimes translated as|regime refers to the capital as)\s+", "", alt)
                alt = re.split(r"\s+(?:is|in|continues)\b", alt)[0].strip()
                if alt and alt[0].isupper() and not _CAPITAL_NOISE.search(alt) and len(alt.split()) <= 4:
                    out.append(alt)
    return [o for o in out if o.lower() not in {"none", "no official capital"} and not o.isupper()]


def add_factbook(sources: Path, drafts: dict[str, CountryDraft]) -> dict[str, str]:
    """Add Factbook 2026 names, abbreviations, former names, capitals and demonyms.

    Returns:
        The GEC -> alpha-3 map, reused for the Factbook's leaders.
    """
    fips = _fips_map(sources, drafts)
    for rec in src.read_jsonl(sources, src.FACTBOOK_2026):
        alpha3 = fips.get(str(rec.get("gec", "")).lower())
        draft = drafts.get(alpha3 or "")
        if draft is None:
            continue
        names: dict[str, Any] = rec.get("Country name") or {}  # type: ignore[assignment]
        for key in ("conventional short form", "conventional long form"):
            value = src.clean_text((names.get(key) or {}).get("text", ""))
            if value and value.lower() != "none" and "(" not in value and len(value) < 60:
                draft.add("aliases", value)
        abbrev = src.clean_text((names.get("abbreviation") or {}).get("text", ""))
        for part in re.split(r"\bor\b|\(|\)|/", abbrev):
            part = part.strip()
            if part and part.isupper() and len(part) >= 2 and _usable_alias(part):
                draft.add("aliases", part)
        former = src.clean_text((names.get("former") or {}).get("text", ""))
        for part in re.split(r"[,;]", re.sub(r"\([^)]*\)|\[[^]]*\]", "", former)):
            part = part.strip()
            if part and len(part.split()) <= 6 and "note" not in part and part[0].isupper() and part != draft.name:
                draft.add("historical_names", part)
        capital: dict[str, Any] = rec.get("Capital") or {}  # type: ignore[assignment]
        # "administered from Norway": a country name is not a capital.
        capitals = parse_capitals((capital.get("name") or {}).get("text", ""))
        draft.add("capitals", *(c for c in capitals if c not in {d.name for d in drafts.values()}))
        nationality: dict[str, Any] = rec.get("Nationality") or {}  # type: ignore[assignment]
        for key in ("noun", "adjective"):
            demonyms = parse_demonyms((nationality.get(key) or {}).get("text", ""))
            known = {normalize_name(n) for n in (draft.name, *draft.aliases)}
            draft.add("demonyms", *(d for d in demonyms if normalize_name(d) not in known))
    return fips


class ArchiveCountries:
    """Alpha-3 of a Factbook-archive row.

    The archive's FIPS codes are unreliable in places (Cabo Verde filed under "ca", Canada's
    code; the Isle of Man under "ma", Madagascar's; Cocos Islands under Colombia's "co"), and
    its ISO alpha-2 column files crown dependencies under "GB". The row's country name wins
    when it names a country exactly, then an ISO code that agrees with nothing else, then FIPS.
    """

    def __init__(self, drafts: dict[str, CountryDraft], fips: dict[str, str]) -> None:
        self.fips = fips
        self.alpha2 = {d.alpha2: d.alpha3 for d in drafts.values() if d.alpha2}
        self.names: dict[str, str] = {}
        for d in sorted(drafts.values(), key=lambda d: d.alpha3):
            for name in (d.name, *d.aliases):
                self.names.setdefault(normalize_name(name), d.alpha3)

    def __call__(self, row: dict[str, str]) -> str | None:
        """The alpha-3 the row is about (None when nothing identifies it)."""
        by_name = self.names.get(normalize_name(row.get("name", "")))
        if by_name:
            return by_name
        by_fips = self.fips.get(row.get("fips", "").lower())
        by_iso = self.alpha2.get(row.get("iso2", ""))
        return by_iso or by_fips


def add_archive_names(sources: Path, drafts: dict[str, CountryDraft], fips: dict[str, str]) -> None:
    """Historical capital spellings (Kiev, Rangoon, Alma-Ata) from Factbooks 1990-2017."""
    which = ArchiveCountries(drafts, fips)
    for row in src.read_csv(sources, src.FACTBOOK_ARCHIVE):
        if row["field"] != "Capital" or not row["year"].isdigit() or int(row["year"]) > 2017:
            continue
        draft = drafts.get(which(row) or "")
        if draft is not None:
            draft.add("capitals", *parse_capitals(row["content"]))


def add_alias_lists(sources: Path, drafts: dict[str, CountryDraft]) -> None:
    """English Wikidata aliases (2017) and mordecai's country names and nationalities."""
    for row in src.read_csv(sources, src.COUNTRY_ALIASES):
        draft = drafts.get(row["iso3c"])
        if draft is None or row["language"] != "en":
            continue
        label = row["label"].strip()
        if label.startswith("the ") and len(label) > 4:
            label = label[4:]
        if _usable_alias(label):
            draft.add("aliases", label)
    text = src.require(sources, src.MORDECAI_COUNTRIES).read_text(encoding="utf-8")
    # The file is a JSON string holding damaged JSON; read its well-formed pairs only.
    for name, alpha3 in re.findall(r'(?:\{|,\s)"([A-Za-z_.\' ]{3,40})"\s*:\s*"([A-Z]{3})"', text.replace('\\"', '"')):
        draft = drafts.get(alpha3)
        if draft is not None and _usable_alias(name):
            draft.add("aliases", name.replace("_", " "))
    for row in src.read_csv(sources, src.MORDECAI_NAT):
        nationality, alpha3 = row.get("nationality", ""), row.get("alpha_3_code", "")
        m = re.match(r"^(.*?)([A-Z]{3})$", nationality)
        if not alpha3 and m:
            nationality, alpha3 = m.group(1), m.group(2)
        draft = drafts.get(alpha3.strip())
        nationality = nationality.strip()
        if draft is None or not nationality or " or " in nationality or nationality == "UK":
            continue
        if draft.kind == "territory" and normalize_name(nationality) == normalize_name(draft.name):
            continue
        if nationality.lower().endswith((" island", "island")) or nationality in {"Gibraltar", "Guadeloupe", "Bonaire", "Svalbard", "Sint Maarten", "Liechtenstein"}:
            continue
        draft.add("demonyms", nationality)
