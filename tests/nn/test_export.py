"""tcomp.nn.export: models as standalone C libraries, run by a C program with no Python in
the process (subprocess) and through ctypes, against tcomp.nn; the export's errors.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess

import numpy as np
import pytest

import tcomp.nn as nn
import tcomp.nn.functional as F
from tcomp.build import set_tuning_database
from tcomp.errors import ExportError
from tcomp.nn import kernels

CC = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
needs_cc = pytest.mark.skipif(CC is None, reason="no C compiler (cc, gcc or clang) on PATH: "
                              "the export links with one")
P = ctypes.c_void_p
ARM = "llvm -mtriple=aarch64-linux-gnu -mcpu=neoverse-n1"
ARM_CC, QEMU = shutil.which("aarch64-linux-gnu-gcc"), shutil.which("qemu-aarch64")
ARM_ROOT = "/usr/aarch64-linux-gnu"  # Debian's aarch64 libc (libc6-dev-arm64-cross)
needs_qemu = pytest.mark.skipif(
    not (ARM_CC and QEMU and os.path.isdir(ARM_ROOT)),
    reason="no aarch64 cross tools to run an aarch64 model (Debian/Ubuntu: apt-get install "
           "qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross)")

# Reads input0 from argv[1], writes output0 to argv[2]; then a wrong input shape and a NULL
# model, printing each status and message. {p}/{P}: the prefix; SHAPE_IN/SHAPE_OUT: extents.
DRIVER = r"""
#include <stdio.h>
#include <stdlib.h>
#include "{p}.h"

