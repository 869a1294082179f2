"""Small closed word lists the components share: titles, honorifics, locative prepositions.

These are grammar, not knowledge: which actors exist lives in the KB; which words can head a
title or introduce a venue lives here.
"""

from __future__ import annotations

#: Words that head a title or office ("the foreign *minister*", "*President* Biden").
TITLE_HEADS: frozenset[str] = frozenset(
    {
        "president", "president-elect", "vice-president", "premier", "chancellor", "minister",
        "ministers", "secretary", "secretaries", "secretary-general", "prime", "king", "queen",
        "emir", "sultan", "prince", "crown", "monarch", "pope", "cardinal", "ayatollah",
        "chief", "chairman", "chairwoman", "chairperson", "chair", "leader", "leaders",
        "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "ambassadors",
        "commissioner", "director", "director-general", "governor", "mayor", "speaker",
        "general", "admiral", "commander", "marshal", "colonel", "senator", "congressman",
        "congresswoman", "lawmaker", "deputy", "adviser", "advisor", "counsellor", "counselor",
        "fellow", "analyst", "professor", "diplomat", "diplomats", "official", "officials",
        "representative", "counterpart", "counterparts", "head", "heads", "negotiator",
        "coordinator", "attorney", "justice", "judge", "prosecutor", "mp", "mep", "sheikh",
        "sheik", "mullah", "vizier", "taoiseach", "tánaiste", "shah", "rep.", "sen.", "gov.",
        "gen.", "lt.", "col.", "adm.", "maj.", "capt.", "dr.", "mr.", "mrs.", "ms.", "mr", "mrs",
        "ms", "dr", "sir", "dame", "lord", "lady", "his", "her",
    }
)

#: Title words that may precede a name inside a PERSON span and are not part of the name.
HONORIFICS: frozenset[str] = frozenset(
    {
        "president", "president-elect", "vice", "premier", "chancellor", "minister", "secretary",
        "prime", "king", "queen", "emir", "sultan", "prince", "princess", "crown", "pope",
        "cardinal", "ayatollah", "chief", "chairman", "chairwoman", "chairperson", "leader",
        "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "commissioner",
        "governor", "mayor", "speaker", "general", "gen.", "admiral", "adm.", "commander",
        "marshal", "field", "colonel", "col.", "lt.", "maj.", "capt.", "senator", "sen.", "rep.",
        "gov.", "congressman", "congresswoman", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.",
        "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik", "mullah", "foreign", "defence",
        "defense", "interior", "finance", "deputy", "acting", "interim", "former", "elect", "-",
        "counsellor", "counselor",
        "state", "of", "the", "foreign-minister", "justice", "rev.", "reverend", "father",
        "archbishop", "bishop", "imam", "rabbi", "judge", "prosecutor", "attorney", "opposition",
        "caretaker", "outgoing", "incoming", "ousted", "late", "then", "then-president",
        "taoiseach", "tánaiste", "tanaiste", "senior", "supreme", "captain", "capt",
        "lieutenant", "sergeant", "brigadier", "commodore", "colonel-general",
    }
)

#: Prepositions that make a place name a venue ("talks *in* Washington"), not an actor.
LOCATIVE_PREPS: frozenset[str] = frozenset(
    {
        "in", "at", "to", "from", "near", "outside", "inside", "into", "across", "toward",
        "towards", "via", "through", "throughout", "around", "within", "of", "for", "onto",
        "over", "beyond", "along", "past", "out", "off", "back", "home", "opposite",
        "between",
    }
)

#: Words after "Minister of"/"Secretary of" that name the portfolio, not an actor.
PORTFOLIO_WORDS: frozenset[str] = frozenset(
    {
        "state", "defence", "defense", "foreign", "affairs", "europe", "european", "home",
        "interior", "finance", "economy", "economic", "trade", "commerce", "industry",
        "justice", "health", "education", "energy", "agriculture", "transport", "labour",
        "labor", "development", "international", "cooperation", "co-operation", "external",
        "relations", "commonwealth", "treasury", "war", "navy", "army", "homeland", "security",
        "national", "public", "works", "culture", "environment", "climate", "digital",
        "veterans", "housing", "communities", "local", "government", "and", "the", "for",
        "of", "&", "africa", "francophonie", "overseas", "territories", "planning",
        "information", "communications", "science", "technology", "tourism", "sports",
        "youth", "women", "family", "social", "welfare", "immigration", "citizenship",
        "religious", "endowments", "petroleum", "oil", "gas", "mines", "mining", "water",
        "resources", "fisheries", "forestry", "land", "lands", "regional", "integration",
        "emigrants", "diaspora", "expatriates", "abroad", "safety", "enlargement",
    }
)

#: Titles that directly precede a person's name ("General X", "Mr X", "President X").
NAME_TITLES: frozenset[str] = frozenset(
    {
        "president", "president-elect", "premier", "chancellor", "minister", "secretary", "king",
        "queen", "emir", "sultan", "prince", "princess", "pope", "cardinal", "ayatollah",
        "chairman", "chairwoman", "leader", "spokesman", "spokeswoman", "envoy", "ambassador",
        "commissioner", "governor", "mayor", "speaker", "general", "gen", "admiral", "adm",
        "commander", "marshal", "colonel", "col", "lt", "maj", "capt", "senator", "sen", "rep",
        "gov", "congressman", "congresswoman", "mr", "mrs", "ms", "dr", "sir", "dame", "lord",
        "lady", "sheikh", "sheik", "mullah", "judge", "prosecutor", "imam", "rabbi",
        "archbishop", "bishop", "reverend", "rev", "father", "crown", "taoiseach", "tánaiste",
    }
)
#: Dashes and bullets that end a dateline or open a wire credit ("BRUSSELS —", "— AP").
DATELINE_DASHES = frozenset({"—", "–", "-", "--", "•", "|"})
