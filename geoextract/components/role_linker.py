"""``geoextract_role_linker``: titles bound to people, countries and organisations.

Reads the parse and the entities of the actor ruler and name coreference, finds role phrases
with the title grammar (:mod:`.role_grammar`) and resolves them against the KB
(:mod:`.role_resolution`). Writes ``doc._.geo_role_links`` (working data, see
``geoextract.extensions``), which the entity linker turns into public Role dicts and uses as
context to link misspelled names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import install_extensions
from ..kb import KnowledgeBase
from ._common import doc_date
from .kb_access import KBAccess
from .role_grammar import find_role_phrases
from .role_resolution import ResolveSettings, RoleResolver
from .titles import TitleLexicon, sense_from_row

_CFG_KEYS = ("kb_titles", "resolve_holders", "group_roles", "person_fuzzy_cutoff", "extra_titles")


@Language.factory(
    "geoextract_role_linker",
    default_config={
        "kb_titles": True,
        "resolve_holders": True,
        "group_roles": False,
        "person_fuzzy_cutoff": 0.9,
        "extra_titles": [],
    },
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.geo_role_links"],
)
def make_role_linker(
    nlp: Language,
    name: str,
    *,
    kb_titles: bool,
    resolve_holders: bool,
    group_roles: bool,
    person_fuzzy_cutoff: float,
    extra_titles: list[dict[str, Any]],
) -> RoleLinker:
    """Build the role linker.

    Args:
        kb_titles: Add the KB's title lexicon to geoextract's title grammar.
        resolve_holders: Resolve unnamed office holders ("the US Secretary of State") by date.
        group_roles: Also make roles of group actors with a country ("Moroccan diplomats" ->
            Diplomat, MAR, no person). Off by default: such phrases are not roles of a person
            (the demonym's entity already carries the country); turn it on for actor coding
            that wants a role spanning the whole phrase.
        person_fuzzy_cutoff: Minimum fuzzy score to read a named person's offices from the KB
            when the name is not an exact KB alias.
        extra_titles: More title rows, in the fields of ``components/data/titles.yaml``.
    """
    return RoleLinker(
        nlp,
        name=name,
        kb_titles=kb_titles,
        resolve_holders=resolve_holders,
        group_roles=group_roles,
        person_fuzzy_cutoff=person_fuzzy_cutoff,
        extra_titles=extra_titles,
    )


class RoleLinker(KBAccess):
    """Finds role phrases and links them to people, countries, organisations and office holders.

    Example:
        >>> import geoextract  # doctest: +SKIP
        >>> doc = geoextract.load()(geoextract.api.make_doc(nlp, "the US Secretary of State arrived.", date="2024-11-12"))  # doctest: +SKIP
        >>> doc._.geo_role_links[0]["title"], doc._.geo_role_links[0]["holder_kb_id"]  # doctest: +SKIP
        ('Secretary of State', 'Q7821917')
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        name: str = "geoextract_role_linker",
        kb: KnowledgeBase | None = None,
        kb_titles: bool = True,
        resolve_holders: bool = True,
        group_roles: bool = False,
        person_fuzzy_cutoff: float = 0.9,
        extra_titles: Iterable[Mapping[str, Any]] = (),
    ) -> None:
        self.name = name
        self._nlp = nlp
        self._kb = kb
        self.kb_titles = kb_titles
        self.settings = ResolveSettings(resolve_holders=resolve_holders, group_roles=group_roles, person_fuzzy_cutoff=person_fuzzy_cutoff)
        self.extra_titles: list[dict[str, Any]] = [dict(row) for row in extra_titles]
        for row in self.extra_titles:
            sense_from_row(row)
        self._lexicon: TitleLexicon | None = None
        self._resolver: RoleResolver | None = None

    @property
    def lexicon(self) -> TitleLexicon:
        """The title lexicon (built on first use from the grammar, the KB and ``extra_titles``)."""
        if self._lexicon is None:
            tokenizer = self._nlp.tokenizer if self._nlp is not None else _whitespace_tokenizer
            self._lexicon = TitleLexicon.build(tokenizer, kb=self.kb if self.kb_titles else None, extra=self.extra_titles)
        return self._lexicon

    def add_titles(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Add title rows (fields of ``components/data/titles.yaml``); saved with the pipeline.

        Raises:
            GeoExtractValueError: A row is invalid.

        Example:
            >>> linker = RoleLinker(kb=KnowledgeBase())
            >>> linker.add_titles([{"title": "Grand Vizier", "role_type": "head_of_government"}])
            >>> linker.lexicon.sense(["grand", "vizier"]).canonical
            'Grand Vizier'
        """
        new = [dict(row) for row in rows]
        for row in new:
            sense_from_row(row)
        self.extra_titles.extend(new)
        self._lexicon = None
        self._resolver = None

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        if not len(doc):
            doc._.geo_role_links = []
            return doc
        if self._resolver is None:
            self._resolver = RoleResolver(self.kb, self.lexicon, self.settings)
        ents = doc.ents
        phrases = find_role_phrases(doc, self.lexicon, self._country_code, ents)
        doc._.geo_role_links = self._resolver.links(doc, phrases, doc_date(doc), ents) if phrases else []
        return doc

    def _country_code(self, name: str) -> str | None:
        country = self.kb.country(name)
        return country.alpha3 if country is not None else None

    # ------------------------------------------------------------------ serialisation
    def _cfg(self) -> dict[str, Any]:
        s = self.settings
        return {
            "kb_titles": self.kb_titles,
            "resolve_holders": s.resolve_holders,
            "group_roles": s.group_roles,
            "person_fuzzy_cutoff": s.person_fuzzy_cutoff,
            "extra_titles": self.extra_titles,
        }

    def _set_cfg(self, cfg: Mapping[str, Any]) -> None:
        s = self.settings
        self.kb_titles = bool(cfg.get("kb_titles", self.kb_titles))
        s.resolve_holders = bool(cfg.get("resolve_holders", s.resolve_holders))
        s.group_roles = bool(cfg.get("group_roles", s.group_roles))
        s.person_fuzzy_cutoff = float(cfg.get("person_fuzzy_cutoff", s.person_fuzzy_cutoff))
        self.extra_titles = [dict(r) for r in cfg.get("extra_titles", self.extra_titles)]
        self._kb = None if self._nlp is not None else self._kb
        self._lexicon = None
        self._resolver = None

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self._cfg()).encode("utf8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> RoleLinker:
        self._set_cfg(srsly.json_loads(data.decode("utf8")))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", self._cfg())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RoleLinker:
        cfg_path = Path(path) / "cfg.json"
        if cfg_path.exists():
            self._set_cfg(srsly.read_json(cfg_path))
        return self


class _Word:
    """A stand-in token for building the lexicon without a pipeline."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.is_space = False


def _whitespace_tokenizer(text: str) -> list[_Word]:
    return [_Word(w) for w in text.replace("-", " - ").split()]
