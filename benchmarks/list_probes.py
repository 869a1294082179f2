"""How often a list of titled leaders loses a name: generated probe sentences, no gold file.

The small English model breaks lists of titled names in a few recurring ways, and a broken
list loses the pairs of a whole gathering. This script puts 3 to 5 leaders (from the pool
below), written in one of six styles, into one of nine sentence frames, runs the pipeline and
counts the lists whose largest meeting holds fewer people than were listed (plus the host,
where the frame names one). It prints, per style, how many of the generated sentences lost a
name, and with ``--show`` each such sentence.

Styles: 0 "Kenyan President A", 1 "Kenya's A", 2 "A", 3 "Kenya's President A", 4 "A of
Kenya", 5 "A, the Kenyan president,".

Usage::

    python benchmarks/list_probes.py --seed 7 --lists 45 --style 4
"""

from __future__ import annotations

import argparse
import random

import geoextract

#: (demonym, country, title, name): office holders written into the probes.
POOL = [
    ("French", "France", "President", "Emmanuel Macron"), ("German", "Germany", "Chancellor", "Olaf Scholz"),
    ("Italian", "Italy", "Prime Minister", "Giorgia Meloni"), ("Spanish", "Spain", "Prime Minister", "Pedro Sanchez"),
    ("Dutch", "the Netherlands", "Prime Minister", "Mark Rutte"), ("Polish", "Poland", "President", "Andrzej Duda"),
    ("Kenyan", "Kenya", "President", "William Ruto"), ("Ugandan", "Uganda", "President", "Yoweri Museveni"),
    ("Rwandan", "Rwanda", "President", "Paul Kagame"), ("Nigerian", "Nigeria", "President", "Bola Tinubu"),
    ("Ghanaian", "Ghana", "President", "Nana Akufo-Addo"), ("Egyptian", "Egypt", "President", "Abdel Fattah al-Sisi"),
    ("Turkish", "Turkey", "President", "Recep Tayyip Erdogan"), ("Indian", "India", "Prime Minister", "Narendra Modi"),
    ("Japanese", "Japan", "Prime Minister", "Fumio Kishida"), ("Brazilian", "Brazil", "President", "Luiz Inacio Lula da Silva"),
    ("Argentine", "Argentina", "President", "Javier Milei"), ("Canadian", "Canada", "Prime Minister", "Justin Trudeau"),
    ("Australian", "Australia", "Prime Minister", "Anthony Albanese"), ("Indonesian", "Indonesia", "President", "Joko Widodo"),
    ("South African", "South Africa", "President", "Cyril Ramaphosa"), ("Senegalese", "Senegal", "President", "Macky Sall"),
    ("Chilean", "Chile", "President", "Gabriel Boric"), ("Colombian", "Colombia", "President", "Gustavo Petro"),
    ("Ukrainian", "Ukraine", "President", "Volodymyr Zelenskyy"), ("Mexican", "Mexico", "President", "Andres Manuel Lopez Obrador"),
    ("Jordanian", "Jordan", "Foreign Minister", "Ayman Safadi"),
]
#: (frame, people it names besides the list).
FRAMES = [
    ("{L} met in Brussels on Monday.", 0),
    ("Leaders including {L} attended the summit in Brussels on Monday.", 0),
    ("Belgian Prime Minister Alexander De Croo hosted {L} at a summit in Brussels on Monday.", 1),
    ("The summit in Brussels on Monday was attended by {L}.", 0),
    ("European leaders met in Brussels on Monday. Among those present were {L}.", 0),
    ("Belgian Prime Minister Alexander De Croo held talks with {L} in Brussels on Monday.", 1),
    ("Belgian Prime Minister Alexander De Croo met {L} in Brussels on Monday.", 1),
    ("World leaders met in Brussels on Monday. {L} also attended.", 0),
    ("At the summit in Brussels on Monday, {L} signed a declaration.", 0),
]
STYLES = 6


def written(item: tuple[str, str, str, str], style: int) -> str:
    demonym, country, title, name = item
    return [f"{demonym} {title} {name}", f"{country}'s {name}", name, f"{country}'s {title} {name}", f"{name} of {country}", f"{name}, the {demonym} {title.lower()},"][style]


def sentence(items: list[tuple[str, str, str, str]], style: int, frame: str) -> str:
    parts = [written(p, style) for p in items]
    joined = (" " if style == 5 else ", ").join(parts[:-1]) + " and " + parts[-1]
    text = frame.format(L=joined)
    for stray in (",.", ", in", ", at", ", met", ", attended", ", signed", ", also"):  # the appositive style's last comma
        text = text.replace(stray, stray[1:])
    return text


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lists", type=int, default=45, help="sentences per style")
    parser.add_argument("--style", type=int, action="append", choices=range(STYLES), help="styles to probe (all when left out)")
    parser.add_argument("--show", action="store_true", help="print each sentence that lost a name")
    args = parser.parse_args(argv)
    nlp = geoextract.load()
    for style in args.style or range(STYLES):
        rng = random.Random(args.seed)
        lost = 0
        for k in range(args.lists):
            size = rng.choice([3, 4, 5])
            items = rng.sample(POOL, size)
            rng.choice([style])  # one draw per sentence, as when styles were mixed
            frame, extra = FRAMES[k % len(FRAMES)]
            text = sentence(items, style, frame)
            doc = geoextract.extract(text, date="2024-02-21", nlp=nlp)
            kept = max((sum(doc.entity(p).label == "PERSON" for p in r.participants) for r in doc.relations), default=0)
            if kept < size + extra:
                lost += 1
                if args.show:
                    print(f"  {kept}/{size + extra}  {text}")
        print(f"style {style}: {lost} of {args.lists} lists lost a name (seed {args.seed})")


if __name__ == "__main__":
    main()
