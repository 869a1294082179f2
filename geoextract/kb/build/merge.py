"""Merge persons who are the same human but came in twice (Wikidata, Factbook, IfG, curators).

Each source makes its own person when it cannot match a name it reads to one the KB has:
the Factbook archive writes "Francois Hollande" without the cedilla, a curator writes "Raila
Odinga" where Wikidata says "Raila A Odinga", the IfG database knows one "Andrew Mitchell"
where Wikidata has two. This step finds such pairs after every source is in and merges the
weaker record into the stronger one: a Wikidata person (QID) over a geoextract one, a
curated name over a source label. Aliases and tenures move to the person kept.

Rules (two Wikidata items are two people, as the two Greek politicians named Kostas Karamanlis are,
unless one is a duplicate item: the same name taking up the same office within a week):

- ``same name``: a shared normalised full name or multi-word alias (diacritics, middle
  initials and hyphens ignored) and a shared country, counting the countries of the offices
  each held; a person without any country matches on the name alone;
- ``same name, same start``: a shared name and a tenure of the same role type starting
  within a week (Elizabeth II, queen of Barbados and of the United Kingdom since 1952);
- ``variant in the same office``: compatible names ("Javier Gerardo Milei" / "Javier
  Milei", "Moi" / "Daniel arap Moi") holding the same single-holder office, or the head of
  state and head of government offices of one country, at the same time;
- ``same given name, same start``: one single-holder office taken up within a week by two
  names that share their given name ("Hamad II of Bahrain" / "Hamad bin Isa Al Khalifa");
- ``spelling in the same office``: the same office held under two spellings that differ by
  a letter or two in each name part ("Gilbert Teodoro" / "Gilberto Teodoro").

Namesakes stay apart when their birth dates differ, when one died before the other's
career, or when one served as an ambassador abroad while the other held an office at home.
A person that matches several others equally well is left alone and reported.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..normalize import name_tokens, normalize_name
from .aliases import variants
from .apply_curated import names_similar
from .canonical import names_compatible
from .draft import BuildState, PersonDraft, TenureDraft

logger = logging.getLogger(__name__)

_FAR = dt.date(2100, 1, 1)
_WEEK = dt.timedelta(days=7)
_HONORIFICS = frozenset(
    "king queen prince princess crown president sheikh shaikh emir amir sultan pope "
    "lord lady sir dame general gen dr mr mrs ms his her".split()
)
_HEADS = frozenset({"head_of_state", "head_of_government"})
#: Rule names, strongest evidence first (the order breaks ties between candidates).
RULES = (
    "duplicate Wikidata item",
    "variant in the same office",
    "same given name, same start",
    "same name, same start",
    "same name",
    "spelling in the same office",
)


@dataclass(frozen=True)
class Merge:
    """One merge: ``drop`` was folded into ``keep`` by ``rule``."""

    keep: str
    drop: str
    keep_name: str
    drop_name: str
    rule: str


@dataclass
class MergeReport:
    """What :func:`merge_duplicate_persons` did, for the build log."""

    merges: list[Merge]
    apart: list[tuple[str, str, str]]  # (person id, person id, why they stay apart)
    ambiguous: list[tuple[str, list[str]]]  # (person id, equally good candidates)

    def lines(self) -> list[str]:
        """Readable report lines."""
        by_rule: dict[str, int] = defaultdict(int)
        for m in self.merges:
            by_rule[m.rule] += 1
        out = [f"person merges: {len(self.merges)} ({', '.join(f'{r}: {n}' for r, n in sorted(by_rule.items()))})"]
        out += [f"  merged {m.drop} {m.drop_name!r} into {m.keep} {m.keep_name!r} ({m.rule})" for m in self.merges]
        out.append(f"namesakes kept apart: {len(self.apart)}")
        out += [f"  apart: {a} / {b}: {why}" for a, b, why in self.apart]
        out.append(f"ambiguous (not merged): {len(self.ambiguous)}")
        out += [f"  ambiguous: {pid} matches {', '.join(c)}" for pid, c in self.ambiguous]
        return out


class _Facts:
    """Per-person facts the rules compare, computed once."""

    def __init__(self, state: BuildState) -> None:
        self.state = state
        self.tenures: dict[str, list[TenureDraft]] = defaultdict(list)
        for t in state.tenures:
            self.tenures[t.person].append(t)
        self.keys: dict[str, set[str]] = {}
        self.names: dict[str, list[str]] = {}
        self.countries: dict[str, set[str]] = {}
        for p in state.persons.values():
            self.refresh(p)

    def refresh(self, p: PersonDraft) -> None:
        names = [n for n in dict.fromkeys((p.name, *p.aliases, *variants(p.name))) if _usable_name(n, p.name)]
        self.names[p.id] = names
        self.keys[p.id] = {normalize_name(n) for n in names} - {""}
        countries = {p.country} if p.country else set()
        for t in self.tenures.get(p.id, []):
            office = self.state.offices.get(t.office)
            if office is not None and office.country:
                countries.add(office.country)
        self.countries[p.id] = countries


def _usable_name(name: str, canonical: str) -> bool:
    """Full names only: a lone surname or a titled form ("King Hamad") names no one person."""
    tokens = name_tokens(name)
    if not tokens or tokens[0] in _HONORIFICS:
        return False
    return len(tokens) >= 2 or name == canonical


def _rank(state: BuildState, facts: _Facts, pid: str) -> tuple[int, int, int, str]:
    p = state.persons[pid]
    return (pid.startswith("Q"), p.curated, len(facts.tenures.get(pid, [])), pid)


def _overlap_days(a: TenureDraft, b: TenureDraft) -> int:
    lo = max(a.start or dt.date.min, b.start or dt.date.min)
    hi = min(a.end or _FAR, b.end or _FAR)
    return (hi - lo).days if hi > lo else -1


def _why_apart(state: BuildState, facts: _Facts, a: str, b: str) -> str | None:
    """The evidence that two same-named persons are different people (None: none)."""
    pa, pb = state.persons[a], state.persons[b]
    if pa.birth and pb.birth and pa.birth != pb.birth:
        return f"born {pa.birth} and {pb.birth}"
    for dead, other in ((pa, pb), (pb, pa)):
        if dead.death is None:
            continue
        starts = [t.start for t in facts.tenures.get(other.id, []) if t.start]
        if starts and min(starts) > dead.death + dt.timedelta(days=366):
            return f"{dead.id} died {dead.death}, before {other.id}'s career"
    offices = state.offices
    for ta in facts.tenures.get(a, []):
        for tb in facts.tenures.get(b, []):
            if ta.office == tb.office:
                continue
            oa, ob = offices.get(ta.office), offices.get(tb.office)
            if oa is None or ob is None:
                continue
            if (oa.role_type == "ambassador") != (ob.role_type == "ambassador") and _overlap_days(ta, tb) > 60:
                return f"ambassador abroad while the other held {(ob if oa.role_type == 'ambassador' else oa).title!r}"
    return None


def _aligned_spelling(a: str, b: str) -> bool:
    """Same number of name parts, each a near spelling of the other's (not all identical).

    Example:
        >>> _aligned_spelling("Hanana Ould Sidi", "Hanena Ould Sidi")
        True
        >>> _aligned_spelling("Mandé Sidibé", "Modibo Sidibé")
        False
        >>> _aligned_spelling("Amata Kabua", "Imata Kabua")
        False
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) != len(tb) or len(ta) < 2 or ta == tb:
        return False
    differ = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    if any(x[0] != y[0] for x, y in differ):
        return False  # Amata and Imata Kabua, cousins, both presidents of the Marshall Islands
    if len(differ) == 1:
        x, y = differ[0]
        return len(x) >= 4 and len(y) >= 4 and fuzz.ratio(x, y) >= 80
    return all(len(x) >= 4 and len(y) >= 4 and fuzz.ratio(x, y) >= 85 for x, y in differ)


