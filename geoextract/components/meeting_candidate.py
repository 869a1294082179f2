"""The working record of one meeting (or trip) before document-level merging."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: How a date was found, weakest first: inherited from an earlier sentence, from the clause
#: that governs the trigger, from the trigger's own phrase.
DATE_INHERITED, DATE_GOVERNING, DATE_OWN = 1, 2, 3


@dataclass
class Candidate:
    """Everything one sentence says about one meeting; merged and finalised per document."""

    sent_index: int
    evidence: tuple[int, int]
    trigger_i: int
    trigger: str
    family: str
    participants: list[str] = field(default_factory=list)
    host: str | None = None
    remote: bool = False
    grouping: str | None = None
    setting: str | None = None  # the grouping on whose summit's sidelines the meeting was held
    sideline: bool = False  # held at or on the sidelines of a summit (named or not)
    unresolved_group: bool = False
    anaphoric: bool = False
    split_objects: list[str] = field(default_factory=list)
    split_places: dict[str, tuple[str, str, bool]] = field(default_factory=dict)  # object -> (place, country, is city)
    status: str = "occurred"
    status_cue: bool = False
    date: dt.date | None = None
    date_rank: int = 0
    date_blocked: bool = False
    date_period: tuple[dt.date, dt.date] | None = None  # "in November": the month it was held in, no day told
    inherit_date: bool = False
    place: str | None = None
    place_country: str | None = None
    place_is_city: bool = False
    place_is_country: bool = False  # "a visit to Russia": a whole country, the least precise place
    next_edition: bool = False  # "X will host the summit next year": a later gathering of the grouping told before
    place_owner: str | None = None
    earlier: bool = False  # an occasion before the one told ("they first met in Tonga")
    place_borrowed: bool = False  # the destination of the visitor's trip told elsewhere, not a place the sentence names
    destination_country: str | None = None
    associated: set[str] = field(default_factory=set)
    topic: str | None = None
    confidence: float = 0.8
    visit: bool = False
    tokens: set[int] = field(default_factory=set)
    governors: set[int] = field(default_factory=set)  # verbs that govern its meeting nouns ("attended [the summit]")
    nouns: set[str] = field(default_factory=set)  # lemmas of its meeting nouns ("summit", "talk")
    shift: tuple[str, int, Any] | None = None
    present: bool = False
    to_gathering: bool = False  # a cue only a gathering has ("told the leaders", "posed for a family photo")
    joint: bool = False  # a shared act ("signed", "toured ... with"), often told within a larger meeting
    companion_of: str | None = None  # "He was accompanied by X": X joins a meeting of "he"
    speaker: str | None = None  # "X said the two had discussed Y": the reporter of a topic
    joined: list[str] = field(default_factory=list)
    joined_told: bool = False  # "joined X for the call": the call told before, however far back
    factual: bool = True  # False for a topic of talks that are no fact ("wants to discuss X with Y")  # "X and Y joined the two presidents": whom they joined
    bilateral: bool = False  # told as talks of two ("their bilateral talks"), never a gathering of many

    @property
    def is_trip(self) -> bool:
        return self.family == "trip"

    def add(self, ids: list[str]) -> None:
        """Add participants, keeping first-seen order."""
        for eid in ids:
            if eid not in self.participants:
                self.participants.append(eid)

    def absorb(self, other: Candidate) -> None:
        """Fold what ``other`` (the same meeting, told elsewhere) adds to this one."""
        joining = not set(other.participants) <= set(self.participants)
        self.add(other.participants)
        self.host = self.host or other.host
        # someone joining "by video link" is a remote participant; the meeting stays where it was
        self.remote = self.remote or (other.remote and not joining)
        self.grouping = self.grouping or other.grouping
        self.visit = self.visit or other.visit
        if other.status_cue and other.status in {"cancelled", "denied"}:
            self.status, self.status_cue = other.status, True
        elif not self.status_cue and other.status_cue:
            self.status, self.status_cue = other.status, True
        if other.date_rank > self.date_rank:
            self.date, self.date_rank, self.date_blocked, self.date_period = other.date, other.date_rank, other.date_blocked, other.date_period
        arrival = self.place is not None and other.place is not None and at_arrival(self.place) and not at_arrival(other.place)
        # a trip's country lent to this meeting gives way to a place a sentence names (not to an airport)
        lent = self.place_borrowed and not other.place_borrowed and other.place is not None and not at_arrival(other.place)
        if (self.place is None or arrival or lent) and other.place is not None:
            # "greeted X at the airport ... later held talks at the palace": the talks' place is the visit's
            self.place, self.place_country, self.place_is_city = other.place, other.place_country, other.place_is_city
            self.place_is_country = other.place_is_country
            self.place_owner, self.place_borrowed = other.place_owner, other.place_borrowed
        self.topic = self.topic or other.topic
        self.nouns |= other.nouns
        self.confidence = max(self.confidence, other.confidence)
        if other.participants and (joining or other.sent_index != self.sent_index):  # "a summit with the leaders of five states, meeting them": still unnamed
            self.unresolved_group = self.unresolved_group and other.unresolved_group


#: Places where a visitor is met on arrival, not where the visit's talks are held.
_ARRIVAL_PLACES = ("airport", "tarmac", "airbase", "air base")


def at_arrival(place: str) -> bool:
    lower = place.lower()
    return any(word in lower for word in _ARRIVAL_PLACES)
