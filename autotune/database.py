"""SQLite tuning database: one row per trial, hardware fingerprints, JSONL export (layer 8).

The file is opened in WAL mode with a busy timeout, so several tuners can write it at once;
each trial is committed on its own. A file that is not a tcomp tuning database, or is damaged,
raises ``TuningDatabaseError`` at open, never later.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import tcomp
from tcomp import config
from tcomp.build import TunedRecord
from tcomp.errors import TcompError, TcompRuntimeError

APPLICATION_ID = 0x74636D70  # "tcmp": marks the file as ours
SCHEMA_VERSION = 1
_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS trials (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    workload_key TEXT NOT NULL,
    workload_name TEXT NOT NULL,
    workload_spec TEXT NOT NULL,
    target_key TEXT NOT NULL,
    target_desc TEXT NOT NULL,
    space TEXT NOT NULL,
    config TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    trace TEXT NOT NULL,
    ok INTEGER NOT NULL,
    median REAL,
    spread REAL,
    costs TEXT NOT NULL,
    error TEXT NOT NULL,
    flops REAL NOT NULL,
    kind TEXT NOT NULL,
    session TEXT NOT NULL,
    tcomp_version TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS trials_best ON trials (workload_key, target_key, ok, median);
CREATE INDEX IF NOT EXISTS trials_cfg ON trials (workload_key, target_key, config_hash);
"""


class TuningDatabaseError(TcompError, RuntimeError):
    """The tuning database file can't be used (corrupt, foreign, newer schema, locked)."""


def default_path() -> str:
    """``$TCOMP_TUNING_DB``, else ``tuning.db`` in the platform cache dir (``~/.cache/tcomp``)."""
    env = os.environ.get("TCOMP_TUNING_DB")
    if env:
        return env
    return os.path.join(config.platform_cache_dir(), "tuning.db")


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _cuda_description(tgt: Any) -> dict[str, Any]:
    """A GPU's name, compute capability and driver (pycuda), plus the arch compiled for. With
    no GPU to ask (or kernels emulated), only an explicit ``-arch`` gives a description, marked
    ``measured_on: emulator`` so it never matches records measured on a GPU."""
    from tcomp.runtime import cuda as rt

    why = "kernels run on the CPU emulator (TCOMP_CUDA_EMULATE)" if rt.emulating() else \
        rt.missing_reason()
    if why is None:
        info = rt.device_info()
        return {"kind": "cuda", "gpu": info["gpu"], "compute_capability":
                info["compute_capability"], "driver": info["driver"], "arch": tgt.cuda_arch,
                "measured_on": "hardware"}
    if tgt.arch:
        return {"kind": "cuda", "arch": tgt.arch, "measured_on": "emulator"}
    raise TcompRuntimeError(
        f"can't identify the GPU for target '{tgt}': {why}. Tuning records are keyed by the "
        "GPU's name, compute capability and driver; to tune in emulation without a GPU, name "
        "the architecture, e.g. target 'cuda -arch=sm_80' (records are then marked as not "
        "measured on hardware)")


def target_description(target: Any = "llvm") -> dict[str, Any]:
    """What identifies the hardware a record was measured on (``target``: str or Target).

    For ``cuda`` see ``_cuda_description``: without a GPU and without ``-arch`` it raises
    ``TcompRuntimeError`` naming what is missing.
    """
    from tcomp.codegen.target import Target

    tgt = Target.parse(target)
    if tgt.kind == "cuda":
        return _cuda_description(tgt)
    return {"kind": "llvm", "cpu_model": _cpu_model(), "llvm_cpu": tgt.cpu,
            "features": ",".join(sorted(f for f in tgt.features.split(",") if f.startswith("+"))),
            "cores": os.cpu_count() or 1, "machine": platform.machine()}


def fingerprint(target: Any = "llvm") -> str:
    """Short stable key of ``target_description(target)``: records match only on equal keys."""
    desc = target_description(target)
    h = hashlib.sha256(json.dumps(desc, sort_keys=True).encode()).hexdigest()[:16]
    return f"{desc['kind']}-{h}"


def config_hash(config: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:16]


