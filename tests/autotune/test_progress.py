"""The tuning progress line: carriage returns on a terminal only, whole lines elsewhere."""

from __future__ import annotations

import io

from autotune.tuner import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(stream: io.StringIO, total: int) -> str:
    prog = Progress(total, flops=2e9, enabled=True, stream=stream)
    for done in range(1, total + 1):
        prog.show(done, 1e-3 if done > 1 else None, failed=0)
    prog.end()
    return stream.getvalue()


def test_a_log_gets_whole_lines_and_no_carriage_returns() -> None:
    text = _run(io.StringIO(), 25)
    assert "\r" not in text
    lines = text.splitlines()
    # after each tenth of the trials (every 2nd of 25) and at the last one
    assert [ln.split()[1] for ln in lines] == [f"{n}/25" for n in (*range(2, 25, 2), 25)]
    assert lines[-1].startswith("[tune] 25/25 trials  best 1.0000 ms")


def test_a_terminal_gets_one_line_rewritten_in_place() -> None:
    text = _run(_Terminal(), 5)
    assert text.count("\r") == 5 and text.endswith("\n") and text.count("\n") == 1


def test_disabled_writes_nothing() -> None:
    out = _Terminal()
    prog = Progress(3, flops=1.0, enabled=False, stream=out)
    prog.show(1, 1.0, 0)
    prog.end()
    assert out.getvalue() == ""
