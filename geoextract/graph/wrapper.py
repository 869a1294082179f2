"""``MeetingGraph``: a meeting graph with its queries and exports as methods."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from . import query
from .build import DocumentLike, build_graph
from .collapse import collapse
from .export import read_graph, write_graph
from .schema import MEET
from .tables import to_dataframes
from .text import DateLike

if TYPE_CHECKING:
    import pandas as pd


class MeetingGraph:
    """A thin wrapper around the networkx graph of :func:`build_graph`.

    Every method calls the plain function of the same name in :mod:`geoextract.graph`;
    the graph itself stays available as ``.graph``.

    Example:
        >>> mg = MeetingGraph.from_documents([])
        >>> mg.meetings()
        []
    """

    def __init__(self, graph: nx.MultiGraph) -> None:
        self.graph = graph

    @classmethod
    def from_documents(cls, documents: Iterable[DocumentLike], **options: Any) -> MeetingGraph:
        """Build the graph of documents; options as for :func:`build_graph`."""
        return cls(build_graph(documents, **options))

    @classmethod
    def read(cls, path: str | Path, *, format: str | None = None) -> MeetingGraph:
        """Read a graph written by :meth:`write` or :func:`write_graph`."""
        return cls(read_graph(path, format=format))

    def write(self, path: str | Path, *, format: str | None = None) -> list[Path]:
        """Write the graph; see :func:`write_graph`."""
        return write_graph(self.graph, path, format=format)

    def meetings(self, *, since: DateLike = None, until: DateLike = None) -> list[dict[str, Any]]:
        """All meetings; see :func:`geoextract.graph.meetings`."""
        return query.meetings(self.graph, since=since, until=until)

    def meetings_of(
        self, actor: str, *, since: DateLike = None, until: DateLike = None
    ) -> list[dict[str, Any]]:
        """An actor's meetings; see :func:`geoextract.graph.meetings_of`."""
        return query.meetings_of(self.graph, actor, since=since, until=until)

    def meetings_about(
        self, topic: str, *, evidence: bool = False, since: DateLike = None, until: DateLike = None
    ) -> list[dict[str, Any]]:
        """Meetings about a topic; see :func:`geoextract.graph.meetings_about`."""
        return query.meetings_about(self.graph, topic, evidence=evidence, since=since, until=until)

    def meetings_between_countries(
        self,
        country_a: str,
        country_b: str,
        *,
        people_only: bool = False,
        since: DateLike = None,
        until: DateLike = None,
    ) -> list[dict[str, Any]]:
        """Meetings between two countries' actors; see :func:`geoextract.graph.meetings_between_countries`."""
        return query.meetings_between_countries(
            self.graph, country_a, country_b, people_only=people_only, since=since, until=until
        )

    def counterparts(
        self,
        actor: str,
        *,
        since: DateLike = None,
        until: DateLike = None,
        limit: int | None = None,
    ) -> list[tuple[str, int]]:
        """An actor's counterparts ranked; see :func:`geoextract.graph.counterparts`."""
        return query.counterparts(self.graph, actor, since=since, until=until, limit=limit)

    def collapse(self, *, types: Collection[str] = (MEET,)) -> nx.Graph:
        """The weighted simple graph; see :func:`geoextract.graph.collapse`."""
        return collapse(self.graph, types=types)

    def to_dataframes(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Nodes and edges as DataFrames; see :func:`geoextract.graph.to_dataframes`."""
        return to_dataframes(self.graph)

    def __repr__(self) -> str:
        kind = "directed" if self.graph.is_directed() else "undirected"
        n_meetings = len({k for *_, k, t in self.graph.edges(keys=True, data="type") if t == MEET})
        return (
            f"<MeetingGraph {kind}: {self.graph.number_of_nodes()} nodes, "
            f"{self.graph.number_of_edges()} edges, {n_meetings} meetings>"
        )
