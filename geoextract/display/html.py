"""HTML view of a Document for Jupyter: the article with its entities highlighted, then tables.

The markup uses inline styles only (no ``<style>`` block, no script, nothing fetched), so it
looks the same in JupyterLab, classic Notebook, VS Code and static HTML exports, and it
sits on its own light card so it stays readable under dark notebook themes. Every piece
of text that comes from the document is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from ..results import Document, Entity, Mention, Relation, Role
from .common import label_color, wikidata_url

_FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif"
_CARD = (
    f"font-family: {_FONT}; font-size: 14px; color: #1f2328; background: #ffffff; "
    "border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; "
    "line-height: 1.45; max-width: 100%; box-sizing: border-box; overflow-x: auto;"
)
_TEXT = "line-height: 2.6; margin: 8px 0 4px 0; white-space: normal; word-wrap: break-word;"
_MARK = (
    "color: #1f2328; padding: 0.3em 0.45em; margin: 0 0.2em; line-height: 1; "
    "border-radius: 0.35em; box-decoration-break: clone; -webkit-box-decoration-break: clone;"
)
_BADGE = (
    "font-size: 0.72em; font-weight: bold; line-height: 1; vertical-align: middle; "
    "margin-left: 0.45em; color: #1f2328;"
)
_CANON = "font-size: 0.72em; font-style: italic; vertical-align: middle; margin-left: 0.35em;"
_LINK = "color: #0b4fb3; text-decoration: underline;"
_KB_LINK = (
    "font-size: 0.68em; font-weight: normal; vertical-align: middle; margin-left: 0.35em; "
    "color: #0b3d91; text-decoration: underline;"
)
_H = "font-size: 15px; font-weight: 600; margin: 14px 0 6px 0; color: #1f2328;"
_TABLE = (
    "border-collapse: collapse; font-size: 13px; margin: 0; width: auto; "
    "color: #1f2328; background: #ffffff;"
)
_TH = (
    "text-align: left; padding: 4px 10px; border-bottom: 2px solid #d0d7de; "
    "background: #f6f8fa; color: #1f2328; font-weight: 600; vertical-align: bottom;"
)
_TD = (
    "text-align: left; padding: 4px 10px; border-bottom: 1px solid #eaeef2; "
    "vertical-align: top; color: #1f2328; background: #ffffff;"
)
_MUTED = "color: #57606a;"
_EMPTY = f"{_MUTED} font-style: italic; margin: 0 0 4px 0;"

_CONFIRMED = {True: "yes", False: "no", None: "unknown"}
_CONFIRMED_TITLE = {
    True: "The knowledge base holds this office for this person on the document date.",
    False: "The knowledge base does not hold this office for this person on the document date.",
    None: "The knowledge base cannot tell.",
}


def document_html(doc: Document, *, max_evidence: int = 400) -> str:
    """Render a Document as HTML: highlighted article, then entity, role and meeting tables.

    Each highlighted mention shows its label, its canonical name when the text says it
    differently ("Blinken" → Antony Blinken) and a link to its Wikidata page when linked
    to a QID; hovering shows all of it as a tooltip. This is what
    ``Document._repr_html_`` shows in Jupyter.

    Args:
        doc: The Document to render.
        max_evidence: Evidence sentences longer than this many characters are shortened.

    Returns:
        A self-contained HTML fragment (a ``<div>``, inline styles, no scripts).

    Example:
        >>> from geoextract.results import Document, Entity, Mention
        >>> doc = Document(id="d1", text="Blinken met Wang Yi.", entities=[
        ...     Entity(id="e0", name="Antony Blinken", label="PERSON", kb_id="Q7821917",
        ...            mentions=[Mention(start=0, end=7, text="Blinken")])])
        >>> "https://www.wikidata.org/wiki/Q7821917" in document_html(doc)
        True
    """
    parts = [
        f'<div class="geoextract-document" style="{_CARD}">',
        _header(doc),
        f'<div class="geoextract-text" style="{_TEXT}">{highlight_text(doc)}</div>',
        _section("Entities", _entities_table(doc), len(doc.entities), "No entities found."),
        _section("Roles", _roles_table(doc), len(doc.roles), "No roles found."),
        _section(
            "Meetings",
            _meetings_table(doc, max_evidence=max_evidence),
            len(doc.relations),
            "No meetings found.",
        ),
        "</div>",
    ]
    return "\n".join(parts)


def highlight_text(doc: Document) -> str:
    """Return the escaped article text with each entity mention wrapped in a ``<mark>``.

    Mentions that overlap an earlier (or, at the same start, longer) one are not
    highlighted, since marks cannot nest readably; mentions whose offsets fall outside
    the text are ignored. Line breaks become ``<br>``.

    Example:
        >>> from geoextract.results import Document
        >>> highlight_text(Document(text="a < b"))
        'a &lt; b'
    """
    spans = _visible_mentions(doc)
    out: list[str] = []
    cursor = 0
    for mention, entity in spans:
        out.append(_plain(doc.text[cursor : mention.start]))
        out.append(_mark(doc.text[mention.start : mention.end], entity))
        cursor = mention.end
    out.append(_plain(doc.text[cursor:]))
    return "".join(out)


def _visible_mentions(doc: Document) -> list[tuple[Mention, Entity]]:
    candidates = [
        (mention, entity)
        for entity in doc.entities
        for mention in entity.mentions
        if 0 <= mention.start < mention.end <= len(doc.text)
    ]
    candidates.sort(key=lambda item: (item[0].start, -item[0].end, item[1].id))
    chosen: list[tuple[Mention, Entity]] = []
    end = -1
    for mention, entity in candidates:
        if mention.start >= end:
            chosen.append((mention, entity))
            end = mention.end
    return chosen


def _plain(text: str) -> str:
    return escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _mark(surface: str, entity: Entity) -> str:
    tooltip = " · ".join(
        part for part in (entity.name, entity.label, entity.kb_id, entity.country) if part
    )
    pieces = [
        f'<mark class="geoextract-entity" data-entity="{escape(entity.id)}" '
        f'title="{escape(tooltip)}" style="background: {label_color(entity.label)}; {_MARK}">',
        _plain(surface),
        f'<span style="{_BADGE}">{escape(entity.label)}</span>',
    ]
    if _differs(surface, entity.name):
        pieces.append(f'<span style="{_CANON}">{escape(entity.name)}</span>')
    url = wikidata_url(entity.kb_id)
    if url is not None:
        pieces.append(
            f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer" '
            f'title="{escape(entity.name)} on Wikidata" style="{_KB_LINK}">'
            f"{escape(entity.kb_id or '')}</a>"
        )
    pieces.append("</mark>")
    return "".join(pieces)


def _differs(surface: str, name: str) -> bool:
    def squash(value: str) -> str:
        return " ".join(value.split()).casefold()

    return squash(surface) != squash(name)


def _header(doc: Document) -> str:
    title = escape(doc.id) if doc.id else "Document"
    facts = [doc.date.isoformat() if doc.date else "no date"]
    facts.append(_count(len(doc.entities), "entity", "entities"))
    facts.append(_count(len(doc.roles), "role", "roles"))
    facts.append(_count(len(doc.relations), "meeting", "meetings"))
    return (
        f'<div style="font-size: 15px;"><strong>{title}</strong> '
        f'<span style="{_MUTED}">· {" · ".join(facts)}</span></div>'
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _section(title: str, table: str, n: int, empty: str) -> str:
    body = table if n else f'<p style="{_EMPTY}">{escape(empty)}</p>'
    return f'<div style="{_H}">{escape(title)}</div>\n{body}'


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Build a table; header texts are escaped here, cells arrive as escaped HTML."""
    head = "".join(f'<th style="{_TH}">{escape(h)}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_TD}">{cell}</td>' for cell in row) + "</tr>" for row in rows
    )
    return f'<table style="{_TABLE}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _cell(value: object, *, nowrap: bool = False) -> str:
    if value is None or value == "":
        return f'<span style="{_MUTED}">—</span>'
    if nowrap:
        return f'<span style="white-space: nowrap;">{escape(str(value))}</span>'
    return escape(str(value))