int main(int argc, char** argv) {{
    static const int64_t in_shape[] = {{SHAPE_IN}}, out_shape[] = {{SHAPE_OUT}};
    int64_t bad_shape[] = {{SHAPE_IN}};
    float* x = aligned_alloc(64, 64 * (({P}_INPUT0_NUMEL * 4 + 63) / 64));
    float* y = aligned_alloc(64, 64 * (({P}_OUTPUT0_NUMEL * 4 + 63) / 64));
    FILE* f = fopen(argv[1], "rb");
    if (argc < 3 || !f || fread(x, 4, {P}_INPUT0_NUMEL, f) != {P}_INPUT0_NUMEL) return 10;
    fclose(f);
    {p}_model* m = NULL;
    int rc = {p}_create(&m, NULL);
    if (rc) {{ printf("create %d %s\n", rc, {p}_last_error()); return 11; }}
    rc = {p}_run(m, x, in_shape, y, out_shape);
    if (rc) {{ printf("run %d %s\n", rc, {p}_last_error()); return 12; }}
    {p}_release_workspace();  /* the kernels' kept temporaries freed: the next run allocates */
    rc = {p}_run(m, x, in_shape, y, out_shape);
    if (rc) {{ printf("rerun %d %s\n", rc, {p}_last_error()); return 13; }}
    f = fopen(argv[2], "wb");
    fwrite(y, 4, {P}_OUTPUT0_NUMEL, f);
    fclose(f);
    bad_shape[0] += 1;
    rc = {p}_run(m, x, bad_shape, y, out_shape);
    printf("ERR shape %d %s\n", rc, {p}_last_error());
    rc = {p}_run(NULL, x, in_shape, y, out_shape);
    printf("ERR null %d %s\n", rc, {p}_last_error());
    {p}_destroy(m);
    free(x);
    free(y);
    return 0;
}}
"""


def mlp() -> nn.Module:
    nn.manual_seed(1)
    return nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 5))


def cnn() -> nn.Module:
    nn.manual_seed(2)
    return nn.Sequential(nn.Conv2d(3, 6, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(6 * 4 * 4, 10))


def reference(model: nn.Module, *xs: np.ndarray) -> np.ndarray:
    model.eval()
    with nn.no_grad():
        return model(*(nn.Tensor(x) for x in xs)).numpy().copy()


def rand(shape: tuple[int, ...], seed: int) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


def run_c_driver(tmp, info, link: list[str], x: np.ndarray, cc: str | None = CC,
                 runner: tuple[str, ...] = ()) -> tuple[np.ndarray, dict]:
    """Compile the driver against the export's header with ``cc``, run it (no Python in that
    process; under ``runner`` if given): its output and the statuses and messages of its
    error calls."""
    src = tmp / "driver.c"
    shape = lambda s: ", ".join(map(str, s))  # noqa: E731
    src.write_text(DRIVER.format(p=info.prefix, P=info.prefix.upper())
                   .replace("SHAPE_IN", shape(info.inputs[0][0]))
                   .replace("SHAPE_OUT", shape(info.outputs[0][0])))
    exe = tmp / "driver"
    subprocess.run([cc, "-std=c11", "-Wall", "-Werror", "-O1", f"-I{os.path.dirname(info.header)}",
                    str(src), "-o", str(exe), *link], check=True, capture_output=True, text=True)
    (tmp / "x.bin").write_bytes(x.tobytes())
    r = subprocess.run([*runner, str(exe), str(tmp / "x.bin"), str(tmp / "y.bin")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    errs = {}
    for line in r.stdout.splitlines():
        _, what, rc, msg = line.split(" ", 3)
        errs[what] = (int(rc), msg)
    y = np.frombuffer((tmp / "y.bin").read_bytes(), np.float32)
    return y.reshape(info.outputs[0][0]), errs


@needs_cc
@pytest.mark.parametrize("suffix", [".so", ".a"])
def test_c_program_runs_an_exported_mlp(tmp_path, suffix):
    model, x = mlp(), rand((7, 12), 3)
    info = nn.export(model, nn.Tensor(x), tmp_path / f"mlp{suffix}")
    lib = str(tmp_path / f"mlp{suffix}")
    assert info.library == lib and info.header == str(tmp_path / "mlp.h")
    assert info.inputs == [((7, 12), np.float32)] and info.outputs == [((7, 5), np.float32)]
    assert [w[0] for w in info.weights] == ["0.weight", "0.bias", "2.weight", "2.bias"]
    assert all(off % 64 == 0 for *_, off in info.weights)
    x2 = rand((7, 12), 4)  # not the example: the library computes, it doesn't replay
    if suffix == ".a":  # global kernel symbols carry the prefix: archives link together
        data = open(lib, "rb").read()
        assert b"tcomp_mlp_linear_add" in data and b"tcomp_linear_add\0" not in data
    link = [lib, f"-Wl,-rpath,{tmp_path}"] if suffix == ".so" else [lib, "-lm", "-lpthread"]
    y, errs = run_c_driver(tmp_path, info, link, x2)
    np.testing.assert_allclose(y, reference(model, x2), rtol=1e-5, atol=1e-5)
    rc, msg = errs["shape"]
    assert rc == 2 and msg == ("mlp_run: input 0 has shape (8, 12), expected (7, 12): "
                               "dimension 0 is 8, must be 7. The model was exported for the "
                               "example's shapes only; export it again with an example of "
                               "the shapes you need")
    assert errs["null"][0] == 1 and "the model is NULL" in errs["null"][1]


@needs_cc
def test_a_static_model_with_heap_temporaries_links_and_releases_them(tmp_path):
    """A layer whose kernel keeps W packed in a heap temporary (64 rows: the packed tile),
    in an archive whose kernels are renamed with the prefix: the library's
    release_workspace reaches the renamed kernel's own release, and a run after it
    allocates again."""
    nn.manual_seed(3)
    model, x = nn.Sequential(nn.Linear(784, 256), nn.ReLU()), rand((64, 784), 5)
    info = nn.export(model, nn.Tensor(x), tmp_path / "dense.a")
    nm, objdump = shutil.which("nm"), shutil.which("objdump")
    if nm and objdump:  # the renamed kernel's release, called by the library's
        syms = subprocess.run([nm, info.library], capture_output=True, text=True).stdout
        releases = [ln.split()[-1] for ln in syms.splitlines() if ln.endswith("_ws_release")]
        assert releases and all(r.startswith("tcomp_dense_") for r in releases), releases
        relocs = subprocess.run([objdump, "-r", info.library], capture_output=True,
                                text=True).stdout
        assert all(r in relocs for r in releases), releases
    y, _ = run_c_driver(tmp_path, info, [info.library, "-lm", "-lpthread"], x)
    np.testing.assert_allclose(y, reference(model, x), rtol=1e-4, atol=1e-4)


@needs_cc
def test_c_program_runs_an_exported_cnn_from_a_directory(tmp_path):
    model, x = cnn(), rand((2, 3, 8, 8), 5)
    out = tmp_path / "cnn_export"
    info = nn.export(model, x, out, prefix="cnn")
    assert info.library == str(out / "libcnn.so") and info.header == str(out / "cnn.h")
    assert info.outputs == [((2, 10), np.float32)]
    x2 = rand((2, 3, 8, 8), 6)
    y, errs = run_c_driver(tmp_path, info, [f"-L{out}", "-lcnn", f"-Wl,-rpath,{out}"], x2)
    np.testing.assert_allclose(y, reference(model, x2), rtol=1e-5, atol=1e-5)
    assert errs["shape"][0] == 2 and "input 0 has shape (3, 3, 8, 8), expected (2, 3, 8, 8)" \
        in errs["shape"][1]


@needs_qemu
def test_aarch64_model_runs_under_qemu(tmp_path):
    """The CNN exported for aarch64: traced here, its kernels built again for the target
    (NEON, parallel loops) and linked by the cross gcc; the C driver, compiled by it too,
    runs under qemu-aarch64 and gives tcomp.nn's outputs on this machine."""
    model, x = cnn(), rand((2, 3, 8, 8), 20)
    info = nn.export(model, x, tmp_path / "libarm_cnn.so", target=ARM)
    data = open(info.library, "rb").read()
    assert data[18:20] == (183).to_bytes(2, "little")  # EM_AARCH64
    assert "aarch64" in open(info.header).read()
    x2 = rand((2, 3, 8, 8), 21)
    y, errs = run_c_driver(tmp_path, info, [info.library, f"-Wl,-rpath,{tmp_path}"], x2,
                           cc=ARM_CC, runner=(QEMU, "-L", ARM_ROOT))
    np.testing.assert_allclose(y, reference(model, x2), rtol=1e-5, atol=1e-5)
    assert errs["shape"][0] == 2 and "input 0 has shape (3, 3, 8, 8)" in errs["shape"][1]
    with pytest.raises(ExportError, match=r"target cuda is not a CPU target for Linux"):
        nn.export(model, x, tmp_path / "gpu.so", target="cuda")


