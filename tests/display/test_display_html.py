"""Document._repr_html_: highlighted article, canonical names and links, tables, escaping."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from display_helpers import article_document

from geoextract.display import document_html, highlight_text
from geoextract.results import Document, Entity, Mention

VOID = {"br", "hr", "img", "input", "meta", "link", "wbr"}


class TagChecker(HTMLParser):
    """Collects tags, table rows and text, and fails on unbalanced markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tables: list[list[list[str]]] = []
        self.links: list[str] = []
        self.titles: list[str] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "a":
            self.links.append(attributes.get("href") or "")
        if "title" in attributes:
            self.titles.append(attributes["title"] or "")
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
            return
        self.stack.pop()
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def parse(markup: str) -> TagChecker:
    checker = TagChecker()
    checker.feed(markup)
    checker.close()
    assert not checker.errors, checker.errors
    assert not checker.stack, f"unclosed tags: {checker.stack}"
    return checker


def test_repr_html_is_the_document_view(article: Document):
    assert article._repr_html_() == document_html(article)


def test_document_html_is_balanced_markup_with_entity_role_and_meeting_tables(article: Document):
    page = parse(document_html(article))
    entities, roles, meetings = page.tables
    assert entities[0] == ["Entity", "Label", "Kind", "Country", "KB id", "Mentions"]
    assert len(entities) == 1 + len(article.entities)
    assert len(roles) == 1 + len(article.roles)
    assert len(meetings) == 1 + len(article.relations)


def test_document_html_links_qids_to_wikidata_and_not_other_ids(article: Document):
    page = parse(document_html(article))
    assert "https://www.wikidata.org/wiki/Q7821917" in page.links
    assert "https://www.wikidata.org/wiki/Q30" in page.links
    assert not any("wang-yi" in link for link in page.links)
    assert all(link.startswith("https://www.wikidata.org/wiki/Q") for link in page.links)


def test_mentions_show_canonical_name_when_the_text_says_it_differently(article: Document):
    markup = highlight_text(article)
    marks = re.findall(r"<mark[^>]*>(.*?)</mark>", markup)
    blinken_short = next(m for m in marks if m.startswith("Blinken<"))
    assert "Antony Blinken" in blinken_short  # the canonical name after the surname
    full = next(m for m in marks if m.startswith("Antony Blinken<"))
    visible = re.sub(r"<[^>]+>", " ", full)
    assert visible.count("Antony Blinken") == 1  # not repeated when the text already says it
    us = next(m for m in marks if m.startswith("U.S.<"))
    assert "United States" in us and "GPE" in us


def test_mention_tooltips_carry_name_label_kb_id_and_country(article: Document):
    page = parse(highlight_text(article))
    assert "Antony Blinken · PERSON · Q7821917 · USA" in page.titles
    assert "Beijing · GPE · CHN" in page.titles


def test_overlapping_mentions_are_not_nested(article: Document):
    markup = highlight_text(article)
    assert "<mark" not in "".join(re.findall(r"<mark[^>]*>(.*?)</mark>", markup))
    # The longer role-phrase mention wins over "British", which it contains.
    assert 'data-entity="e6"' in markup
    assert 'data-entity="e7"' not in markup


def test_roles_table_names_holders_titles_countries_orgs_and_qualifiers(article: Document):
    _, roles, _ = parse(document_html(article)).tables
    assert roles[0][:5] == ["Person", "Title", "Country", "Organisation", "Qualifier"]
    assert roles[1][:3] == ["Antony Blinken", "Secretary of State", "USA"]
    assert roles[1][5] == "yes"
    assert roles[3][0] == "(not named)" and roles[3][4] == "former" and roles[3][5] == "no"
    assert roles[4][3] == "NATO"


def test_meetings_table_lists_participants_mode_status_date_place_topic_evidence(
    article: Document,
):
    _, _, meetings = parse(document_html(article)).tables
    header, visit, planned = meetings
    assert header == [
        "Participants",
        "Mode",
        "Status",
        "Date",
        "Place",
        "Topic",
        "Confidence",
        "Evidence",
    ]
    assert visit[0] == "Antony BlinkenWang Yi (host)"
    assert visit[1:7] == [
        "visit [met]",
        "occurred",
        "2024-04-26",
        "Beijing",
        "fentanyl & <trade>",
        "0.91",
    ]
    assert visit[7].startswith("U.S. Secretary of State Antony Blinken met")
    assert planned[2] == "planned" and planned[3] == "—"


def test_everything_from_the_text_is_escaped(article: Document):
    markup = document_html(article)
    assert "<script>" not in markup and "<trade>" not in markup and "<1>" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "fentanyl &amp; &lt;trade&gt;" in markup
    assert "wire-&lt;1&gt;" in markup
    assert "&quot;fentanyl" in markup


def test_hostile_names_and_labels_are_escaped_in_attributes_and_text():
    text = 'Mr "X" met'
    entity = Entity(
        id='e0"><b',
        name='"><img src=x onerror=alert(1)>',
        label="PER<SON",
        kb_id="Q1",
        mentions=[Mention(start=0, end=6, text='Mr "X"')],
    )
    markup = document_html(Document(text=text, entities=[entity]))
    parse(markup)
    assert "<img" not in markup and "<b" not in markup.replace("<br>", "")
    assert "PER&lt;SON" in markup


def test_line_breaks_become_br_and_stray_offsets_are_ignored():
    entity = Entity(
        id="e0",
        name="Nowhere",
        label="GPE",
        mentions=[Mention(start=40, end=50, text="??"), Mention(start=3, end=3, text="")],
    )
    markup = highlight_text(Document(text="one\ntwo", entities=[entity]))
    assert markup == "one<br>two"


def test_empty_document_says_nothing_was_found():
    page = parse(document_html(Document(text="")))
    text = " ".join(page.text)
    assert "No entities found." in text and "No roles found." in text
    assert "No meetings found." in text and "no date" in text


def test_long_evidence_is_shortened():
    doc = article_document()
    markup = document_html(doc, max_evidence=20)
    assert ">U.S. Secretary of S…<" in markup
