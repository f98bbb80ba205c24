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

// grid (2, 3, 1), block (8, 8, 1), 1056 bytes of shared memory
extern "C" __global__ void __launch_bounds__(64) tcomp_main(float* __restrict__ A, float* __restrict__ B, float* __restrict__ C) {
  const int64_t i_outer = ((int64_t)blockIdx.y);
  const int64_t j_outer = ((int64_t)blockIdx.x);
  __align__(16) float C_local[256];
  if ((((i_outer * 16LL) < ((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL) + 1LL)) && ((j_outer * 16LL) < ((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL) + 1LL)))) {
    const int64_t i_outer_2 = ((int64_t)threadIdx.y);
    if ((((i_outer * 8LL) + ((int64_t)threadIdx.y)) < (((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) + 1LL))) {
      const int64_t j_outer_2 = ((int64_t)threadIdx.x);
      if ((((j_outer * 8LL) + ((int64_t)threadIdx.x)) < (((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) + 1LL))) {
        for (int64_t i_inner = 0LL; i_inner < 0LL + 2LL; ++i_inner) {
          #pragma unroll
          for (int64_t j_inner = 0LL; j_inner < 0LL + 2LL; ++j_inner) {
            if (((((j_outer * 16LL) + (j_outer_2 * 2LL)) + j_inner) < ((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL) + 1LL))) {
              if (((((i_outer * 16LL) + (i_outer_2 * 2LL)) + i_inner) < ((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL) + 1LL))) {
                C_local[((((i_outer_2 * 32LL) + (i_inner * 16LL)) + (j_outer_2 * 2LL)) + j_inner)] = 0.0f;
              }
            }
          }
        }
      }
    }
    for (int64_t k_outer = 0LL; k_outer < 0LL + 6LL; ++k_outer) {
      __shared__ __align__(16) float A_shared[148];
      __shared__ __align__(16) float B_shared[116];
      if ((((i_outer * 16LL) < ((((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) < 36LL ? ((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) : 36LL) + 1LL)) && ((k_outer * 4LL) < ((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL) + 1LL)))) {
        for (int64_t i0_i1_outer_fused_outer = 0LL; i0_i1_outer_fused_outer < 0LL + (((int64_t)tc_floordiv((((((((((i_outer * k_outer) * 16LL) + ((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL))) + (((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) * (((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) < 36LL ? ((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) : 36LL))) + (((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) < 36LL ? ((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) : 36LL)) - (i_outer * 16LL)) - ((i_outer * ((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL))) * 16LL)) - k_outer) - (k_outer * (((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) < 36LL ? ((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) : 36LL))), 64LL)) + 1LL); ++i0_i1_outer_fused_outer) {
          const int64_t i0_i1_outer_fused_inner_outer = ((int64_t)threadIdx.y);
          const int64_t i0_i1_outer_fused_inner_inner = ((int64_t)threadIdx.x);
          if (((((((((i_outer * 16LL) + ((i_outer * ((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL))) * 16LL)) + k_outer) + (k_outer * (((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) < 36LL ? ((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) : 36LL))) + (i0_i1_outer_fused_outer * 64LL)) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner) < ((((((i_outer * k_outer) * 16LL) + ((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL))) + (((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) * (((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) < 36LL ? ((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) : 36LL))) + (((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) < 36LL ? ((((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) * 2LL) + 1LL) : 36LL)) + 1LL))) {
            if ((((k_outer * 4LL) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL)) < ((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL) - 2LL))) {
              *reinterpret_cast<float4*>(&A_shared[((((int64_t)tc_floordiv((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL))]) = make_float4(A[((((i_outer * 336LL) + (k_outer * 4LL)) + (((int64_t)tc_floordiv((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 21LL)) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL))], A[(((((i_outer * 336LL) + (k_outer * 4LL)) + (((int64_t)tc_floordiv((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 21LL)) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL)) + 1LL)], A[(((((i_outer * 336LL) + (k_outer * 4LL)) + (((int64_t)tc_floordiv((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 21LL)) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL)) + 2LL)], A[(((((i_outer * 336LL) + (k_outer * 4LL)) + (((int64_t)tc_floordiv((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 21LL)) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL)) + 3LL)]);
            } else {
              for (int64_t i1_inner = 0LL; i1_inner < 0LL + 4LL; ++i1_inner) {
                if (((((k_outer * 4LL) + i1_inner) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL)) < ((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL) + 1LL))) {
                  A_shared[((i1_inner + (((int64_t)tc_floordiv((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL)) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL))] = A[(((((i_outer * 336LL) + (k_outer * 4LL)) + i1_inner) + (((int64_t)tc_floordiv((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 21LL)) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer * 64LL) + (i0_i1_outer_fused_inner_outer * 8LL)) + i0_i1_outer_fused_inner_inner), ((((int64_t)tc_floordiv((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL), 4LL)) - k_outer) + 1LL))) * 4LL))];
                }
              }
            }
          }
        }
      }
      if ((((k_outer * 4LL) < ((((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL) + 1LL)) && ((j_outer * 16LL) < ((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL) + 1LL)))) {
        for (int64_t i0_i1_outer_fused_outer_2 = 0LL; i0_i1_outer_fused_outer_2 < 0LL + (((int64_t)tc_floordiv((((((((((j_outer * k_outer) * 16LL) + ((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL))) + (((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) * (((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL))) + (((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL)) - (j_outer * 4LL)) - ((j_outer * (((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL)) * 4LL)) - (k_outer * 4LL)) - ((k_outer * ((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL))) * 4LL)), 64LL)) + 1LL); ++i0_i1_outer_fused_outer_2) {
          const int64_t i0_i1_outer_fused_inner_outer_2 = ((int64_t)threadIdx.y);
          const int64_t i0_i1_outer_fused_inner_inner_2 = ((int64_t)threadIdx.x);
          if (((((((((j_outer * 4LL) + ((j_outer * (((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL)) * 4LL)) + (k_outer * 4LL)) + ((k_outer * ((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL))) * 4LL)) + (i0_i1_outer_fused_outer_2 * 64LL)) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2) < ((((((j_outer * k_outer) * 16LL) + ((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL))) + (((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) * (((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL))) + (((k_outer * 4LL) + 3LL) < 20LL ? ((k_outer * 4LL) + 3LL) : 20LL)) + 1LL))) {
            if ((((j_outer * 16LL) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer_2 * 64LL) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2), ((((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) - (j_outer * 4LL)) + 1LL))) * 4LL)) < ((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL) - 2LL))) {
              #pragma unroll
              for (int64_t i1_inner_2 = 0LL; i1_inner_2 < 0LL + 4LL; ++i1_inner_2) {
                B_shared[((i1_inner_2 + (((int64_t)tc_floordiv((((i0_i1_outer_fused_outer_2 * 64LL) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2), ((((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) - (j_outer * 4LL)) + 1LL))) * 29LL)) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer_2 * 64LL) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2), ((((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) - (j_outer * 4LL)) + 1LL))) * 4LL))] = B[(((((j_outer * 16LL) + (k_outer * 116LL)) + i1_inner_2) + (((int64_t)tc_floordiv((((i0_i1_outer_fused_outer_2 * 64LL) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2), ((((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) - (j_outer * 4LL)) + 1LL))) * 29LL)) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer_2 * 64LL) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2), ((((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) - (j_outer * 4LL)) + 1LL))) * 4LL))];
              }
            } else {
              for (int64_t i1_inner_2 = 0LL; i1_inner_2 < 0LL + 4LL; ++i1_inner_2) {
                if (((((j_outer * 16LL) + i1_inner_2) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer_2 * 64LL) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2), ((((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) - (j_outer * 4LL)) + 1LL))) * 4LL)) < ((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL) + 1LL))) {
                  B_shared[((i1_inner_2 + (((int64_t)tc_floordiv((((i0_i1_outer_fused_outer_2 * 64LL) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2), ((((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) - (j_outer * 4LL)) + 1LL))) * 29LL)) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer_2 * 64LL) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2), ((((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) - (j_outer * 4LL)) + 1LL))) * 4LL))] = B[(((((j_outer * 16LL) + (k_outer * 116LL)) + i1_inner_2) + (((int64_t)tc_floordiv((((i0_i1_outer_fused_outer_2 * 64LL) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2), ((((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) - (j_outer * 4LL)) + 1LL))) * 29LL)) + (((int64_t)tc_floormod((((i0_i1_outer_fused_outer_2 * 64LL) + (i0_i1_outer_fused_inner_outer_2 * 8LL)) + i0_i1_outer_fused_inner_inner_2), ((((int64_t)tc_floordiv((((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) < 28LL ? ((((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) * 2LL) + 1LL) : 28LL), 4LL)) - (j_outer * 4LL)) + 1LL))) * 4LL))];
                }
              }
            }
          }
        }
      }
      __syncthreads();
      const int64_t i_outer_2 = ((int64_t)threadIdx.y);
      if ((((i_outer * 8LL) + ((int64_t)threadIdx.y)) < (((int64_t)tc_floordiv((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL), 2LL)) + 1LL))) {
        const int64_t j_outer_2 = ((int64_t)threadIdx.x);
        if ((((j_outer * 8LL) + ((int64_t)threadIdx.x)) < (((int64_t)tc_floordiv((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL), 2LL)) + 1LL))) {
          for (int64_t k_inner = 0LL; k_inner < 0LL + 4LL; ++k_inner) {
            for (int64_t i_inner = 0LL; i_inner < 0LL + 2LL; ++i_inner) {
              #pragma unroll
              for (int64_t j_inner = 0LL; j_inner < 0LL + 2LL; ++j_inner) {
                if ((((k_outer * 4LL) + k_inner) < 21LL)) {
                  if (((((j_outer * 16LL) + (j_outer_2 * 2LL)) + j_inner) < ((((j_outer * 16LL) + 15LL) < 28LL ? ((j_outer * 16LL) + 15LL) : 28LL) + 1LL))) {
                    if (((((i_outer * 16LL) + (i_outer_2 * 2LL)) + i_inner) < ((((i_outer * 16LL) + 15LL) < 36LL ? ((i_outer * 16LL) + 15LL) : 36LL) + 1LL))) {
                      C_local[((((i_outer_2 * 32LL) + (i_inner * 16LL)) + (j_outer_2 * 2LL)) + j_inner)] = (C_local[((((i_outer_2 * 32LL) + (i_inner * 16LL)) + (j_outer_2 * 2LL)) + j_inner)] + (A_shared[(((i_outer_2 * 8LL) + (i_inner * 4LL)) + k_inner)] * B_shared[(((j_outer_2 * 2LL) + j_inner) + (k_inner * 29LL))]));
                    }
                  }
                }
              }
            }
          }
        }
      }
      __syncthreads();
    }
  }
  const int64_t i_inner_outer = ((int64_t)threadIdx.y);
  const int64_t j_inner_outer = ((int64_t)threadIdx.x);
  for (int64_t i_inner_inner = 0LL; i_inner_inner < 0LL + 2LL; ++i_inner_inner) {
    for (int64_t j_inner_inner = 0LL; j_inner_inner < 0LL + 2LL; ++j_inner_inner) {
      if (((((j_outer * 16LL) + (j_inner_outer * 2LL)) + j_inner_inner) < 29LL)) {
        if (((((i_outer * 16LL) + (i_inner_outer * 2LL)) + i_inner_inner) < 37LL)) {
          C[((((((i_outer * 464LL) + (j_outer * 16LL)) + (i_inner_outer * 58LL)) + (i_inner_inner * 29LL)) + (j_inner_outer * 2LL)) + j_inner_inner)] = C_local[((((i_inner_outer * 32LL) + (i_inner_inner * 16LL)) + (j_inner_outer * 2LL)) + j_inner_inner)];
        }
      }
    }
  }
}
