"""Map source position titles ("Minister of Foreign Affairs of Cyprus") to role types."""

from __future__ import annotations

import re

_DEPUTY = re.compile(
    r"\b(deputy|vice|first vice|assistant|under|state secretary|secretary of state for|junior|"
    r"parliamentary secretary|minister of state|permanent secretary|associate|adjunct|"
    r"principal secretary|chief of staff|spokes\w*|delegate|state minister|minister-delegate|"
    r"head of the|director|adviser|advisor|secretary general|secretary-general)\b|\bvice-",
    re.I,
)
_FOREIGN = re.compile(r"\b(foreign|external affairs|external relations|exterior)\b", re.I)
_NOT_FOREIGN = re.compile(r"\bforeign (trade|economic|investment|aid|debt|intelligence)|\bforeign and domestic trade\b", re.I)
_DEFENCE = re.compile(r"\b(defen[cs]e|armed forces|national security and defen|secretary of war|minister of war|military affairs)\b", re.I)
_NOT_DEFENCE = re.compile(
    r"\b(civil defen[cs]e|defen[cs]e (industry|procurement|production|equipment|personnel|veterans|materiel|science)|"
    r"public defender|war veterans|home front)\b",
    re.I,
)
_INTERIOR = re.compile(r"\b(interior|home affairs|home department|internal affairs|home secretary|public security|homeland security)\b", re.I)
_FINANCE = re.compile(r"\b(finance|treasury|exchequer|finances)\b", re.I)
_TRADE = re.compile(r"\b(trade|commerce)\b", re.I)
_JUSTICE = re.compile(r"\b(justice|attorney general|lord chancellor)\b", re.I)
_HOG = re.compile(
    r"\b(prime minister|premier|chancellor|taoiseach|head of government|chief executive|"
    r"president of the (council of ministers|government|executive council|ministers)|"
    r"chairman of the (council of ministers|cabinet of ministers|government)|"
    r"chair of the council of ministers|chief minister)\b",
    re.I,
)
_NOT_HOG = re.compile(r"\b(exchequer|lord chancellor|duchy|vice-chancellor|chancellor of justice|university|chancellor of the order)\b", re.I)
_MONARCH = re.compile(
    r"^(king|queen|emperor|empress|emir|amir|sultan|grand duke|grand duchess|sovereign prince|"
    r"prince|monarch|yang di-pertuan agong|supreme leader|pope|co-prince)\b|"
    r"\b(monarch of|king of|queen of|emir of|sultan of|prince of monaco|prince of liechtenstein|"
    r"sovereign of the order|yang di-pertuan agong|supreme leader)\b",
    re.I,
)
_PRESIDENT_OTHER = re.compile(
    r"\b(senate|assembly|parliament|chamber|court|congress|council of state|bank|commission|"
    r"tribunal|committee|house|legislat|diet|seimas|sejm|saeima|riigikogu|knesset|majlis|duma|"
    r"cortes|storting|folketing|verkhovna|rada|khural|hurald|jirga|national council|federal council|"
    r"supreme|constitutional|audit|party|league|union|election|academy|university|region|province|"
    r"state of|republic of srpska|regional|municipal|city|autonomous|government of the|provisional)\b"
    r"|\blegislat",
    re.I,
)
_PRESIDENT = re.compile(
    r"^(president|transitional president|interim president|chairman of the presidium|"
    r"chairman of the presidential council|president of the presidential council|chairman of the state council|"
    r"head of state|captain regent|captains regent|chair of the presidency|chairman of the presidency|"
    r"member of the presidency|president of the republic|federal president|state president|"
    r"president of the (islamic |federal |united |democratic |people's |socialist )*(republic|federation|state|confederation|nation)\b.*)$",
    re.I,
)
_HOG_EXACT = re.compile(
    r"^(prime minister|premier|premier of the state council|federal chancellor|chancellor|chief executive|"
    r"chief minister|taoiseach|head of government|president of the government|president of the council of ministers|"
    r"chairman of the council of ministers|chair of the council of ministers|chairman of the cabinet of ministers|"
    r"president of the executive council|prime minister and minister (of|for) .*|first minister)$",
    re.I,
)
_NSA = re.compile(r"\bnational security advis[eo]r\b", re.I)
_SPEAKER = re.compile(r"^(speaker|president of the (national assembly|parliament|senate|chamber of deputies|house of representatives|legislative|congress)|chairman of the (parliament|national assembly|verkhovna rada|state duma|federation council|standing committee))\b", re.I)
_MILITARY = re.compile(
    r"\b(chief of (the )?(general|defen[cs]e|joint|army|naval|air|national defen[cs]e)|chief of defen[cs]e|"
    r"commander|chief of staff of the armed forces|chairman of the joint chiefs|head of the (defen[cs]e|armed|joint)|"
    r"inspector|chief of the (national )?(defen[cs]e|armed))",
    re.I,
)
_AMBASSADOR = re.compile(r"\b(ambassador|permanent representative|high commissioner to)\b", re.I)
_GOVERNOR = re.compile(r"^(governor|governor-general|governor general|lieutenant governor|administrator)\b", re.I)


