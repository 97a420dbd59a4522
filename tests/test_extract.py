"""kg.extract: the loaded pipeline, held once per process."""
from __future__ import annotations

import gc


def test_the_loaded_model_is_out_of_the_collectors_reach(extractor):
    # the model's objects live as long as the process: a full collection must not walk them
    nlp = extractor.nlp
    assert gc.is_tracked(nlp) and gc.get_freeze_count() > 0
    assert not any(obj is nlp for obj in gc.get_objects())
