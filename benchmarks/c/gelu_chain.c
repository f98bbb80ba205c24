/* The gelu chain Y = gelu_tanh(X * W + B) written by hand in C (benchmarks: the "C (gcc)"
 * peer of benchmarks/peers.py), to tell how much of the chain's distance from a copy is the
 * machine's and how much is tcomp's code.
 *
 * The same algorithm as tcomp's kernel (tcomp/ops/activation.py): v / (1 + 2^t) with
 * t = v (A + B v^2), 2^t from a rounded exponent and the same degree-6 polynomial of the
 * fraction, the division as a division; the same schedule as schedules/cpu.py's
 * elementwise_chain: grains of rows claimed by threads, four vector registers side by side,
 * the input prefetched 2 KB ahead, the output written with non-temporal stores. Where tcomp's
 * exp2 checks each vector's range and takes a slower path for an argument past +-126 (to
 * give inf, 0 and subnormals), this one clamps t to [-126, 126], as a gelu written by hand
 * would: v / (1 + 2^t) is then v below -126 and at most 2^-126 |v| (for 0 or a subnormal)
 * above 126.
 *
 * GCC vector extensions, one source for both widths: compiled with -mavx2 -mfma it uses
 * 8-lane vectors, with AVX-512 16-lane ones. Rows must be a multiple of 4 vectors long and
 * every row 64-byte aligned (the benchmark's are).
 */
#define _GNU_SOURCE
#include <immintrin.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <string.h>

#ifdef __AVX512F__
#define LANES 16
typedef float vf __attribute__((vector_size(64)));
typedef int32_t vi __attribute__((vector_size(64)));
#define STREAM(p, v) _mm512_stream_ps((p), (__m512)(v))
#define CLAMP(v, lo, hi) \
    ((vf)_mm512_min_ps(_mm512_max_ps((__m512)(v), (__m512)(lo)), (__m512)(hi)))
#else
#define LANES 8
typedef float vf __attribute__((vector_size(32)));
typedef int32_t vi __attribute__((vector_size(32)));
#define STREAM(p, v) _mm256_stream_ps((p), (__m256)(v))
#define CLAMP(v, lo, hi) \
    ((vf)_mm256_min_ps(_mm256_max_ps((__m256)(v), (__m256)(lo)), (__m256)(hi)))
#endif
#define REGS 4
#define PREFETCH_FLOATS 512 /* 2 KB */

/* -2 sqrt(2/pi) log2(e) and 0.044715 times it: t = v (A + B v^2) is -2u log2(e). */
static const float A = -2.0f * 0.7978845608028654f * 1.4426950408889634f;
static const float B = 0.044715f * -2.0f * 0.7978845608028654f * 1.4426950408889634f;
/* 2^f = 1 + f q(f) for |f| <= 1/2, as tcomp's exp2 */
static const float Q[6] = {0.6931472149680279f, 0.24022652782887738f, 0.05550310551013797f,
                           0.009617692972993062f, 0.0013406643902351759f,
                           0.0001559467816132662f};

static inline vf splat(float s) { return (vf){} + s; }

static inline vf load(const float *p) {
    vf v;
    memcpy(&v, p, sizeof v);
    return v;
}

static inline vf gelu(vf v) {
    const vf magic = splat(12582912.0f); /* 1.5 * 2^23: adding it rounds to an integer */
    vf t = v * (splat(A) + splat(B) * (v * v));
    t = CLAMP(t, splat(-126.0f), splat(126.0f));
    vf r = t + magic;
    vf f = t - (r - magic);
    vf q = splat(Q[5]);
    for (int k = 4; k >= 0; k--)
        q = q * f + splat(Q[k]);
    vf p = splat(1.0f) + f * q;
    vi e = (vi)p + ((vi)r << 23); /* times 2^n: n is in r's low mantissa bits */
    return v / (splat(1.0f) + (vf)e);
}

#define CHUNKS_PER_THREAD 8 /* as tcomp's pool: rows are claimed in grains */

struct job {
    const float *x, *w, *b;
    float *y;
    long n_rows, cols, grain;
    long next; /* the first row not yet claimed */
};

static void grain(const struct job *s, long row0, long row1) {
    for (long i = row0; i < row1; i++) {
        const float *xi = s->x + i * s->cols;
        float *yi = s->y + i * s->cols;
        for (long j = 0; j < s->cols; j += REGS * LANES) {
            for (int k = 0; k < REGS * LANES; k += 16)
                _mm_prefetch((const char *)(xi + j + PREFETCH_FLOATS + k), _MM_HINT_T0);
            vf v[REGS];
            for (int k = 0; k < REGS; k++) {
                long c = j + k * LANES;
                v[k] = load(xi + c) * load(s->w + c) + load(s->b + c);
            }
            for (int k = 0; k < REGS; k++)
                STREAM(yi + j + k * LANES, gelu(v[k]));
        }
    }
}

static void *rows(void *arg) {
    struct job *s = arg;
    for (;;) {
        long i = __atomic_fetch_add(&s->next, s->grain, __ATOMIC_RELAXED);
        if (i >= s->n_rows)
            break;
        grain(s, i, i + s->grain < s->n_rows ? i + s->grain : s->n_rows);
    }
    _mm_sfence();
    return 0;
}

/* Y = gelu_tanh(X * W + B) on ``threads`` threads: this one and threads - 1 started here,
 * each pinned to its own CPU of those this thread may run on while the call lasts (as
 * tcomp's pool workers are: a thread started unpinned first ran on its parent's CPU, and
 * the call took twice as long), claiming grains of rows as tcomp's pool does (with each
 * thread given half the rows, the call took 1.4x tcomp's time, with grains 1.08x: one core
 * ran slower than the other). A thread
 * that could not be started leaves its share to the others. Returns 0, or -1 for a thread
 * count out of range or rows that are not a multiple of 4 vectors long. */
int gelu_chain(const float *x, const float *w, const float *b, float *y, long n_rows,
               long cols, int threads) {
    enum { MAX_THREADS = 64 };
    pthread_t ids[MAX_THREADS];
    int started[MAX_THREADS] = {0}, cpus[MAX_THREADS], n_cpus = 0;
    cpu_set_t allowed, one;
    if (threads < 1 || threads > MAX_THREADS || cols % (REGS * LANES))
        return -1;
    int pinned = sched_getaffinity(0, sizeof allowed, &allowed) == 0;
    for (int c = 0; pinned && c < CPU_SETSIZE && n_cpus < MAX_THREADS; c++)
        if (CPU_ISSET(c, &allowed))
            cpus[n_cpus++] = c;
    pinned = pinned && n_cpus > 0;
    long g = n_rows / ((long)threads * CHUNKS_PER_THREAD);
    struct job job = {x, w, b, y, n_rows, cols, g > 0 ? g : 1, 0};
    if (pinned) {
        CPU_ZERO(&one);
        CPU_SET(cpus[0], &one);
        sched_setaffinity(0, sizeof one, &one);
    }
    for (int t = 1; t < threads; t++) {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        if (pinned) {
            CPU_ZERO(&one);
            CPU_SET(cpus[t % n_cpus], &one);
            pthread_attr_setaffinity_np(&attr, sizeof one, &one);
        }
        started[t] = pthread_create(&ids[t], &attr, rows, &job) == 0;
        pthread_attr_destroy(&attr);
    }
    rows(&job); /* claims whatever threads that did not start would have */
    for (int t = 1; t < threads; t++)
        if (started[t])
            pthread_join(ids[t], 0);
    if (pinned)
        sched_setaffinity(0, sizeof allowed, &allowed);
    return 0;
}

int lanes(void) { return LANES; }