def _entity_link(entity: Entity) -> str:
    url = wikidata_url(entity.kb_id)
    name = escape(entity.name)
    if url is None:
        return name
    return (
        f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer" '
        f'style="{_LINK}">{name}</a>'
    )


def _entity_name(doc: Document, entity_id: str | None, *, missing: str = "") -> str:
    entity = doc.entity(entity_id)
    if entity is None:
        return _cell(missing or entity_id)
    return _entity_link(entity)


def _entities_table(doc: Document) -> str:
    rows = []
    for entity in doc.entities:
        forms = list(dict.fromkeys(m.text for m in entity.mentions))
        mentions = f"{len(entity.mentions)}: " + ", ".join(escape(f) for f in forms)
        rows.append(
            [
                _entity_link(entity),
                _swatch(entity.label),
                _cell(entity.kind),
                _cell(entity.country),
                _cell(entity.kb_id),
                mentions if forms else _cell(None),
            ]
        )
    return _table(["Entity", "Label", "Kind", "Country", "KB id", "Mentions"], rows)


def _swatch(label: str) -> str:
    return (
        f'<span style="background: {label_color(label)}; color: #1f2328; padding: 0 0.4em; '
        f'border-radius: 0.3em; font-size: 0.9em; font-weight: 600;">{escape(label)}</span>'
    )


