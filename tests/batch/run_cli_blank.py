"""The real ``geoextract`` command line, with a blank test pipeline in place of the trained one.

The kill-and-resume tests run this file in a subprocess: everything but the pipeline is
the production code path (typer command, readers, engine, writer). The patch is applied at
import, so the worker processes that ``--n-process`` spawns (which re-import this file as
their main module) get the same pipeline.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import batch_helpers

from geoextract.batch import worker

worker.PipelineSpec.load = lambda self: batch_helpers.make_nlp()  # type: ignore[method-assign]

if __name__ == "__main__":
    from geoextract.cli import main

    sys.argv[0] = "geoextract"
    main()
