"""Assembly of geoextract's components on a base pipeline, and the options ``load()`` takes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.symbols import ORTH

from .errors import Errors, GeoExtractValueError

#: geoextract's components in pipeline order: pipe name -> factory name.
GEOEXTRACT_PIPES: dict[str, str] = {
    "geoextract_actor_ruler": "geoextract_actor_ruler",
    "geoextract_name_coref": "geoextract_name_coref",
    "geoextract_role_linker": "geoextract_role_linker",
    "geoextract_entity_linker": "geoextract_entity_linker",
    "geoextract_meeting_extractor": "geoextract_meeting_extractor",
}


#: Factories of the base pipeline's entity recognizer and dependency parser. geoextract's
#: components go after the (last) entity recognizer.
NER_FACTORIES: frozenset[str] = frozenset({"ner", "beam_ner"})
PARSER_FACTORIES: frozenset[str] = frozenset({"parser", "beam_parser"})


def ner_pipe(nlp: Language) -> str | None:
    """Name of the base pipeline's entity recognizer (the last one), or None.

    Example:
        >>> import spacy; nlp = spacy.blank("en"); _ = nlp.add_pipe("ner", name="entities")
        >>> ner_pipe(nlp)
        'entities'
    """
    found = [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in NER_FACTORIES]
    if found:
        return found[-1]
    return "ner" if "ner" in nlp.pipe_names else None


def _kb_loader(paths: Any) -> dict[str, Any]:
    if isinstance(paths, str):
        paths = [paths]
    return {"@misc": "geoextract.kb_loader.v1", "paths": [str(p) for p in paths], "shipped": True}


#: option name -> (pipe name, config key, converter)
_OPTIONS: dict[str, tuple[str, str, Callable[[Any], Any]]] = {
    "kb_paths": ("geoextract_actor_ruler", "kb_loader", _kb_loader),
    "link_threshold": ("geoextract_entity_linker", "threshold", float),
    "fuzzy_threshold_no_context": ("geoextract_entity_linker", "threshold_no_context", float),
    "meeting_min_confidence": ("geoextract_meeting_extractor", "min_confidence", float),
    "group_roles": ("geoextract_role_linker", "group_roles", bool),
}


def pipeline_options() -> dict[str, str]:
    """Options ``geoextract.load(**options)`` accepts, with the component each one configures.

    Example:
        >>> "kb_paths" in pipeline_options()
        True
    """
    return {name: f"{pipe}.{key}" for name, (pipe, key, _) in _OPTIONS.items()}


def component_configs(**options: Any) -> dict[str, dict[str, Any]]:
    """Turn ``load()`` options into per-component config overrides.

    Raises:
        GeoExtractValueError: an option is unknown.
    """
    configs: dict[str, dict[str, Any]] = {pipe: {} for pipe in GEOEXTRACT_PIPES}
    for name, value in options.items():
        if name not in _OPTIONS:
            raise GeoExtractValueError(
                Errors.E008.format(names=name, known=", ".join(sorted(_OPTIONS)))
            )
        pipe, key, convert = _OPTIONS[name]
        configs[pipe][key] = convert(value)
    return configs


#: Splits "U.S.-brokered" and "U.K.-led" after the abbreviation, as the English
#: tokenizer already splits "Iran-backed".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


#: Verbs of shared hosting written with "co-", each form with its lemma. The English tokenizer
#: splits "co-chaired" into "co", "-", "chaired", and the parser then loses the verb's subject
#: ("X and Y co-chaired a summit" parses as a noun phrase); kept whole, they parse as verbs.
CO_VERBS: dict[str, str] = {
    form: f"co-{lemma}"
    for lemma, forms in {
        "chair": ("chair", "chairs", "chaired", "chairing"),
        "host": ("host", "hosts", "hosted", "hosting"),
        "organise": ("organise", "organises", "organised", "organising"),
        "organize": ("organize", "organizes", "organized", "organizing"),
        "sponsor": ("sponsor", "sponsors", "sponsored", "sponsoring"),
    }.items()
    for form in (f"co-{f}" for f in forms)
}


#: Hyphenated adjectives the tokenizer splits into words the parser reads as verbs: "would-be
#: migrants" parses as "to would be migrants", a planned clause that takes the sentence's talks.
WHOLE_WORDS: tuple[str, ...] = ("would-be",)


def extend_tokenizer(nlp: Language) -> None:
    """Add geoextract's tokenizer rules to the pipeline (idempotent): the infix rule that splits
    "U.S.-brokered", and "co-chaired", "co-hosted"... kept as one word with their lemma, as is
    "would-be".

    Example:
        >>> import spacy; nlp = spacy.blank("en"); extend_tokenizer(nlp)
        >>> [t.text for t in nlp("a U.S.-brokered deal they co-hosted")]
        ['a', 'U.S.', '-', 'brokered', 'deal', 'they', 'co-hosted']
    """
    tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer (typed as a plain callable)
    rules = getattr(tokenizer, "rules", None)
    if rules is not None and "co-hosted" not in rules:
        for form in [*CO_VERBS, *WHOLE_WORDS]:
            for word in (form, form.capitalize()):
                tokenizer.add_special_case(word, [{ORTH: word}])
        if "attribute_ruler" in nlp.component_names:  # disabled ones too (spacy assemble disables sourced pipes)
            # the rule lemmatizer would read "co-chaired" as "co-chaire"; it keeps lemmas set before it
            ruler: Any = nlp.get_pipe("attribute_ruler")
            for form, lemma in CO_VERBS.items():
                ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})
    pattern = getattr(getattr(tokenizer.infix_finditer, "__self__", None), "pattern", None)
    if pattern is None or ABBREVIATION_HYPHEN in pattern:
        return
    tokenizer.infix_finditer = re.compile(pattern + "|" + ABBREVIATION_HYPHEN).finditer


def adapt_base(nlp: Language) -> Language:
    """Prepare a base pipeline for geoextract (idempotent): its attribute ruler answered from
    an index (same rules, same output, faster; see
    :mod:`geoextract.components.attribute_index`) and geoextract's tokenizer rules
    (:func:`extend_tokenizer`).

    Example:
        >>> import spacy; nlp = spacy.blank("en"); _ = nlp.add_pipe("attribute_ruler")
        >>> type(adapt_base(nlp).get_pipe("attribute_ruler")).__name__
        'IndexedAttributeRuler'
    """
    from .components.attribute_index import index_attribute_ruler

    index_attribute_ruler(nlp)
    extend_tokenizer(nlp)
    return nlp


def add_geoextract_pipes(nlp: Language, **options: Any) -> Language:
    """Add geoextract's components after the base NER (idempotent: existing ones are kept).

    Example:
        >>> import spacy; nlp = spacy.blank("en")
        >>> _ = add_geoextract_pipes(nlp)  # doctest: +SKIP
    """
    from . import components  # noqa: F401  (registers the factories)

    configs = component_configs(**options)
    adapt_base(nlp)
    previous = ner_pipe(nlp)
    for pipe, factory in GEOEXTRACT_PIPES.items():
        if pipe in nlp.pipe_names:
            previous = pipe
            continue
        if previous is not None:
            nlp.add_pipe(factory, name=pipe, after=previous, config=configs[pipe])
        else:
            nlp.add_pipe(factory, name=pipe, config=configs[pipe])
        previous = pipe
    return nlp