def classify_position(title: str, label: str = "", country: str | None = None) -> str | None:
    """The role type of a national position, or None for posts outside the KB's scope.

    Args:
        title: The short title ("Minister of Foreign Affairs", "President").
        label: The full label ("President of Ukraine"), which disambiguates bare titles.
        country: The position's country (alpha-3): "Foreign Secretary" is the foreign
            minister in the UK only (India's is a civil servant).

    Returns:
        One of ``model.ROLE_TYPES`` or None (legislators, local posts).

    Example:
        >>> classify_position("Minister of Foreign Affairs")
        'foreign_minister'
        >>> classify_position("Deputy Minister of Foreign Affairs")
        'deputy_foreign_minister'
        >>> classify_position("President", "President of Ukraine")
        'head_of_state'
        >>> classify_position("Chancellor of the Exchequer")
        'finance_minister'
    """
    text = f"{title} | {label}" if label and label != title else title
    t = title.strip()
    low = t.lower()
    if not t or (re.search(r"\bmember of\b", low) and "presidency" not in low):
        return None
    if _AMBASSADOR.search(text):
        return "ambassador"
    if _NSA.search(text):
        # A deputy adviser is staff, not the adviser news means ("Deputy National Security Advisor").
        return "official" if _DEPUTY.search(t) else "national_security_adviser"
    if _MILITARY.search(text):
        return "military_chief"
    if _GOVERNOR.search(t):
        return "governor"
    deputy = bool(_DEPUTY.search(t))
    if re.search(r"\b(deputy|vice|first deputy|first vice)[- ](prime minister|premier|chancellor|president of the government|chairman of the (council of ministers|government|cabinet))", low):
        return "deputy_head_of_government"
    if re.search(r"^(vice[- ]president|first vice[- ]president)\b", low):
        if re.search(r"\b(council of ministers|executive yuan)\b", low):
            return "deputy_head_of_government"  # Italy's "Vice President of the Council of Ministers"
        if re.search(r"\b(executive council|legislat\w*|yuan)\b", low):
            return "official"  # not a vice president of the state (Taiwan's Legislative Yuan)
        if not _PRESIDENT_OTHER.search(text.replace("Vice President of the Republic", "")):
            return "deputy_head_of_state"
    if re.fullmatch(r"foreign secretary( of .*)?", label.lower().strip() or low) and country not in (None, "GBR"):
        return "official"
    if re.search(r"\bspokes(man|woman|person|peson|eperson)\b|\bspokeperson\b", low):
        return "spokesperson"
    if (_FOREIGN.search(t) and not _NOT_FOREIGN.search(t)) or (low == "secretary of state" and ("united states" in label.lower() or country == "USA")):
        return "deputy_foreign_minister" if deputy else "foreign_minister"
    if _DEFENCE.search(t) and not _NOT_DEFENCE.search(t):
        return "minister" if deputy else "defence_minister"
    if _HOG.search(t) and not _NOT_HOG.search(t) and not deputy:
        return "head_of_government" if _HOG_EXACT.match(t) else "minister" if "minister" in low else "official"
    if _SPEAKER.search(t):
        return "speaker"
    if _MONARCH.match(t) and not deputy and len(t.split()) <= 4 and " of " not in low:
        return "head_of_state"
    if _PRESIDENT.match(t) and not deputy:
        return "head_of_state"
    if low.startswith("president"):
        return "org_head"
    if _INTERIOR.search(t) and not deputy:
        return "interior_minister"
    if _FINANCE.search(t) and not deputy:
        return "finance_minister"
    if (_JUSTICE.search(t) and not deputy and "minister" in low) or low.startswith(("attorney general", "lord chancellor")):
        return "justice_minister"
    if _TRADE.search(t) and not deputy and ("minister" in low or "secretary" in low):
        return "trade_minister"
    if re.search(r"\bspokes(man|woman|person)\b", low):
        return "spokesperson"
    if re.search(r"\b(minister|secretary of state|secretary)\b", low):
        return "minister"
    return None