class Lib:
    """An exported library through ctypes."""

    def __init__(self, info):
        self.info = info
        self.lib = ctypes.CDLL(info.library)
        self.p = info.prefix
        self.fn("last_error").restype = ctypes.c_char_p

    def fn(self, name: str):
        return getattr(self.lib, f"{self.p}_{name}")

    def create(self, weights=None) -> P:
        h = P()
        assert self.fn("create")(ctypes.byref(h), weights) == 0, self.error()
        return h

    def run(self, h, ins, outs, shapes=None) -> int:
        args = []
        for k, a in enumerate([*ins, *outs]):
            shp = shapes[k] if shapes else a.shape
            args += [P(a.ctypes.data), (ctypes.c_int64 * max(len(shp), 1))(*shp)]
        return self.fn("run")(h, *args)

    def error(self) -> str:
        return self.fn("last_error")().decode()


@needs_cc
def test_ctypes_matches_nn_and_checks_its_arguments(tmp_path):
    model, x = cnn(), rand((2, 3, 8, 8), 7)
    info = nn.export(model, x, tmp_path / "libnet.so")
    assert info.prefix == "net"
    lib = Lib(info)
    h = lib.create()
    y = np.zeros((2, 10), np.float32)
    for seed in (8, 9):  # the model is reused: the arena is rewritten each call
        x2 = rand((2, 3, 8, 8), seed)
        assert lib.run(h, [x2], [y]) == 0, lib.error()
        np.testing.assert_allclose(y, reference(model, x2), rtol=1e-5, atol=1e-5)
    assert lib.run(h, [x], [y], shapes=[(2, 3, 8, 8), (2, 11)]) == 2
    assert "output 0 has shape (2, 11), expected (2, 10): dimension 1 is 11" in lib.error()
    raw = np.zeros(2 * 3 * 8 * 8 + 1, np.float32)
    assert lib.run(h, [x], [raw[1:21].reshape(2, 10)]) == 0  # 4-byte aligned is enough
    mis = np.zeros(2 * 3 * 8 * 8 * 4 + 1, np.uint8)[1:].view(np.float32).reshape(x.shape)
    assert mis.ctypes.data % 4
    assert lib.run(h, [mis], [y]) == 1
    assert "input 0 is not aligned to its 4-byte elements" in lib.error()
    both = np.zeros(2 * 3 * 8 * 8, np.float32)
    assert lib.run(h, [both.reshape(x.shape)], [both[:20].reshape(2, 10)]) == 1
    assert "output 0 shares memory with input 0" in lib.error()
    lib.fn("destroy")(h)


