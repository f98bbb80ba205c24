"""The thread runtime for PARALLEL loops as LLVM IR, so users need no C compiler (layer 5).

One process-wide module defines ``tcomp_rt_parallel_for(task, closure, n, nthreads)``: a
persistent pool of pthreads started on demand. A dispatch publishes the job and bumps a
generation counter; workers spin briefly on it, then sleep in ``futex`` (Linux; elsewhere
they yield). On Linux each worker binds itself to one CPU of the process's allowed set
(worker k to the (k+1)-th, while there are CPUs for every thread; the calling thread stays
free), so the scheduler can't put a worker on the caller's CPU while another CPU idles: on a
2-vCPU VM that placement came and went for seconds at a time and halved a 2-thread kernel
(the worker then ran one chunk per dispatch, late); and a caller that finds itself on a
worker's CPU steps off it (``_step_off_workers``). ``TCOMP_BIND_THREADS=0`` turns both off.
A loop is cut into CHUNKS_PER_THREAD chunks per thread, all claimed from one counter
tagged with the job's generation, the caller first among equals: a thread that starts late
(its CPU busy with another program, or descheduled) finds the chunks taken and claims none,
so the caller waits only for chunks already running, never for a thread to wake (bound
workers on a CPU shared with a busy process made a 0.3 ms kernel take up to 7 ms when every
worker had to take part). The caller then waits for a pending count of chunks to reach
zero.
A dispatch that finds the pool busy (another Python thread, or a nested call) runs the whole
range serially on the calling thread, so it can never deadlock. After ``fork`` the child
starts a fresh pool. Kernel modules call the function through a symbol the loader
(``parallel.ensure_runtime``) registers with ``llvm.add_symbol``, and read their thread count
from their own ``tcomp_num_threads``. Python reads and writes the globals named here
(``*_GLOBAL``) by address.
"""

from __future__ import annotations

import platform

import llvmlite.binding as llvm
from llvmlite import ir

from . import builder_utils as bu
from .builder_utils import I32, I64, PTR, VOID
from .emit import RUNTIME_PARALLEL_FOR

MAX_THREADS = 256
CHUNKS_PER_THREAD = 8  # grains per thread: a thread descheduled mid-grain costs one grain
CLOSED = 0xFFFFFFFF  # the claim counter's chunk field while no job is open
DEFAULT_SPIN = 2000  # pause-loop iterations (~50-100 us) before a thread sleeps
_FUTEX_WAIT_PRIVATE = 128
_FUTEX_WAKE_PRIVATE = 129
_SYS_FUTEX = {"x86_64": 202, "aarch64": 98, "arm64": 98, "ppc64le": 221, "riscv64": 98}

# Globals Python reads or writes by name.
STAT_GLOBALS = ("tcomp_rt_stat_dispatches", "tcomp_rt_stat_worker_chunks",
                "tcomp_rt_stat_serial", "tcomp_rt_stat_moves")
SPIN_GLOBAL = "tcomp_rt_spin"
NWORKERS_GLOBAL = "tcomp_rt_nworkers"
CPUS_GLOBAL = "tcomp_rt_cpus"  # i32 per worker: the CPU it binds itself to at start, or -1
BOUND_GLOBAL = "tcomp_rt_bound"  # cpu_set_t of the CPUs workers are bound to
CPU_SET_WORDS = 16  # glibc's cpu_set_t: 1024 bits


