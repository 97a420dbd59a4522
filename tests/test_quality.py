"""The extraction scored against the hand-made gold of the seeds (../shared/eval), as a floor
that changes must not fall below."""
import json
import subprocess
import sys

import pytest

from conftest import GOLD

pytestmark = pytest.mark.skipif(not (GOLD / "score.py").exists(), reason="../shared/eval is not beside the checkout")


def test_seeds_score(seeds_jsonl):
    out = subprocess.run([sys.executable, str(GOLD / "score.py"), str(GOLD / "seeds.gold.json"), str(seeds_jsonl),
                          "--json"], capture_output=True, text=True, check=True).stdout
    result = json.loads(out[: out.rindex("}") + 1])
    assert result["entities"]["f1"] >= 0.95
    assert result["junk_entities"] == 0
    assert result["cross_document_identity"]["consistent"] == result["cross_document_identity"]["of"]
    assert result["statements"]["f1"] >= 0.85
    assert result["relations"]["f1"] >= 0.90
    assert result["statement_dates"]["correct"] == result["statement_dates"]["of"]
    assert result["statement_cues"]["found"] >= 0.9 * result["statement_cues"]["of"]
    assert result["unknown_kinds"] == result["unknown_types"] == 0
