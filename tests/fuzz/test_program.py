"""Fuzz programs: generated deterministically, legal, built the same way from the data and
from the printed Python source."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import tcomp as tc
from tcomp.testing.fuzz.features import FEATURES, Features
from tcomp.testing.fuzz.generate import generate
from tcomp.testing.fuzz.program import dumps
from tcomp.testing.fuzz.reference import Reference, make_inputs
from tcomp.testing.fuzz.render import to_dsl, to_source

ROOT = Path(__file__).resolve().parents[2]
SEEDS = range(40)
ALL = Features(set(FEATURES))  # inline reductions included: printing needs no DSL support


def test_generation_is_deterministic():
    for seed in range(10):
        assert dumps(generate(seed, ALL)) == dumps(generate(seed, ALL))


def test_features_switch_things_off():
    feats = Features.parse(exclude="float32,float64,reduce,gather,multi_stage")
    for seed in range(20):
        prog = generate(seed, feats)
        text = dumps(prog)
        assert "float" not in text and '"reduce"' not in text and '"index"' not in text
        assert len(prog["stages"]) == 1
    assert Features.parse("+inline_reduce").on("inline_reduce")
    assert not Features.parse(exclude="inline_reduce").on("inline_reduce")
    default = Features.parse()
    assert default.on("inline_reduce") and default.on("eq_operator")
    assert Features.parse("all").enabled == set(FEATURES)


def test_generated_programs_read_in_range():
    for seed in SEEDS:
        prog = generate(seed, ALL)
        for out in Reference(prog, make_inputs(prog)).outputs():
            assert out.p is None or not out.p.any(), (seed, dumps(prog))


def test_printed_source_builds_the_same_graph(tmp_path):
    """``to_source`` and ``to_dsl`` agree: the printed program, run as a script, has the
    graph the fuzzer builds directly."""
    feats = Features()  # what the DSL accepts today
    progs = [generate(seed, feats) for seed in SEEDS]
    want = []
    script = ["import tcomp as tc", "graphs = []"]
    for prog in progs:
        _, outs, _ = to_dsl(prog)
        want.append(tc.graph_str(outs))
        names = ", ".join(o.replace(".", "_") for o in prog["outputs"])
        script += ["def build():", textwrap.indent(to_source(prog), "    "),
                   f"    return [{names}]", "graphs.append(tc.graph_str(build()))"]
    script += ["import json", "print(json.dumps(graphs))"]
    path = tmp_path / "programs.py"
    path.write_text("\n".join(script) + "\n")
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    got = json.loads(out.stdout)
    for seed, g, w in zip(SEEDS, got, want, strict=True):
        assert g == w, f"seed {seed}:\n{g}\n!=\n{w}"


def test_repro_file_runs_and_checks(tmp_path):
    """A repro is a standalone script: it rebuilds the case, runs it and checks the result
    against the reference values it carries (here correct; then with a wrong expectation)."""
    from tcomp.testing.fuzz.shrink import repro_source

    prog = {"dims": {}, "input_seed": 3, "outputs": ["T0"],
            "inputs": [{"name": "A0", "shape": [5], "dtype": "int32",
                        "fill": {"kind": "int", "lo": -3, "hi": 4}}],
            "stages": [{"name": "T0", "shape": [5], "body": {"expr": [
                "bin", "mul", ["ld", "A0", [["ax", 0]]], ["c", 3, "int32"]]}}]}
    steps = [{"p": "split", "st": "T0", "ax": "i0", "factor": 2}]
    fail = {"cls": "kernel-mismatch", "msg": "output T0: (a test)"}
    text = repro_source(prog, steps, {}, fail, origin="test")
    assert 's[T0].split("i0", factor=2)' in text and "A0 = tc.placeholder((5,)" in text

    def run(src: str) -> subprocess.CompletedProcess:
        path = tmp_path / "repro.py"
        path.write_text(src)
        return subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                              cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=120)

    ok = run(text)
    assert ok.returncode == 0, ok.stderr[-2000:]
    line = next(x for x in text.splitlines() if x.startswith("expected = np.array(["))
    wrong = text.replace(line, "expected = np.array([99, 99, 99, 99, 99], dtype='int32')")
    bad = run(wrong)
    assert bad.returncode != 0 and "AssertionError" in bad.stderr


def test_index_input_range_dim_survives_pruning():
    """An index input's values lie in [0, n1) where n1 is the extent it indexes; when the
    stage that carried n1 is pruned, n1 must become a constant, not vanish (case 7000726
    raised KeyError: 'n1' in make_inputs)."""
    from tcomp.testing.fuzz.program import prune

    prog = {"dims": {"n1": 3},
            "inputs": [{"name": "A0", "shape": [4], "dtype": "int64",
                        "fill": {"kind": "index", "hi": "n1"}}],
            "stages": [{"name": "T0", "shape": [4],
                        "body": {"expr": ["ld", "A0", [["ax", 0]]]}}],
            "outputs": ["T0"]}
    assert prune(prog)["dims"] == {"n1": 3}
    arrays = make_inputs(generate(7000726, ALL))  # raised KeyError before
    assert arrays
    for seed in range(7000700, 7000760):
        make_inputs(generate(seed, ALL))
