#include <stdint.h>
// tcomp's integer semantics: wrapping two's complement; floor // and % with x // 0 == x % 0
// == 0 and MIN // -1 == MIN; exact wrapping **. A narrower result is the low bits.
__device__ __forceinline__ int64_t tc_add(int64_t a, int64_t b) {
  return (int64_t)((uint64_t)a + (uint64_t)b); }
__device__ __forceinline__ int64_t tc_sub(int64_t a, int64_t b) {
  return (int64_t)((uint64_t)a - (uint64_t)b); }
__device__ __forceinline__ int64_t tc_mul(int64_t a, int64_t b) {
  return (int64_t)((uint64_t)a * (uint64_t)b); }
__device__ __forceinline__ int64_t tc_neg(int64_t a) { return (int64_t)(0ull - (uint64_t)a); }
__device__ __forceinline__ int64_t tc_floordiv(int64_t a, int64_t b) {
  if (b == 0) return 0;
  if (b == -1) return tc_neg(a);
  int64_t q = a / b; return (q * b != a && ((a < 0) != (b < 0))) ? q - 1 : q; }
__device__ __forceinline__ int64_t tc_floormod(int64_t a, int64_t b) {
  if (b == 0 || b == -1) return 0;
  int64_t r = a % b; return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r; }
__device__ __forceinline__ int64_t tc_pow(int64_t a, int64_t b) {
  if (b < 0) return a == 1 ? 1 : a == -1 ? ((b & 1) ? -1 : 1) : 0;
  uint64_t r = 1, x = (uint64_t)a;
  for (; b; b >>= 1) { if (b & 1) r *= x; x *= x; }
  return (int64_t)r; }
// Float floor // and % as numpy's npy_divmod: the remainder follows the divisor's sign (a
// zero one too), the quotient is rounded to the nearest integer after subtracting it.
#define TC_FDIVMOD(T, FMOD, FLOOR, COPYSIGN, SUFFIX) __device__ __forceinline__ T tc_floormod##SUFFIX(T a, T b) {   T m = FMOD(a, b);   if (m != (T)0) { if ((b < (T)0) != (m < (T)0)) m += b; } else m = COPYSIGN((T)0, b);   return m; } __device__ __forceinline__ T tc_floordiv##SUFFIX(T a, T b) {   if (b == (T)0) return a / b;   T m = FMOD(a, b), d = (a - m) / b;   if (m != (T)0 && ((b < (T)0) != (m < (T)0))) d -= (T)1;   if (d == (T)0) return COPYSIGN((T)0, a / b);   T f = FLOOR(d); if (d - f > (T)0.5) f += (T)1;   return f; }
TC_FDIVMOD(float, fmodf, floorf, copysignf, _f32)
TC_FDIVMOD(double, fmod, floor, copysign, _f64)
// Float min/max as numpy's minimum/maximum (and the PTX): a NaN operand is returned, of
// equal values the second (fminf/fmaxf would return the non-NaN operand).
#define TC_FMINMAX(T, SUFFIX) __device__ __forceinline__ T tc_min##SUFFIX(T a, T b) { return (a < b || a != a) ? a : b; } __device__ __forceinline__ T tc_max##SUFFIX(T a, T b) { return (a > b || a != a) ? a : b; }
TC_FMINMAX(float, _f32)
TC_FMINMAX(double, _f64)

