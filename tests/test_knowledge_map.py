"""The whole-knowledge diagram (explain/knowledge_map.py) laid out by the real Graphviz `dot`: a sane size,
grouped by layer left to right, every rule id kept."""

from __future__ import annotations

import json
import os
import re
import subprocess
from typing import Any

import pytest

from clientfire.engine import Engine
from clientfire.explain.dot import CLUSTERS, knowledge_dot
from clientfire.explain.graph import rule_network
from clientfire.explain.render import find_dot

#: "a sane size": fits a screen or a printed page scaled down, i.e. at most this many points on its longest side
#: (the drawing was 2145 x 4975 pt before the rules were folded into tables) ...
LONGEST_SIDE = 2500
#: ... and no narrower or flatter than 1:2 (width / height)
ASPECT = (0.5, 2.0)

needs_dot = pytest.mark.skipif(find_dot() is None and not os.environ.get("CI"),
                               reason="Graphviz dot is not installed (CI installs it)")


def _layout(engine: Engine, lang: str) -> dict[str, Any]:
    """What `dot -Tjson` makes of the diagram: its bounding box and the clusters' boxes, in points."""
    source = knowledge_dot(engine.kb, lang, rule_network(engine.kb, engine.compiled))
    done = subprocess.run([find_dot() or "dot", "-Tjson"], input=source.encode(), capture_output=True, check=True)
    layout: dict[str, Any] = json.loads(done.stdout)
    return layout


def _box(bb: str) -> tuple[float, ...]:
    return tuple(float(v) for v in bb.split(","))


@needs_dot
@pytest.mark.parametrize("lang", ["en", "ko", "fi"])
def test_whole_knowledge_diagram_is_laid_out_within_a_sane_size(engine: Engine, lang: str) -> None:
    _, _, width, height = _box(_layout(engine, lang)["bb"])
    assert max(width, height) <= LONGEST_SIDE, (width, height)
    assert ASPECT[0] <= width / height <= ASPECT[1], (width, height)


@needs_dot
def test_whole_knowledge_diagram_runs_left_to_right_grouped_by_layer(engine: Engine) -> None:
    clusters = {o["name"]: _box(o["bb"]) for o in _layout(engine, "en")["objects"] if "bb" in o}
    boxes = [clusters[f"cluster_{name}"] for name in CLUSTERS]
    for left, right in zip(boxes, boxes[1:], strict=False):
        assert left[2] < right[0], (left, right)  # side by side, none above another


def test_whole_knowledge_diagram_keeps_every_rule_id(engine: Engine) -> None:
    text = knowledge_dot(engine.kb, "ko")
    ids = {rule.id for rule in engine.kb.rules} | set(engine.compiled.actions)
    assert len(ids) > 100
    assert sorted(i for i in ids if f'ID="rule:{i}"' not in text or f">{i}<" not in text) == []
    assert len(re.findall(r'ID="rule:', text)) == len(ids)  # each once
