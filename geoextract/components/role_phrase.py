"""A role phrase: a title in the text with its scope, qualifier and the person it names."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .titles import TitleSense


@dataclass
class RolePhrase:
    """A title in the text with its scope, qualifier and (once bound) the person it names."""

    title_start: int
    title_end: int
    start: int
    end: int
    sense: TitleSense
    canonical: str
    role_type: str | None
    qualifier: str | None = None
    countries: list[tuple[str, Span | None]] = field(default_factory=list)
    org: Span | None = None
    org_anaphor: bool = False
    pronoun: str | None = None
    possessor: Span | None = None
    definite: bool | None = None
    person: Span | None = None
    binding: str | None = None
    linked: RolePhrase | None = None
    inherit: RolePhrase | None = None
    to_start: int | None = None
    appended: bool = False
    ordinal: bool = False
    drop: bool = False

    @property
    def head(self) -> str:
        return self.canonical.split()[-1].lower() if self.canonical else ""

    def chief_of_a_body(self, doc: Doc) -> bool:
        """"Russia's chief of general staff", "head of the defence staff": the chief of a body the
        words after "of" name, not a state's leader (not "head of state", "head of government")."""
        i = self.title_end
        if i + 1 >= len(doc) or doc[i].lower_ != "of" or doc[i - 1].lower_ not in ("chief", "head"):
            return False
        word = doc[i + 2] if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else doc[i + 1]
        return word.is_lower and word.lower_ not in ("state", "government", "states", "governments")


def title_root(doc: Doc, p: RolePhrase) -> Token:
    """The syntactic head of the title words ("head" in "head of state")."""
    return doc[p.title_start : p.title_end].root
