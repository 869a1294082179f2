"""Current chiefs of state and heads of government from the CIA World Factbook (Jan 2026)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import sources as src

SOURCE_FACTBOOK = "CIA World Factbook, January 2026 edition (public domain)"

_RANKS = {
    "gen.", "gen", "general", "col.", "col", "colonel", "capt.", "capt", "captain", "lt.", "lt",
    "maj.", "maj", "major", "brig.", "brig", "dr.", "dr", "field", "marshal", "adm.", "admiral",
    "lt.gen.", "sheikh", "shaykh", "prince", "princess", "sir", "dame", "pope", "cardinal",
}  # fmt: skip
_PARTICLES = {
    "al", "el", "de", "da", "das", "do", "dos", "du", "di", "del", "della", "van", "von", "der",
    "den", "ter", "bin", "ibn", "bint", "ould", "e", "y", "la", "le", "ben", "abu", "ag", "ad",
}  # fmt: skip
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ash|as|an|ar|at|az|ul)-[A-Z][a-z]")  # "Abd al-Karim al-KABARITI"
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
_SINCE = re.compile(r"\((?:since\s+)?([^()]*?\d{4})\)")


@dataclass(frozen=True)
class FactbookLeader:
    """One leader named in a Factbook executive-branch field."""

    title: str
    name: str  # proper case, as written (may carry middle names and initials)
    since: src.PartialDate | None
    aliases: tuple[str, ...] = ()


def proper_case(token: str) -> str:
    """Proper-case a Factbook CAPS token, keeping roman numerals and particles.

    Example:
        >>> proper_case("al-MANFI")
        'al-Manfi'
        >>> proper_case("NANDI-NDAITWAH")
        'Nandi-Ndaitwah'
        >>> proper_case("III")
        'III'
    """
    if token and _ROMAN.match(token):
        return token
    parts = re.split(r"([-'’])", token)
    out = []
    for part in parts:
        if part in {"-", "'", "’"} or not part:
            out.append(part)
        elif part.lower() in _PARTICLES and len(parts) > 1 and part.islower():
            out.append(part)
        elif part.isupper():
            out.append(part[0] + part[1:].lower())
        else:
            out.append(part)
    text = "".join(out)
    # McX / MacX are ambiguous in CAPS ("MACRON"); only Mc is safe to restore.
    return re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), text)


def _is_caps(token: str) -> bool:
    """True for a Factbook surname token: CAPS, alone or after a hyphen ("Hoseini-KHAMENEI")."""
    for part in re.split(r"[-'’]", token):
        letters = [ch for ch in part if ch.isalpha()]
        if len(letters) >= 2 and all(ch.isupper() for ch in letters):
            return True
    return False


def parse_leader(segment: str) -> FactbookLeader | None:
    """Split ``"Prime Minister Yulia SVYRYDENKO (since 17 July 2025)"`` into its parts.

    Example:
        >>> parse_leader("President Donald J. TRUMP (since 20 January 2025)").name
        'Donald J. Trump'
        >>> parse_leader("President AZALI Assoumani (since 26 May 2016)").title
        'President'
        >>> parse_leader("King MOHAMMED VI (since 30 July 1999)").name
        'Mohammed VI'
        >>> parse_leader("Prime Minister Abd al-Karim al-KABARITI (since 4 February 1996)").name
        'Abd al-Karim al-Kabariti'
    """
    segment = src.clean_text(segment)
    m = _SINCE.search(segment)
    since = src.parse_text_date(m.group(1)) if m else None
    head = segment[: m.start()] if m else segment
    head = re.sub(r"\([^)]*\)", " ", head)
    head = re.split(r",\s*(?:represented|who|also)\b", head)[0]
    tokens = head.replace(",", " , ").split()
    caps = [i for i, t in enumerate(tokens) if _is_caps(t) and t.upper() not in {"CNSP", "GNU", "PM"}]
    if not caps:
        return None
    last = caps[-1]
    start = last
    while start > 0:
        prev = tokens[start - 1]
        if prev == "," or prev.lower() in _RANKS or prev.lower().rstrip(".") in _RANKS:
            break
        if _is_caps(prev) or prev.lower() in _PARTICLES or (prev[:1].isupper() and not _title_word(prev)) or _ARTICLE_NAME.match(prev):
            start -= 1
            continue
        break
    end = last + 1
    while end < len(tokens) and tokens[end] != "," and (
        tokens[end][:1].isupper() or tokens[end].lower() in _PARTICLES or tokens[end].startswith(("al-", "el-"))
    ):
        end += 1
    name_tokens = tokens[start:end]
    title = " ".join(t for t in tokens[:start] if t.lower().rstrip(".") not in _RANKS).strip(" ,")
    name = " ".join(proper_case(t) if _is_caps(t) else t for t in name_tokens)
    if not name:
        return None
    return FactbookLeader(title=title, name=name, since=since)


_TITLE_WORDS = {
    "president", "prime", "minister", "king", "queen", "emir", "amir", "sultan", "chancellor",
    "premier", "chairman", "chair", "vice", "interim", "transition", "transitional", "acting",
    "federal", "supreme", "leader", "governor", "general", "grand", "duke", "emperor", "co-prince",
    "council", "sovereign", "presidential", "state", "head", "of", "the", "government", "chief",
    "executive", "captain", "captains", "regent", "regents", "bishop", "pope", "taoiseach",
    "presidency", "ministers", "cabinet", "confederation", "swiss", "chairperson", "caretaker",
    "crown", "lord", "mann", "commission", "affairs", "national", "safeguard", "homeland",
    "territorial", "assembly", "island", "islands", "mayor", "bailiff",
}  # fmt: skip


def _title_word(token: str) -> bool:
    return token.lower().strip(",.") in _TITLE_WORDS


def parse_executive(text: str) -> list[FactbookLeader]:
    """Leaders in a chief-of-state or head-of-government field (first per ``;`` segment)."""
    text = src.clean_text(text)
    text = re.split(r"\bnote\b\s*[-:]", text)[0]
    out: list[FactbookLeader] = []
    for segment in re.split(r";|\bco-chiefs? of state\b", text):
        spelled = re.match(r"^\s*also spelled\s+([^(]+?)\s*(\([^)]*\))?\s*$", segment)
        if spelled and out:
            # "King WACHIRALONGKON; also spelled Vajiralongkorn (since 1 December 2016)"
            since = _SINCE.search(segment)
            prev = out[-1]
            out[-1] = FactbookLeader(prev.title, prev.name, src.parse_text_date(since.group(1)) if since else prev.since, (*prev.aliases, spelled.group(1).strip()))
            continue
        if re.search(r"\brepresented\b|\bformer\b|\boverthrown\b|^\s*(?:governor|administrator|prefect|commissioner|lieutenant)", segment, re.I):
            continue
        leader = parse_leader(segment)
        if leader is not None:
            out.append(leader)
    return out


def load_factbook_leaders(sources: Path, gec_to_alpha3: dict[str, str]) -> dict[str, dict[str, list[FactbookLeader]]]:
    """Alpha-3 -> {"head_of_state": [...], "head_of_government": [...]} from the Factbook."""
    out: dict[str, dict[str, list[FactbookLeader]]] = {}
    for rec in src.read_jsonl(sources, src.FACTBOOK_2026):
        alpha3 = gec_to_alpha3.get(str(rec.get("gec", "")).lower())
        branch = rec.get("Executive branch")
        if not alpha3 or not isinstance(branch, dict):
            continue
        entry: dict[str, list[FactbookLeader]] = {}
        for key, role in (("chief of state", "head_of_state"), ("head of government", "head_of_government")):
            value = branch.get(key)
            if isinstance(value, dict) and value.get("text"):
                entry[role] = parse_executive(str(value["text"]))
        out[alpha3] = entry
    return out