def _given_name(name: str) -> str:
    for token in name_tokens(name):
        if token not in _HONORIFICS and token not in {"al", "el"}:
            return token
    return ""


def _rule(state: BuildState, facts: _Facts, a: str, b: str) -> str | None:
    """The strongest rule under which ``a`` and ``b`` are one person (None: no rule holds)."""
    shared_name = bool(facts.keys[a] & facts.keys[b])
    both_wikidata = a.startswith("Q") and b.startswith("Q")
    ta_list, tb_list = facts.tenures.get(a, []), facts.tenures.get(b, [])
    offices = state.offices
    same_start_role = False
    agreeing = False
    same_office_given = False
    same_office_start = False  # the same office, any kind, taken up within a week
    shared_offices: set[str] = set()
    for ta in ta_list:
        oa = offices.get(ta.office)
        if oa is None:
            continue
        for tb in tb_list:
            ob = offices.get(tb.office)
            if ob is None:
                continue
            close_start = ta.start is not None and tb.start is not None and abs(ta.start - tb.start) <= _WEEK
            if oa.role_type == ob.role_type and close_start:
                same_start_role = True
            if ta.office == tb.office:
                shared_offices.add(ta.office)
                same_office_start = same_office_start or close_start
                if oa.single_holder and (_overlap_days(ta, tb) > 1 or close_start):
                    agreeing = True
                    if close_start:
                        same_office_given = True
            elif oa.country and oa.country == ob.country and {oa.role_type, ob.role_type} <= _HEADS and _overlap_days(ta, tb) > 30:
                agreeing = True
    names_a, names_b = facts.names[a], facts.names[b]
    if both_wikidata:
        # Two items are two people, unless Wikidata holds a duplicate item: the same name
        # taking up the same office within a week.
        return "duplicate Wikidata item" if shared_name and same_office_start else None
    if agreeing and any(names_similar(x, y) and names_compatible(x, y) for x in names_a for y in names_b):
        return "variant in the same office"
    if same_office_given:
        ga, gb = _given_name(state.persons[a].name), _given_name(state.persons[b].name)
        if len(ga) >= 4 and ga == gb:
            return "same given name, same start"
    if shared_name and same_start_role:
        return "same name, same start"
    if shared_name:
        ca, cb = facts.countries[a], facts.countries[b]
        if not ca or not cb or ca & cb:
            return "same name"
    if shared_offices and any(_aligned_spelling(x, y) for x in names_a for y in names_b):
        return "spelling in the same office"
    return None