def _roles_table(doc: Document) -> str:
    rows = [_role_row(doc, role) for role in doc.roles]
    headers = ["Person", "Title", "Country", "Organisation", "Qualifier", "In KB", "As written"]
    return _table(headers, rows)


def _role_row(doc: Document, role: Role) -> list[str]:
    confirmed = (
        f'<span title="{escape(_CONFIRMED_TITLE[role.confirmed])}">'
        f"{_CONFIRMED[role.confirmed]}</span>"
    )
    return [
        _entity_name(doc, role.person, missing="(not named)"),
        _cell(role.title),
        _cell(role.country),
        _entity_name(doc, role.org) if role.org else _cell(None),
        _cell(role.qualifier),
        confirmed,
        _cell(role.mention.text),
    ]


def _meetings_table(doc: Document, *, max_evidence: int) -> str:
    rows = [_meeting_row(doc, rel, max_evidence=max_evidence) for rel in doc.relations]
    headers = [
        "Participants",
        "Mode",
        "Status",
        "Date",
        "Place",
        "Topic",
        "Confidence",
        "Evidence",
    ]
    return _table(headers, rows)


def _meeting_row(doc: Document, rel: Relation, *, max_evidence: int) -> list[str]:
    names = []
    for participant in rel.participants:
        name = _entity_name(doc, participant)
        names.append(f"{name} (host)" if participant == rel.host else name)
    if rel.host is not None and rel.host not in rel.participants:
        names.append(f"{_entity_name(doc, rel.host)} (host)")
    evidence = " ".join(rel.evidence.text.split())
    if len(evidence) > max_evidence:
        evidence = evidence[: max(1, max_evidence - 1)].rstrip() + "…"
    trigger = f' <span style="{_MUTED}">[{escape(rel.trigger)}]</span>' if rel.trigger else ""
    return [
        "<br>".join(names) if names else _cell(None),
        _cell(rel.mode, nowrap=True) + trigger,
        _cell(rel.status),
        _cell(rel.date.isoformat() if rel.date else None, nowrap=True),
        _cell(rel.place),
        _cell(rel.topic),
        f"{rel.confidence:.2f}",
        f'<span style="display: inline-block; max-width: 42em; white-space: normal;">'
        f"{escape(evidence)}</span>",
    ]