class _RuntimeBuilder:
    def __init__(self, triple: str) -> None:
        self.m = ir.Module(name="tcomp_runtime")
        self.m.triple = triple
        arch = triple.split("-")[0]
        self.x86 = arch in ("x86_64", "i686", "i386")
        self.linux = platform.system() == "Linux"
        self.sys_futex = _SYS_FUTEX.get(arch) if self.linux else None
        self.g: dict[str, ir.GlobalVariable] = {}
        for name, ty, init in [
            ("lock", I32, 0), ("gen", I32, 0), ("pending", I32, 0), ("sleepers", I32, 0),
            ("waiting", I32, 0), ("nworkers", I32, 0), ("pid", I32, 0), ("spin", I32,
                                                                          DEFAULT_SPIN),
            ("job_fn", I64, 0), ("job_closure", I64, 0), ("job_n", I64, 0),
            ("job_nchunks", I64, 0), ("job_nparts", I64, 0), ("claim", I64, CLOSED),
            ("stat_dispatches", I64, 0),
            ("stat_worker_chunks", I64, 0), ("stat_serial", I64, 0), ("stat_moves", I64, 0),
        ]:
            gv = ir.GlobalVariable(self.m, ty, f"tcomp_rt_{name}")
            gv.initializer = ir.Constant(ty, init)
            gv.align = 64  # one cache line each: workers spin on gen while others write
            self.g[name] = gv
        tids_ty = ir.ArrayType(I64, MAX_THREADS)
        self.tids = ir.GlobalVariable(self.m, tids_ty, "tcomp_rt_tids")
        self.tids.initializer = ir.Constant(tids_ty, None)
        self.tids.linkage = "internal"
        cpus_ty = ir.ArrayType(I32, MAX_THREADS)
        self.cpus = ir.GlobalVariable(self.m, cpus_ty, CPUS_GLOBAL)
        self.cpus.initializer = ir.Constant(cpus_ty, [-1] * MAX_THREADS)
        set_ty = ir.ArrayType(I64, CPU_SET_WORDS)
        self.bound = ir.GlobalVariable(self.m, set_ty, BOUND_GLOBAL)
        self.bound.initializer = ir.Constant(set_ty, None)
        self.task_ty = ir.FunctionType(VOID, [PTR, I64, I64])

    # ------------------------------------------------------------------ small helpers
    def _fn(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
        fn = ir.Function(self.m, ir.FunctionType(ret, args), name)
        fn.linkage = "internal"
        fn.attributes.add("nounwind")
        return fn

    def load(self, b: ir.IRBuilder, name: str, order: str | None = None) -> ir.Value:
        gv = self.g[name]
        if order is None:
            return b.load(gv, typ=gv.value_type)
        return b.load_atomic(gv, order, gv.value_type.width // 8, typ=gv.value_type)

    def store(self, b: ir.IRBuilder, name: str, value: ir.Value, order: str | None = None) -> None:
        gv = self.g[name]
        if order is None:
            b.store(value, gv)
        else:
            b.store_atomic(value, gv, order, gv.value_type.width // 8)

    def pause(self, b: ir.IRBuilder, k: ir.Value) -> None:
        """One spin step; every 32nd gives the core away, since on an oversubscribed machine
        the thread we wait for may need this very core."""
        if self.x86:
            b.call(bu.get_function(self.m, "llvm.x86.sse2.pause", VOID, []), [])
        every = b.icmp_unsigned("==", b.and_(k, ir.Constant(I32, 31)), ir.Constant(I32, 31))
        with b.if_then(every, likely=False):
            b.call(bu.get_function(self.m, "sched_yield", I32, []), [])

    def counter_add(self, b: ir.IRBuilder, name: str) -> None:
        b.atomic_rmw("add", self.g[name], ir.Constant(I64, 1), "monotonic")

    def futex(self, b: ir.IRBuilder, addr: ir.Value, op: int, val: ir.Value) -> None:
        if self.sys_futex is None:
            if op == _FUTEX_WAIT_PRIVATE:
                b.call(bu.get_function(self.m, "sched_yield", I32, []), [])
            return
        syscall = bu.get_function(self.m, "syscall", I64, [I64], var_arg=True)
        # Every argument is passed as a full register; the kernel truncates.
        b.call(syscall, [ir.Constant(I64, self.sys_futex), addr, ir.Constant(I64, op),
                         b.zext(val, I64) if val.type != I64 else val,
                         ir.Constant(PTR, None), ir.Constant(PTR, None), ir.Constant(I64, 0)])

    # ------------------------------------------------------------------ functions
    def build(self) -> ir.Module:
        self.run_chunk = self._run_chunk()
        self.run_rest = self._run_rest()
        self.worker = self._worker()
        self._dispatch()
        return self.m

    def _run_chunk(self) -> ir.Function:
        """run_chunk(fn, closure, n, nchunks, c): static split, first n % T chunks 1 longer."""
        fn = self._fn("tcomp_rt_run_chunk", VOID, [PTR, PTR, I64, I64, I64])
        task, closure, n, nchunks, c = fn.args
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        q = b.udiv(n, nchunks)
        r = b.urem(n, nchunks)
        lt = b.icmp_unsigned("<", c, r)
        begin = b.add(b.mul(c, q), b.select(lt, c, r))
        end = b.add(b.add(begin, q), b.zext(lt, I64))
        b.call(bu.Callee(task, self.task_ty), [closure, begin, end])
        b.ret_void()
        return fn

    def _run_rest(self) -> ir.Function:
        """run_rest(fn, closure, n, nchunks, gen) -> chunks run: claim chunks of job ``gen``
        from ``claim`` (the job's generation in its high 32 bits, the next chunk in the low
        ones) until none is left, each claim a compare-and-swap of the whole word, so a
        thread holding a finished job's fields (it woke late) claims nothing; after each
        chunk, ``pending`` drops by one and the last one wakes a caller asleep on it.
        Whoever comes first takes the chunks: a thread that wakes late (a busy or
        descheduled CPU) only misses them, and the caller waits for no thread that has not
        claimed one."""
        fn = self._fn("tcomp_rt_run_rest", I64, [PTR, PTR, I64, I64, I32])
        task, closure, n, nchunks, gen = fn.args
        entry = fn.append_basic_block("entry")
        loop = fn.append_basic_block("loop")
        attempt = fn.append_basic_block("attempt")
        body = fn.append_basic_block("body")
        done = fn.append_basic_block("done")
        b = ir.IRBuilder(entry)
        mine = b.shl(b.zext(gen, I64), ir.Constant(I64, 32))
        b.branch(loop)
        b.position_at_end(loop)
        count = b.phi(I64, name="count")
        count.add_incoming(ir.Constant(I64, 0), entry)
        cur = self.load(b, "claim", "acquire")
        c = b.and_(cur, ir.Constant(I64, 0xFFFFFFFF))
        ours = b.icmp_unsigned("==", b.and_(cur, ir.Constant(I64, ~0xFFFFFFFF)), mine)
        b.cbranch(b.and_(ours, b.icmp_unsigned("<", c, nchunks)), attempt, done)
        b.position_at_end(attempt)
        res = b.cmpxchg(self.g["claim"], cur, b.add(cur, ir.Constant(I64, 1)), "acq_rel",
                        "acquire")
        count.add_incoming(count, attempt)
        b.cbranch(b.extract_value(res, 1), body, loop)
        b.position_at_end(body)
        b.call(self.run_chunk, [task, closure, n, nchunks, c])
        old = b.atomic_rmw("sub", self.g["pending"], ir.Constant(I32, 1), "acq_rel")
        last = b.icmp_unsigned("==", old, ir.Constant(I32, 1))
        with b.if_then(b.and_(last, b.icmp_unsigned("!=", self.load(b, "waiting", "seq_cst"),
                                                    ir.Constant(I32, 0)))):
            self.futex(b, self.g["pending"], _FUTEX_WAKE_PRIVATE, ir.Constant(I32, 1))
        count.add_incoming(b.add(count, ir.Constant(I64, 1)), b.block)
        b.branch(loop)
        b.position_at_end(done)
        b.ret(count)
        return fn

    def _worker(self) -> ir.Function:
        fn = self._fn("tcomp_rt_worker", PTR, [PTR])
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        arg = b.ptrtoint(fn.args[0], I64)
        wid = b.and_(arg, ir.Constant(I64, 0xFFFFFFFF))
        seen0 = b.trunc(b.lshr(arg, ir.Constant(I64, 32)), I32)
        if self.linux:
            self._bind_self(b, wid)
        entry = b.block
        loop = fn.append_basic_block("loop")
        spin = fn.append_basic_block("spin")
        spin_more = fn.append_basic_block("spin.more")
        sleep = fn.append_basic_block("sleep")
        work = fn.append_basic_block("work")
        b.branch(loop)

        b.position_at_end(loop)
        seen = b.phi(I32, name="seen")
        seen.add_incoming(seen0, entry)
        b.branch(spin)

        b.position_at_end(spin)
        k = b.phi(I32, name="k")
        k.add_incoming(ir.Constant(I32, 0), loop)
        g_spin = self.load(b, "gen", "acquire")
        b.cbranch(b.icmp_unsigned("!=", g_spin, seen), work, spin_more)

        b.position_at_end(spin_more)
        self.pause(b, k)
        k1 = b.add(k, ir.Constant(I32, 1))
        k.add_incoming(k1, b.block)
        b.cbranch(b.icmp_signed("<", k1, self.load(b, "spin")), spin, sleep)

        b.position_at_end(sleep)
        b.atomic_rmw("add", self.g["sleepers"], ir.Constant(I32, 1), "seq_cst")
        self.futex(b, self.g["gen"], _FUTEX_WAIT_PRIVATE, seen)
        b.atomic_rmw("sub", self.g["sleepers"], ir.Constant(I32, 1), "seq_cst")
        g_sleep = self.load(b, "gen", "acquire")
        b.cbranch(b.icmp_unsigned("!=", g_sleep, seen), work, sleep)

        b.position_at_end(work)
        g = b.phi(I32, name="g")
        g.add_incoming(g_spin, spin)
        g.add_incoming(g_sleep, sleep)
        # The job's fields may already belong to a later job (this one finished without
        # us): run_rest's claims then fail, as they check the generation.
        # Workers 1..nparts-1 take part: a kernel asking for fewer threads than the pool
        # has gets no more.
        fn_, closure, n, nchunks, nparts = (self.load(b, f, "monotonic") for f in (
            "job_fn", "job_closure", "job_n", "job_nchunks", "job_nparts"))
        with b.if_then(b.icmp_unsigned("<", wid, nparts)):
            ran = b.call(self.run_rest, [b.inttoptr(fn_, PTR), b.inttoptr(closure, PTR), n,
                                         nchunks, g])
            b.atomic_rmw("add", self.g["stat_worker_chunks"], ran, "monotonic")
        seen.add_incoming(g, b.block)
        b.branch(loop)
        return fn

    def _cpu_word(self, b: ir.IRBuilder, base: ir.Value, i: ir.Value) -> ir.Value:
        """Word ``i`` of a CPU set: the global ``bound`` or an ``alloca`` of i64 words."""
        if base is self.bound:
            return b.gep(base, [ir.Constant(I32, 0), i], inbounds=True,
                         source_etype=base.value_type)
        return b.gep(base, [i], inbounds=True, source_etype=I64)

    def _cpu_bit(self, b: ir.IRBuilder, cpu: ir.Value) -> tuple[ir.Value, ir.Value, ir.Value]:
        """(cpu is in cpu_set_t's range (-1 is not), its word index, its bit in the word)."""
        ok = b.icmp_unsigned("<", cpu, ir.Constant(I32, 64 * CPU_SET_WORDS))
        bit = b.shl(ir.Constant(I64, 1), b.zext(b.and_(cpu, ir.Constant(I32, 63)), I64))
        return ok, b.lshr(cpu, ir.Constant(I32, 6)), bit

    def _affinity(self, b: ir.IRBuilder, op: str, cpu_set: ir.Value) -> ir.Value:
        """sched_{get,set}affinity of the calling thread (pid 0) on a cpu_set_t."""
        fn = bu.get_function(self.m, f"sched_{op}affinity", I32, [I32, I64, PTR])
        return b.call(fn, [ir.Constant(I32, 0), ir.Constant(I64, 8 * CPU_SET_WORDS), cpu_set])

    def _bind_self(self, b: ir.IRBuilder, wid: ir.Value) -> None:
        """Worker ``wid`` (1-based) binds itself to ``cpus[wid - 1]`` unless that is -1; a
        failure (a CPU gone from the set since) leaves it unbound."""
        idx = b.sub(b.trunc(wid, I32), ir.Constant(I32, 1))
        slot = b.gep(self.cpus, [ir.Constant(I32, 0), idx], inbounds=True,
                     source_etype=self.cpus.value_type)
        ok, word, bit = self._cpu_bit(b, b.load(slot, typ=I32))
        with b.if_then(ok):
            with b.goto_entry_block():
                mask = b.alloca(I64, size=ir.Constant(I32, CPU_SET_WORDS), name="cpu_set")
            for i in range(CPU_SET_WORDS):
                b.store(ir.Constant(I64, 0), self._cpu_word(b, mask, ir.Constant(I32, i)))
            b.store(bit, self._cpu_word(b, mask, word))
            self._affinity(b, "set", mask)

    def _step_off_workers(self, b: ir.IRBuilder) -> None:
        """A caller running on a worker's CPU moves to one of its allowed CPUs that no worker
        holds, then gets its own affinity mask back (so threads it starts later inherit the
        user's mask, not ours). Linux keeps a busy thread where it is for seconds even while
        another CPU idles, and the worker bound there would wait for the caller every
        dispatch. Rare: once moved, the caller stays."""
        cpu = b.call(bu.get_function(self.m, "sched_getcpu", I32, []), [])
        ok, word, bit = self._cpu_bit(b, cpu)
        with b.if_then(ok, likely=True):
            held = b.and_(b.load(self._cpu_word(b, self.bound, word), typ=I64), bit)
            with b.if_then(b.icmp_unsigned("!=", held, ir.Constant(I64, 0)), likely=False):
                words = ir.Constant(I32, CPU_SET_WORDS)
                with b.goto_entry_block():
                    own = b.alloca(I64, size=words, name="own_set")
                    free = b.alloca(I64, size=words, name="free_set")
                got = self._affinity(b, "get", own)
                anyfree = ir.Constant(I64, 0)
                for i in range(CPU_SET_WORDS):
                    idx = ir.Constant(I32, i)
                    w = b.and_(b.load(self._cpu_word(b, own, idx), typ=I64),
                               b.not_(b.load(self._cpu_word(b, self.bound, idx), typ=I64)))
                    b.store(w, self._cpu_word(b, free, idx))
                    anyfree = b.or_(anyfree, w)
                with b.if_then(b.and_(b.icmp_signed("==", got, ir.Constant(I32, 0)),
                                      b.icmp_unsigned("!=", anyfree, ir.Constant(I64, 0)))):
                    self._affinity(b, "set", free)
                    self._affinity(b, "set", own)
                    self.counter_add(b, "stat_moves")

    def _dispatch(self) -> ir.Function:
        fn = ir.Function(self.m, ir.FunctionType(VOID, [PTR, PTR, I64, I32]),
                         RUNTIME_PARALLEL_FOR)
        fn.attributes.add("nounwind")
        task, closure, n, nthreads = fn.args
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        serial = fn.append_basic_block("serial")
        ret = fn.append_basic_block("ret")
        zero64, one64 = ir.Constant(I64, 0), ir.Constant(I64, 1)
        tcount = b.sext(nthreads, I64)
        tcount = b.select(b.icmp_signed("<", n, tcount), n, tcount)
        tcount = b.select(b.icmp_signed(">", tcount, ir.Constant(I64, MAX_THREADS)),
                          ir.Constant(I64, MAX_THREADS), tcount)
        try_lock = fn.append_basic_block("try_lock")
        b.cbranch(b.icmp_signed("<=", n, zero64), ret, try_lock)

        b.position_at_end(try_lock)
        locked = fn.append_basic_block("locked")
        busy = fn.append_basic_block("busy")
        many = b.icmp_signed(">", tcount, one64)
        check = fn.append_basic_block("check_lock")
        b.cbranch(many, check, serial)
        b.position_at_end(check)
        res = b.cmpxchg(self.g["lock"], ir.Constant(I32, 0), ir.Constant(I32, 1), "acquire",
                        "monotonic")
        b.cbranch(b.extract_value(res, 1), locked, busy)

        b.position_at_end(busy)
        self.counter_add(b, "stat_serial")
        b.branch(serial)

        b.position_at_end(serial)
        b.call(bu.Callee(task, self.task_ty), [closure, zero64, n])
        b.branch(ret)

        b.position_at_end(locked)
        # A forked child inherits the counters but not the threads: start afresh.
        pid = b.call(bu.get_function(self.m, "getpid", I32, []), [])
        with b.if_then(b.icmp_unsigned("!=", pid, self.load(b, "pid"))):
            self.store(b, "nworkers", ir.Constant(I32, 0))
            self.store(b, "pid", pid)
        if self.linux:
            self._step_off_workers(b)
        gen = self.load(b, "gen")
        want = b.trunc(b.sub(tcount, one64), I32)
        spawn = fn.append_basic_block("spawn")
        spawn_one = fn.append_basic_block("spawn.one")
        spawned_ok = fn.append_basic_block("spawn.ok")
        spawn_failed = fn.append_basic_block("spawn.failed")
        run = fn.append_basic_block("run")
        b.branch(spawn)

        b.position_at_end(spawn)
        have = self.load(b, "nworkers")
        b.cbranch(b.icmp_signed("<", have, want), spawn_one, run)

        b.position_at_end(spawn_one)
        wid = b.add(have, ir.Constant(I32, 1))
        arg = b.or_(b.shl(b.zext(gen, I64), ir.Constant(I64, 32)), b.zext(wid, I64))
        slot = b.gep(self.tids, [ir.Constant(I32, 0), have], inbounds=True,
                     source_etype=self.tids.value_type)
        create = bu.get_function(self.m, "pthread_create", I32, [PTR, PTR, PTR, PTR])
        rc = b.call(create, [slot, ir.Constant(PTR, None), self.worker, b.inttoptr(arg, PTR)])
        b.cbranch(b.icmp_signed("==", rc, ir.Constant(I32, 0)), spawned_ok, spawn_failed)

        b.position_at_end(spawned_ok)
        self.store(b, "nworkers", wid)
        b.branch(spawn)

        b.position_at_end(spawn_failed)  # out of threads: use the ones we have
        b.branch(run)

        b.position_at_end(run)
        nw = self.load(b, "nworkers")
        nparts = b.add(b.zext(nw, I64), one64)
        nparts = b.select(b.icmp_signed("<", tcount, nparts), tcount, nparts)
        # CHUNKS_PER_THREAD chunks per participant (at most n), all claimed dynamically.
        nchunks = b.mul(nparts, ir.Constant(I64, CHUNKS_PER_THREAD))
        nchunks = b.select(b.icmp_signed("<", n, nchunks), n, nchunks)
        # Publish: the claim word moves to the new generation, closed, before the fields
        # change (a late thread of the last job can no longer claim), then opens.
        gen1 = b.add(gen, ir.Constant(I32, 1))
        tag = b.shl(b.zext(gen1, I64), ir.Constant(I64, 32))
        self.store(b, "claim", b.or_(tag, ir.Constant(I64, CLOSED)), "seq_cst")
        b.fence("seq_cst")
        for f, v in (("job_fn", b.ptrtoint(task, I64)), ("job_closure",
                     b.ptrtoint(closure, I64)), ("job_n", n), ("job_nchunks", nchunks),
                     ("job_nparts", nparts)):
            self.store(b, f, v, "monotonic")
        self.store(b, "pending", b.trunc(nchunks, I32), "monotonic")
        self.store(b, "claim", tag, "release")
        self.store(b, "gen", gen1, "seq_cst")
        sleepers = self.load(b, "sleepers", "seq_cst")
        with b.if_then(b.icmp_unsigned("!=", sleepers, ir.Constant(I32, 0))):
            self.futex(b, self.g["gen"], _FUTEX_WAKE_PRIVATE, ir.Constant(I32, 0x7FFFFFFF))
        b.call(self.run_rest, [task, closure, n, nchunks, gen1])

        wait = fn.append_basic_block("wait")
        wait_more = fn.append_basic_block("wait.more")
        wait_sleep = fn.append_basic_block("wait.sleep")
        done = fn.append_basic_block("done")
        pre = b.block
        b.branch(wait)
        b.position_at_end(wait)
        k = b.phi(I32, name="k")
        k.add_incoming(ir.Constant(I32, 0), pre)
        p = self.load(b, "pending", "acquire")
        b.cbranch(b.icmp_unsigned("==", p, ir.Constant(I32, 0)), done, wait_more)

        b.position_at_end(wait_more)
        self.pause(b, k)
        k1 = b.add(k, ir.Constant(I32, 1))
        k.add_incoming(k1, b.block)
        b.cbranch(b.icmp_signed("<", k1, self.load(b, "spin")), wait, wait_sleep)

        b.position_at_end(wait_sleep)
        self.store(b, "waiting", ir.Constant(I32, 1), "seq_cst")
        self.futex(b, self.g["pending"], _FUTEX_WAIT_PRIVATE, p)
        self.store(b, "waiting", ir.Constant(I32, 0), "seq_cst")
        k.add_incoming(k1, wait_sleep)
        b.branch(wait)

        b.position_at_end(done)
        self.counter_add(b, "stat_dispatches")
        self.store(b, "lock", ir.Constant(I32, 0), "release")
        b.branch(ret)

        b.position_at_end(ret)
        b.ret_void()
        return fn


def runtime_ir(triple: str | None = None) -> str:
    """LLVM text of the thread runtime module for ``triple`` (default: this process)."""
    return bu.module_text(_RuntimeBuilder(triple or llvm.get_process_triple()).build())


__all__ = ["BOUND_GLOBAL", "CHUNKS_PER_THREAD", "CPUS_GLOBAL", "CPU_SET_WORDS", "DEFAULT_SPIN",
           "MAX_THREADS", "NWORKERS_GLOBAL", "SPIN_GLOBAL", "STAT_GLOBALS", "runtime_ir"]