def _candidate_pairs(state: BuildState, facts: _Facts) -> set[tuple[str, str]]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for pid, keys in facts.keys.items():
        for key in keys:
            by_key[key].append(pid)
    by_office: dict[str, set[str]] = defaultdict(set)
    for t in state.tenures:
        by_office[t.office].add(t.person)
    pairs: set[tuple[str, str]] = set()
    groups = [(ids, True) for ids in by_key.values()] + [(list(ids), False) for ids in by_office.values()]
    for group, by_name in groups:
        if len(group) < 2 or len(group) > 400:
            continue
        ids = sorted(set(group))
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                # Two Wikidata items are only compared when they share a name.
                if by_name or not (x.startswith("Q") and y.startswith("Q")):
                    pairs.add((x, y))
    return pairs


def _absorb(state: BuildState, facts: _Facts, keep: PersonDraft, drop: PersonDraft) -> None:
    if drop.curated and not keep.curated:
        old_name, keep.name = keep.name, drop.name
        keep.aliases = [a for a in keep.aliases if a != drop.name]
        keep.add_alias(old_name)
        keep.country = drop.country or keep.country
        keep.curated = True
    keep.add_alias(drop.name, *drop.aliases)
    keep.short_names.extend(n for n in drop.short_names if n not in keep.short_names)
    keep.country = keep.country or drop.country
    keep.birth = keep.birth or drop.birth
    keep.death = keep.death or drop.death
    for t in facts.tenures.pop(drop.id, []):
        t.person = keep.id
        facts.tenures[keep.id].append(t)
    del state.persons[drop.id]
    for key in ("keys", "names", "countries"):
        getattr(facts, key).pop(drop.id, None)
    facts.refresh(keep)


def merge_duplicate_persons(state: BuildState) -> MergeReport:
    """Fold duplicate persons into one (see the module docstring for the rules).

    Args:
        state: The build state after every source and curated file is in.

    Returns:
        The merges done, the namesakes kept apart and the ambiguous cases.
    """
    facts = _Facts(state)
    report = MergeReport([], [], [])
    options: dict[str, list[tuple[int, tuple[int, int, int, str], str, str]]] = defaultdict(list)
    for a, b in sorted(_candidate_pairs(state, facts)):
        rule = _rule(state, facts, a, b)
        if rule is None:
            continue
        why = _why_apart(state, facts, a, b)
        if why is not None:
            report.apart.append((a, b, why))
            continue
        weak, strong = sorted((a, b), key=lambda pid: _rank(state, facts, pid))
        options[weak].append((RULES.index(rule), _rank(state, facts, strong), strong, rule))
    target: dict[str, tuple[str, str]] = {}
    for weak, found in sorted(options.items()):
        best = min(r for r, *_ in found)
        top = sorted({(strong, rule) for r, _, strong, rule in found if r == best})
        qids = [s for s, _ in top if s.startswith("Q")]
        if len(qids) > 1:
            report.ambiguous.append((weak, qids))
            continue
        choice = qids[0] if qids else max(top, key=lambda sr: _rank(state, facts, sr[0]))[0]
        target[weak] = (choice, next(rule for s, rule in top if s == choice))
    # Weakest first, so that a chain (IfG person -> curated person -> QID) ends at the QID.
    for weak in sorted(target, key=lambda pid: _rank(state, facts, pid)):
        strong, rule = target[weak]
        seen = {weak}
        while strong not in state.persons and strong in target and strong not in seen:
            seen.add(strong)
            strong = target[strong][0]
        if weak not in state.persons or strong not in state.persons or strong == weak:
            continue
        keep, drop = state.persons[strong], state.persons[weak]
        drop_name = drop.name
        _absorb(state, facts, keep, drop)
        report.merges.append(Merge(keep.id, drop.id, keep.name, drop_name, rule))
        for other, (dest, r) in list(target.items()):
            if dest == drop.id:
                target[other] = (keep.id, r)
    return report
