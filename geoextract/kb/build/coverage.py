"""The coverage page of the docs, generated from the KB itself (never edited by hand)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from ..store import KnowledgeBase

MAIN = (("head_of_state", "HoS"), ("head_of_government", "HoG"), ("foreign_minister", "FM"), ("defence_minister", "DM"))


def _latest(kb: KnowledgeBase, role: str, scope: str) -> tuple[int, str, dt.date | None, dt.date | None]:
    """(tenure count, latest holder, first start, last start) of a role in a country or org."""
    holdings = kb.holders(role, scope) if kb._offices_by_role.get((scope, role)) else []
    if not holdings:
        return 0, "", None, None
    starts = [h.tenure.start for h in holdings if h.tenure.start]
    last = max(holdings, key=lambda h: (h.tenure.start or dt.date.min, h.tenure.end or dt.date.max))
    ended = f" (to {last.tenure.end})" if last.tenure.end else ""
    return len(holdings), f"{last.person.name}{ended}", min(starts, default=None), max(starts, default=None)


def coverage_markdown(kb: KnowledgeBase) -> str:
    """The coverage page as Markdown."""
    stats = kb.stats()
    lines = [
        "# Knowledge base coverage",
        "",
        "Generated from the shipped KB by `python -m geoextract.kb.build --coverage-only --coverage docs/kb-coverage.md`;",
        "do not edit by hand. Counts are tenures per main role (HoS head of state, HoG head of government,",
        "FM foreign minister, DM defence minister); *latest* is the most recent holder the KB knows,",
        "with the end date when the KB knows the term ended.",
        "",
        "| what | count |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in stats.items()],
        "",
        "## Organisations by kind",
        "",
        "| kind | organisations |",
        "|---|---|",
    ]
    kinds = Counter(o.kind for o in kb.organisations.values())
    lines += [f"| {k} | {n} |" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "## Offices of international organisations", "", "| organisation | office | tenures | latest holder | first start | last start |", "|---|---|---|---|---|---|"]
    org_offices = [o for o in kb.offices.values() if o.org is not None and o.org in kb.organisations]
    for office in sorted(org_offices, key=lambda o: (kb.organisations[str(o.org)].name, o.title)):
        holdings = kb.holders(office.id)
        if not holdings:
            continue
        last = max(holdings, key=lambda h: h.tenure.start or dt.date.min)
        starts = [h.tenure.start for h in holdings if h.tenure.start]
        org = kb.organisations[str(office.org)].name
        lines.append(f"| {org} | {office.title} | {len(holdings)} | {last.person.name} | {min(starts, default='')} | {max(starts, default='')} |")
    lines += [
        "",
        "## Countries",
        "",
        "Names: canonical name + aliases + historical names. Dates: first and last tenure start over the four roles.",
        "",
        "| code | country | kind | names | demonyms | capitals | HoS | HoG | FM | DM | latest HoS | latest HoG | latest FM | latest DM | first | last |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for alpha3 in sorted(kb.countries):
        c = kb.countries[alpha3]
        rows = [_latest(kb, role, alpha3) for role, _ in MAIN]
        firsts = [r[2] for r in rows if r[2]]
        lasts = [r[3] for r in rows if r[3]]
        names = 1 + len(c.aliases) + len(c.historical_names)
        demonym = (c.demonyms[0] + (f" (+{len(c.demonyms) - 1})" if len(c.demonyms) > 1 else "")) if c.demonyms else ""
        capital = (c.capitals[0] + (f" (+{len(c.capitals) - 1})" if len(c.capitals) > 1 else "")) if c.capitals else ""
        cells = [alpha3, c.name, c.kind, str(names), demonym, capital, *(str(r[0]) for r in rows), *(r[1] for r in rows), str(min(firsts, default="")), str(max(lasts, default=""))]
        lines.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def write_coverage(kb: KnowledgeBase, path: Path) -> None:
    """Write the coverage page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(coverage_markdown(kb), encoding="utf-8")