// grid (1, 1, 1), block (48, 1, 1), 2240 bytes of shared memory
extern "C" __global__ void __launch_bounds__(48) tcomp_main_k0(float* __restrict__ X, float* __restrict__ H, float* __restrict__ Wx, float* __restrict__ Wh, float* __restrict__ G) {
  const int64_t b_outer_j_outer_fused = ((int64_t)blockIdx.x);
  __align__(16) float G_local[96];
  const int64_t b_outer_j_outer_fused_2 = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t j_inner = 0LL; j_inner < 0LL + 2LL; ++j_inner) {
    G_local[(j_inner + (b_outer_j_outer_fused_2 * 2LL))] = 0.0f;
  }
  __shared__ __align__(16) float X_shared[24];
  __shared__ __align__(16) float Wx_shared[256];
  __shared__ __align__(16) float H_shared[24];
  __shared__ __align__(16) float Wh_shared[256];
  const int64_t i0_i1_fused_inner = ((int64_t)threadIdx.x);
  if ((i0_i1_fused_inner < 24LL)) {
    X_shared[i0_i1_fused_inner] = X[((b_outer_j_outer_fused * 24LL) + i0_i1_fused_inner)];
  }
  for (int64_t i0_i1_fused_outer = 0LL; i0_i1_fused_outer < 0LL + 6LL; ++i0_i1_fused_outer) {
    const int64_t i0_i1_fused_inner_2 = ((int64_t)threadIdx.x);
    if ((((i0_i1_fused_outer * 48LL) + i0_i1_fused_inner_2) < 256LL)) {
      Wx_shared[((i0_i1_fused_outer * 48LL) + i0_i1_fused_inner_2)] = Wx[((i0_i1_fused_outer * 48LL) + i0_i1_fused_inner_2)];
    }
  }
  const int64_t i0_i1_fused_inner_3 = ((int64_t)threadIdx.x);
  if ((i0_i1_fused_inner_3 < 24LL)) {
    H_shared[i0_i1_fused_inner_3] = H[((b_outer_j_outer_fused * 24LL) + i0_i1_fused_inner_3)];
  }
  for (int64_t i0_i1_fused_outer_2 = 0LL; i0_i1_fused_outer_2 < 0LL + 6LL; ++i0_i1_fused_outer_2) {
    const int64_t i0_i1_fused_inner_4 = ((int64_t)threadIdx.x);
    if ((((i0_i1_fused_outer_2 * 48LL) + i0_i1_fused_inner_4) < 256LL)) {
      Wh_shared[((i0_i1_fused_outer_2 * 48LL) + i0_i1_fused_inner_4)] = Wh[((i0_i1_fused_outer_2 * 48LL) + i0_i1_fused_inner_4)];
    }
  }
  __syncthreads();
  const int64_t b_outer_j_outer_fused_2 = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t k_inner = 0LL; k_inner < 0LL + 8LL; ++k_inner) {
    #pragma unroll
    for (int64_t j_inner = 0LL; j_inner < 0LL + 2LL; ++j_inner) {
      G_local[(j_inner + (b_outer_j_outer_fused_2 * 2LL))] = (G_local[(j_inner + (b_outer_j_outer_fused_2 * 2LL))] + ((X_shared[(k_inner + (((int64_t)tc_floordiv(b_outer_j_outer_fused_2, 16LL)) * 8LL))] * Wx_shared[((j_inner + (k_inner * 32LL)) + (((int64_t)tc_floormod(b_outer_j_outer_fused_2, 16LL)) * 2LL))]) + (H_shared[(k_inner + (((int64_t)tc_floordiv(b_outer_j_outer_fused_2, 16LL)) * 8LL))] * Wh_shared[((j_inner + (k_inner * 32LL)) + (((int64_t)tc_floormod(b_outer_j_outer_fused_2, 16LL)) * 2LL))])));
    }
  }
  const int64_t b_inner_outer_j_inner_outer_fused = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t j_inner_inner = 0LL; j_inner_inner < 0LL + 2LL; ++j_inner_inner) {
    G[((j_inner_inner + (b_outer_j_outer_fused * 96LL)) + (b_inner_outer_j_inner_outer_fused * 2LL))] = G_local[(j_inner_inner + (b_inner_outer_j_inner_outer_fused * 2LL))];
  }
}

// grid (1, 1, 1), block (24, 1, 1), 0 bytes of shared memory
extern "C" __global__ void __launch_bounds__(24) tcomp_main_k1(float* __restrict__ C, float* __restrict__ B, float* __restrict__ Cn, float* __restrict__ G) {
  const int64_t b_outer_j_outer_fused = ((int64_t)blockIdx.x);
  const int64_t b_inner_outer_j_inner_outer_fused = ((int64_t)threadIdx.x);
  Cn[((b_outer_j_outer_fused * 24LL) + b_inner_outer_j_inner_outer_fused)] = (((1.0f / (1.0f + expf(-(G[((((b_outer_j_outer_fused * 96LL) + (((int64_t)tc_floordiv(b_inner_outer_j_inner_outer_fused, 8LL)) * 32LL)) + ((int64_t)tc_floormod(b_inner_outer_j_inner_outer_fused, 8LL))) + 8LL)] + B[(((int64_t)tc_floormod(b_inner_outer_j_inner_outer_fused, 8LL)) + 8LL)])))) * C[((b_outer_j_outer_fused * 24LL) + b_inner_outer_j_inner_outer_fused)]) + ((1.0f / (1.0f + expf(-(G[(((b_outer_j_outer_fused * 96LL) + (((int64_t)tc_floordiv(b_inner_outer_j_inner_outer_fused, 8LL)) * 32LL)) + ((int64_t)tc_floormod(b_inner_outer_j_inner_outer_fused, 8LL)))] + B[((int64_t)tc_floormod(b_inner_outer_j_inner_outer_fused, 8LL))])))) * tanhf((G[((((b_outer_j_outer_fused * 96LL) + (((int64_t)tc_floordiv(b_inner_outer_j_inner_outer_fused, 8LL)) * 32LL)) + ((int64_t)tc_floormod(b_inner_outer_j_inner_outer_fused, 8LL))) + 16LL)] + B[(((int64_t)tc_floormod(b_inner_outer_j_inner_outer_fused, 8LL)) + 16LL)]))));
}

// grid (1, 1, 1), block (24, 1, 1), 0 bytes of shared memory
extern "C" __global__ void __launch_bounds__(24) tcomp_main_k2(float* __restrict__ B, float* __restrict__ Cn, float* __restrict__ Hn, float* __restrict__ G) {
  const int64_t b_outer_j_outer_fused = ((int64_t)blockIdx.x);
  const int64_t b_inner_outer_j_inner_outer_fused = ((int64_t)threadIdx.x);
  Hn[((b_outer_j_outer_fused * 24LL) + b_inner_outer_j_inner_outer_fused)] = ((1.0f / (1.0f + expf(-(G[((((b_outer_j_outer_fused * 96LL) + (((int64_t)tc_floordiv(b_inner_outer_j_inner_outer_fused, 8LL)) * 32LL)) + ((int64_t)tc_floormod(b_inner_outer_j_inner_outer_fused, 8LL))) + 24LL)] + B[(((int64_t)tc_floormod(b_inner_outer_j_inner_outer_fused, 8LL)) + 24LL)])))) * tanhf(Cn[((b_outer_j_outer_fused * 24LL) + b_inner_outer_j_inner_outer_fused)]));
}