@dataclass
class TrialRecord:
    """One measured candidate. ``median``/``spread`` are None for failed trials."""

    workload_key: str
    workload_name: str
    workload_spec: dict[str, Any]
    target_key: str
    target_desc: dict[str, Any]
    space: str
    config: dict[str, Any]
    trace: str
    ok: bool
    median: float | None = None
    spread: float | None = None
    costs: list[float] = field(default_factory=list)
    error: str = ""
    flops: float = 0.0
    kind: str = "search"  # "search" | "remeasure" | "in-model"
    session: str = ""
    tcomp_version: str = tcomp.__version__
    created: float = field(default_factory=time.time)
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)
    id: int | None = None

    @property
    def config_hash(self) -> str:
        return config_hash(self.config)

    @property
    def gflops(self) -> float | None:
        return self.flops / self.median / 1e9 if self.ok and self.median and self.flops else None

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("id")
        return d


# A config's cost: the mean of its re-measurements (the tuner's interleaved rounds of the
# finalists and the automatic default) where it has any, else of its successful medians.
# The search figure of a winner is the best of many noisy trials, biased low (up to 20-28%
# on a 0.2 ms kernel here): mixed in, it let a finalist beat the default on luck.
# Configs rank by TIER first, then COST:
# - 0: measured inside the program that runs the kernel (``kind = 'in-model'``: a training
#   step's profile, ``tcomp.nn.tune``), so a record that ran slower in the model than the
#   default it replaced is not chosen again;
# - 1: re-measured in the tuner's rounds;
# - 2: a search figure only. Ranked with the re-measured, one config's single lucky figure
#   beat the finalists whose rounds had pulled their costs up to their true times (capsule
#   routing, 64 trials: a 3.37 ms search figure never measured again, chosen over finalists
#   at 3.46-4.03 ms).
# The tuner picks its finalists by SEARCH_TIER (no tier 1), so a new run's discoveries reach
# the rounds however many configs earlier runs re-measured.
COST = ("COALESCE(AVG(CASE WHEN kind = 'in-model' THEN median END), "
        "AVG(CASE WHEN kind = 'remeasure' THEN median END), AVG(median))")
TIER = "MIN(CASE WHEN kind = 'in-model' THEN 0 WHEN kind = 'remeasure' THEN 1 ELSE 2 END)"
SEARCH_TIER = "MIN(CASE WHEN kind = 'in-model' THEN 0 ELSE 1 END)"

_COLS = ("uid", "workload_key", "workload_name", "workload_spec", "target_key", "target_desc",
         "space", "config", "config_hash", "trace", "ok", "median", "spread", "costs", "error",
         "flops", "kind", "session", "tcomp_version", "created")
_JSON_COLS = {"workload_spec", "target_desc", "config", "costs"}


def _row(rec: TrialRecord) -> tuple[Any, ...]:
    d = rec.to_json()
    d["config_hash"] = rec.config_hash
    d["ok"] = int(bool(rec.ok))
    return tuple(json.dumps(d[c], sort_keys=True) if c in _JSON_COLS else d[c] for c in _COLS)


def _from_row(row: sqlite3.Row) -> TrialRecord:
    d = {k: row[k] for k in row.keys()}
    for c in _JSON_COLS:
        d[c] = json.loads(d[c])
    d.pop("config_hash")
    d["ok"] = bool(d["ok"])
    return TrialRecord(**d)