@needs_cc
def test_other_weights_passed_to_create(tmp_path):
    """The header's weight layout holds: a buffer of other weights runs as a model
    loaded with them."""
    model, x = mlp(), rand((3, 12), 10)
    info = nn.export(model, x, tmp_path / "mlp.so")
    other = mlp()
    for p in other.parameters():
        p.data = (p.data * 1.5 + 0.25).astype(np.float32)
    state = other.state_dict()
    blob = np.zeros(info.weights_bytes // 4 + 16, np.float32)
    start = (-blob.ctypes.data % 64) // 4  # a 64-byte aligned view
    buf = blob[start:start + info.weights_bytes // 4]
    for name, shape, _, off in info.weights:
        buf[off // 4:off // 4 + int(np.prod(shape))] = state[name].reshape(-1)
    lib = Lib(info)
    h = lib.create(P(buf.ctypes.data))
    y = np.zeros((3, 5), np.float32)
    assert lib.run(h, [x], [y]) == 0, lib.error()
    np.testing.assert_allclose(y, reference(other, x), rtol=1e-5, atol=1e-5)
    assert not np.allclose(y, reference(model, x))
    h2 = P()
    assert lib.fn("create")(ctypes.byref(h2), P(buf.ctypes.data + 4)) == 1
    assert "weights are not 64-byte aligned" in lib.error()
    lib.fn("destroy")(h)


class Scaled(nn.Module):
    """A numpy constant built in the forward (stored like a weight), two outputs, a reshape
    view as an output and a layer used twice (one kernel launched twice)."""

    def __init__(self):
        super().__init__()
        nn.manual_seed(3)
        self.fc = nn.Linear(6, 6)

    def forward(self, x, z):
        scale = nn.Tensor(np.linspace(0.5, 2.0, 6, dtype=np.float32))
        h = F.relu(self.fc(x)) * scale
        h = self.fc(h) + z
        return h.reshape(3, 2, 2), F.relu(h)


@needs_cc
def test_constants_two_inputs_and_two_outputs(tmp_path):
    model = Scaled()
    x, z = rand((2, 6), 11), rand((2, 6), 12)
    info = nn.export(model, (x, z), tmp_path / "scaled.so")
    assert any(name.startswith("constant") for name, *_ in info.weights)
    assert info.outputs == [((3, 2, 2), np.float32), ((2, 6), np.float32)]
    lib = Lib(info)
    h = lib.create()
    x2, z2 = rand((2, 6), 13), rand((2, 6), 14)
    y0, y1 = np.zeros((3, 2, 2), np.float32), np.zeros((2, 6), np.float32)
    assert lib.run(h, [x2, z2], [y0, y1]) == 0, lib.error()
    with nn.no_grad():
        r0, r1 = model(nn.Tensor(x2), nn.Tensor(z2))
    np.testing.assert_allclose(y0, r0.numpy(), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(y1, r1.numpy(), rtol=1e-5, atol=1e-5)
    lib.fn("destroy")(h)


@needs_cc
def test_kernels_of_one_name_are_renamed(tmp_path):
    """Three linear layers without activations launch three kernels named alike (at other
    shapes): the library holds each under its own symbol."""
    nn.manual_seed(5)
    model = nn.Sequential(nn.Linear(5, 9), nn.Linear(9, 7), nn.Linear(7, 3))
    x = rand((4, 5), 16)
    info = nn.export(model, x, tmp_path / "chain.so")
    assert len(info.kernels) == 3 and len(set(info.kernels)) == 3, info.kernels
    assert info.kernels[1] == info.kernels[0] + "_2"
    assert "?" not in info.schedules  # a renamed kernel keeps its schedule's origin
    lib = Lib(info)
    h = lib.create()
    y = np.zeros((4, 3), np.float32)
    assert lib.run(h, [x], [y]) == 0, lib.error()
    np.testing.assert_allclose(y, reference(model, x), rtol=1e-5, atol=1e-5)
    lib.fn("destroy")(h)


class Embedded(nn.Module):
    """int64 inputs, one gather kernel launched twice."""

    def __init__(self):
        super().__init__()
        nn.manual_seed(6)
        self.emb, self.fc = nn.Embedding(10, 4), nn.Linear(4, 3)

    def forward(self, i, j):
        return self.fc(self.emb(i) + self.emb(j))


@needs_cc
def test_integer_inputs_and_an_out_of_range_index(tmp_path):
    model = Embedded()
    i, j = np.array([1, 2, 3], np.int64), np.array([4, 5, 9], np.int64)
    info = nn.export(model, (i, j), tmp_path / "emb.so")
    assert info.kernels.count("embedding") == 2 and info.inputs[0] == ((3,), np.int64)
    lib = Lib(info)
    h = lib.create()
    y = np.zeros((3, 3), np.float32)
    i2, j2 = np.array([0, 9, 7], np.int64), np.array([3, 3, 8], np.int64)
    assert lib.run(h, [i2, j2], [y]) == 0, lib.error()
    np.testing.assert_allclose(y, reference(model, i2, j2), rtol=1e-5, atol=1e-5)
    j2[1] = 12
    assert lib.run(h, [i2, j2], [y]) == 3
    assert lib.error().startswith("kernel 'embedding': read of in0 at flat index 48 is out "
                                  "of bounds: it holds 40 elements")
    lib.fn("destroy")(h)


class EveryWorkloadTuned:
    """A minimal tuning database: a record (the plain schedule, no directives) for every
    workload, so every kernel the nn layer builds comes from a record."""

    def lookup(self, key: str, target) -> tuple[str, str]:
        return "[]", f"plain-{key[:8]}"


@needs_cc
def test_the_library_holds_the_kernels_the_database_chose(tmp_path):
    model, x = mlp(), rand((3, 12), 17)
    with nn.no_grad():
        model(nn.Tensor(x))  # ops built before the database is set: the export rebuilds them
    set_tuning_database(EveryWorkloadTuned())
    try:
        info = nn.export(model, x, tmp_path / "tuned.so")
    finally:
        set_tuning_database(None)
        kernels.clear_cache()
    assert info.schedules and all(s.startswith("tuning record plain-") for s in
                                  info.schedules), info.schedules
    assert "tuning record plain-" in open(info.header).read()
    lib = Lib(info)
    h = lib.create()
    y = np.zeros((3, 5), np.float32)
    assert lib.run(h, [x], [y]) == 0, lib.error()
    np.testing.assert_allclose(y, reference(model, x), rtol=1e-5, atol=1e-5)
    lib.fn("destroy")(h)


class NumpyInside(nn.Module):
    def __init__(self):
        super().__init__()
        nn.manual_seed(4)
        self.fc1, self.fc2 = nn.Linear(4, 8), nn.Linear(8, 2)

    def forward(self, x):
        h = self.fc1(x)
        h = nn.Tensor(np.tanh(h.numpy()))  # computed by numpy: invisible to the export
        return self.fc2(h)


class InPlaceNumpy(nn.Module):
    def __init__(self):
        super().__init__()
        nn.manual_seed(4)
        self.fc1, self.fc2 = nn.Linear(4, 8), nn.Linear(8, 2)

    def forward(self, x):
        h = self.fc1(x)
        h.numpy()[...] *= 2.0  # a write the export can't see: found by running the library
        return self.fc2(h)


class Branchy(nn.Module):
    def forward(self, x):
        a = x.numpy()
        return F.relu(x) if a[0, 0] > a[0, 1] else x * 2.0


@needs_cc
def test_export_errors(tmp_path):
    x = rand((2, 4), 15)
    with pytest.raises(ExportError, match=r"input in0 of op '\w+' \(kernel 2 of the 2 "
                       r"launched\) is an array computed outside tcomp kernels from "
                       r"the input .* Compute it with tcomp.nn ops"):
        nn.export(NumpyInside(), x, tmp_path / "np.so")
    with pytest.raises(ExportError, match=r"the library computes output 0 unlike "
                       r"InPlaceNumpy\.forward on the example input \(largest difference "
                       r"[\d.e+-]+\): the forward changes data outside tcomp kernels"):
        nn.export(InPlaceNumpy(), x, tmp_path / "inplace.so")
    xb = np.array([[1.0, 0.0], [0.5, -1.0]], np.float32)  # the second run swaps the branch
    with pytest.raises(ExportError, match=r"launched different kernels for another input of "
                       r"the same shape \(\['relu'\], then \['scalar'\]\)"):
        nn.export(Branchy(), xb, tmp_path / "branchy.so")
    with pytest.raises(ExportError, match="can't tell the kind of library"):
        nn.export(mlp(), x, tmp_path / "model.dll")
    with pytest.raises(ExportError, match="prefix '2x' is not a C identifier"):
        nn.export(mlp(), rand((2, 12), 1), tmp_path / "m.so", prefix="2x")
    with pytest.raises(ExportError, match="example input 0 is a str"):
        nn.export(mlp(), "x", tmp_path / "m.so")
    with pytest.raises(ExportError, match=r"Identity\.forward launched no kernel"):
        nn.export(Identity(), x, tmp_path / "id.so")


class Identity(nn.Module):
    def forward(self, x):
        return x


def test_export_is_the_function_and_deploy_the_module():
    import importlib

    mod = importlib.import_module("tcomp.nn.deploy")
    assert nn.export is mod.export and callable(nn.export)
    assert nn.ExportedModel is mod.ExportedModel
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("tcomp.nn.export")