class Database:
    """A tuning database file. ``Database(path)``; ``path=None`` uses ``default_path()``.

    Implements ``lookup(workload_key, target)`` for ``tcomp.build``: the best successful record
    for the matching hardware fingerprint, a config's cost being the mean of its measurements.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *,
                 timeout_s: float = 60.0) -> None:
        self.path = str(path) if path is not None else default_path()
        p = Path(self.path)
        if p.exists() and p.is_dir():
            raise TuningDatabaseError(f"tuning database path '{self.path}' is a directory; "
                                      "pass a file path (or set TCOMP_TUNING_DB to one)")
        if p.exists() and p.stat().st_size > 0:
            with open(p, "rb") as f:
                head = f.read(16)
            if head != _SQLITE_MAGIC:
                raise TuningDatabaseError(
                    f"'{self.path}' is not a SQLite file (so not a tcomp tuning database); "
                    "move it away or pass another path with db= / TCOMP_TUNING_DB")
        p.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(self.path, timeout=timeout_s, isolation_level=None,
                                         check_same_thread=False)
            self._conn.row_factory = sqlite3.Row
            self._open()
        except sqlite3.DatabaseError as exc:
            raise TuningDatabaseError(
                f"can't open tuning database '{self.path}': {exc}. If the file is damaged, "
                "move it away (its records can't be recovered by tcomp) or pass another path"
            ) from exc
        self._fp_cache: dict[str, str] = {}

    def _open(self) -> None:
        c = self._conn
        check = c.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise TuningDatabaseError(f"tuning database '{self.path}' is damaged "
                                      f"(quick_check: {check}); move it away or pass another path")
        app, ver = c.execute("PRAGMA application_id").fetchone()[0], \
            c.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app != APPLICATION_ID and (tables or ver):
            raise TuningDatabaseError(
                f"'{self.path}' is a SQLite database of another program (tables: "
                f"{sorted(tables)}), not a tcomp tuning database; pass another path")
        if ver > SCHEMA_VERSION:
            raise TuningDatabaseError(
                f"tuning database '{self.path}' has schema version {ver}, newer than this tcomp "
                f"({SCHEMA_VERSION}) understands; upgrade tcomp or use another file")
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=NORMAL")
        if app != APPLICATION_ID or ver != SCHEMA_VERSION:
            c.execute("BEGIN IMMEDIATE")
            try:
                for stmt in _SCHEMA.split(";"):
                    if stmt.strip():
                        c.execute(stmt)
                c.execute(f"PRAGMA application_id={APPLICATION_ID}")
                c.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                c.execute("INSERT OR IGNORE INTO meta VALUES ('created_by', ?)",
                          (f"tcomp {tcomp.__version__}",))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({self.path!r})"

    # ----------------------------------------------------------------- writing
    def add(self, rec: TrialRecord) -> TrialRecord:
        """Insert (and commit) one trial; returns it with its row ``id``."""
        try:
            cur = self._conn.execute(
                f"INSERT INTO trials ({', '.join(_COLS)}) VALUES ({', '.join('?' * len(_COLS))})",
                _row(rec))
        except sqlite3.OperationalError as exc:
            raise TuningDatabaseError(f"can't write to tuning database '{self.path}': {exc}"
                                      ) from exc
        rec.id = cur.lastrowid
        return rec

    # ----------------------------------------------------------------- reading
    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[TrialRecord]:
        return [_from_row(r) for r in self._conn.execute(sql, tuple(params))]

    def records(self, workload_key: str | None = None, target_key: str | None = None, *,
                ok: bool | None = None) -> list[TrialRecord]:
        """Trials in insertion order, optionally filtered."""
        where, params = [], []
        for col, val in (("workload_key", workload_key), ("target_key", target_key)):
            if val is not None:
                where.append(f"{col} = ?")
                params.append(val)
        if ok is not None:
            where.append("ok = ?")
            params.append(int(ok))
        cond = f" WHERE {' AND '.join(where)}" if where else ""
        cols = ", ".join(("id", *_COLS))
        return self._query(f"SELECT {cols} FROM trials{cond} ORDER BY id", params)

    def measured_configs(self, workload_key: str, target_key: str) -> set[str]:
        """Hashes of the configs already tried (ok or failed) for this workload and hardware."""
        rows = self._conn.execute("SELECT DISTINCT config_hash FROM trials WHERE "
                                  "workload_key = ? AND target_key = ?",
                                  (workload_key, target_key))
        return {r[0] for r in rows}

    def best(self, workload_key: str, target_key: str, k: int = 1, *,
             remeasured_first: bool = True) -> list[TrialRecord]:
        """The ``k`` best configs by ``TIER`` and ``COST`` (the mean of a config's in-model
        measurements, else of its re-measurements, else of its successful medians), best
        first; each is returned as its latest successful record. ``remeasured_first=False``
        ranks by ``SEARCH_TIER``: a config measured only in the search competes with the
        re-measured on its cost (the candidates for a tuner's rounds)."""
        tier = TIER if remeasured_first else SEARCH_TIER
        rows = self._conn.execute(
            f"SELECT config_hash, {COST} AS cost, {tier} AS tier, MAX(id) AS last FROM trials "
            "WHERE workload_key = ? AND target_key = ? AND ok = 1 GROUP BY config_hash "
            "ORDER BY tier, cost, last LIMIT ?", (workload_key, target_key, k)).fetchall()
        cols = ", ".join(("id", *_COLS))
        out = []
        for r in rows:
            rec = self._query(f"SELECT {cols} FROM trials WHERE id = ?", (r["last"],))[0]
            rec.median = r["cost"]
            out.append(rec)
        return out

    def lookup(self, workload_key: str, target: Any) -> tuple[str, str] | None:
        """``(trace JSON, record uid)`` of the best record for ``target``'s fingerprint."""
        best = self.tuned_records(workload_key, target, 1)
        return (best[0].trace, best[0].record_id) if best else None

    def tuned_records(self, workload_key: str, target: Any, limit: int = 3
                      ) -> list[TunedRecord]:
        """What ``tcomp.build`` replays: the ``limit`` best configs of this workload for
        ``target``'s hardware fingerprint (a config's cost: ``COST``), each as its latest
        successful record, best first.

        Reads only the columns a build needs, so a record whose other fields are damaged
        still reaches ``build``, which skips a trace that doesn't replay.
        """
        is_key = isinstance(target, str) and re.fullmatch(r"(llvm|cuda)-[0-9a-f]{16}", target)
        try:
            tkey = target if is_key else self._fingerprint(target)
        except TcompRuntimeError:  # a cuda target with no GPU to identify: no record applies
            return []
        try:
            rows = self._conn.execute(
                "SELECT t.uid, t.trace, t.workload_name, t.tcomp_version, t.target_key FROM "
                f"(SELECT config_hash, {COST} AS cost, {TIER} AS tier, MAX(id) AS last FROM "
                "trials WHERE workload_key = ? AND target_key = ? AND ok = 1 GROUP BY "
                "config_hash) AS g JOIN trials AS t ON t.id = g.last "
                "ORDER BY g.tier, g.cost, g.last LIMIT ?",
                (workload_key, tkey, int(limit))).fetchall()
        except sqlite3.DatabaseError as exc:
            raise TuningDatabaseError(f"can't read tuning database '{self.path}': {exc}"
                                      ) from exc
        return [TunedRecord(str(r["trace"]), str(r["uid"]), str(r["workload_name"]),
                            str(r["tcomp_version"]), str(r["target_key"]), self.path)
                for r in rows]

    def _fingerprint(self, target: Any) -> str:
        k = repr(target)  # Target's repr holds every field (an explicit -arch included)
        if k not in self._fp_cache:
            self._fp_cache[k] = fingerprint(target)
        return self._fp_cache[k]

    def get(self, uid: str) -> TrialRecord | None:
        cols = ", ".join(("id", *_COLS))
        found = self._query(f"SELECT {cols} FROM trials WHERE uid = ?", (uid,))
        return found[0] if found else None

    def workloads(self) -> list[dict[str, Any]]:
        """One summary per (workload, hardware): name, trials, failures, best median."""
        rows = self._conn.execute(
            "SELECT workload_key, target_key, MAX(workload_name) AS name, COUNT(*) AS n, "
            "SUM(ok = 0) AS failed, MIN(CASE WHEN ok = 1 THEN median END) AS best "
            "FROM trials GROUP BY workload_key, target_key ORDER BY MIN(id)").fetchall()
        return [dict(r) for r in rows]

    # ----------------------------------------------------------------- JSON Lines
    def export_jsonl(self, path: str | os.PathLike[str], workload_key: str | None = None) -> int:
        """Write every (or one workload's) trial as one JSON object per line; returns count."""
        recs = self.records(workload_key)
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r.to_json(), sort_keys=True) + "\n")
        return len(recs)

    def import_jsonl(self, path: str | os.PathLike[str]) -> int:
        """Add the trials of a JSONL export; trials already present (same uid) are skipped."""
        added = 0
        for n, line in enumerate(_lines(path), 1):
            try:
                d = json.loads(line)
                rec = TrialRecord(**d)
            except (ValueError, TypeError) as exc:
                raise TuningDatabaseError(f"{path}:{n}: not a tuning record ({exc}); expected a "
                                          "line written by export_jsonl") from exc
            cur = self._conn.execute(
                f"INSERT OR IGNORE INTO trials ({', '.join(_COLS)}) VALUES "
                f"({', '.join('?' * len(_COLS))})", _row(rec))
            added += cur.rowcount
        return added


def _lines(path: str | os.PathLike[str]) -> Iterator[str]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield line


def use_database(path: str | os.PathLike[str] | Database | None = None) -> Database:
    """Opt in to tuned schedules: open the database (default path if None) and make it the
    one ``tcomp.build`` looks records up in.

    Records apply to schedule-free builds (``tc.build(outputs, args)``) and to
    ``tc.build(s, args, tuned=True)``; a hand-written schedule without ``tuned=True`` is
    always compiled as written. ``use_database(None)`` opens the default path; to stop
    using any database call ``tcomp.build.set_tuning_database(None)``.
    """
    from tcomp.build import set_tuning_database

    db = path if isinstance(path, Database) else Database(path)
    set_tuning_database(db)
    return db


__all__ = ["Database", "TrialRecord", "TuningDatabaseError", "config_hash", "default_path",
           "fingerprint", "target_description", "use_database"]
