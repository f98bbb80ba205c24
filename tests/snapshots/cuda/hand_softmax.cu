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

// grid (13, 1, 1), block (8, 1, 1), 64 bytes of shared memory
extern "C" __global__ void __launch_bounds__(8) tcomp_main(float* __restrict__ X, float* __restrict__ Y) {
  const int64_t i = ((int64_t)blockIdx.x);
  __align__(16) float Y_max[1];
  __align__(16) float Y_sum[1];
  Y_max[0LL] = -INFINITY;
  __shared__ __align__(16) float Y_max_red[8];
  const int64_t k_inner_outer = ((int64_t)threadIdx.x);
  __align__(16) float Y_max_acc[1];
  Y_max_acc[0LL] = -INFINITY;
  for (int64_t k_outer = 0LL; k_outer < 0LL + 2LL; ++k_outer) {
    #pragma unroll
    for (int64_t k_inner_inner = 0LL; k_inner_inner < 0LL + 4LL; ++k_inner_inner) {
      if (((((k_outer * 32LL) + (k_inner_outer * 4LL)) + k_inner_inner) < 40LL)) {
        Y_max_acc[0LL] = tc_max_f32(Y_max_acc[0LL], X[((((i * 40LL) + (k_outer * 32LL)) + (k_inner_outer * 4LL)) + k_inner_inner)]);
      }
    }
  }
  Y_max_red[k_inner_outer] = Y_max_acc[0LL];
  __syncthreads();
  const int64_t k_inner_outer_2 = ((int64_t)threadIdx.x);
  if ((k_inner_outer_2 < 4LL)) {
    Y_max_red[k_inner_outer_2] = tc_max_f32(Y_max_red[k_inner_outer_2], Y_max_red[(k_inner_outer_2 + 4LL)]);
  }
  __syncthreads();
  const int64_t k_inner_outer_3 = ((int64_t)threadIdx.x);
  if ((k_inner_outer_3 < 2LL)) {
    Y_max_red[k_inner_outer_3] = tc_max_f32(Y_max_red[k_inner_outer_3], Y_max_red[(k_inner_outer_3 + 2LL)]);
  }
  __syncthreads();
  const int64_t k_inner_outer_4 = ((int64_t)threadIdx.x);
  if ((k_inner_outer_4 < 1LL)) {
    Y_max_red[k_inner_outer_4] = tc_max_f32(Y_max_red[k_inner_outer_4], Y_max_red[(k_inner_outer_4 + 1LL)]);
  }
  __syncthreads();
  const int64_t k_inner_outer_5 = ((int64_t)threadIdx.x);
  Y_max[0LL] = tc_max_f32(Y_max[0LL], Y_max_red[0LL]);
  Y_sum[0LL] = 0.0f;
  __shared__ __align__(16) float Y_sum_red[8];
  const int64_t k_inner_outer_6 = ((int64_t)threadIdx.x);
  __align__(16) float Y_sum_acc[1];
  Y_sum_acc[0LL] = 0.0f;
  for (int64_t k_outer_2 = 0LL; k_outer_2 < 0LL + 2LL; ++k_outer_2) {
    #pragma unroll
    for (int64_t k_inner_inner_2 = 0LL; k_inner_inner_2 < 0LL + 4LL; ++k_inner_inner_2) {
      if (((((k_outer_2 * 32LL) + (k_inner_outer_6 * 4LL)) + k_inner_inner_2) < 40LL)) {
        Y_sum_acc[0LL] = (Y_sum_acc[0LL] + expf((X[((((i * 40LL) + (k_outer_2 * 32LL)) + (k_inner_outer_6 * 4LL)) + k_inner_inner_2)] - Y_max[0LL])));
      }
    }
  }
  Y_sum_red[k_inner_outer_6] = Y_sum_acc[0LL];
  __syncthreads();
  const int64_t k_inner_outer_7 = ((int64_t)threadIdx.x);
  if ((k_inner_outer_7 < 4LL)) {
    Y_sum_red[k_inner_outer_7] = (Y_sum_red[k_inner_outer_7] + Y_sum_red[(k_inner_outer_7 + 4LL)]);
  }
  __syncthreads();
  const int64_t k_inner_outer_8 = ((int64_t)threadIdx.x);
  if ((k_inner_outer_8 < 2LL)) {
    Y_sum_red[k_inner_outer_8] = (Y_sum_red[k_inner_outer_8] + Y_sum_red[(k_inner_outer_8 + 2LL)]);
  }
  __syncthreads();
  const int64_t k_inner_outer_9 = ((int64_t)threadIdx.x);
  if ((k_inner_outer_9 < 1LL)) {
    Y_sum_red[k_inner_outer_9] = (Y_sum_red[k_inner_outer_9] + Y_sum_red[(k_inner_outer_9 + 1LL)]);
  }
  __syncthreads();
  const int64_t k_inner_outer_10 = ((int64_t)threadIdx.x);
  Y_sum[0LL] = (Y_sum[0LL] + Y_sum_red[0LL]);
  for (int64_t j_outer = 0LL; j_outer < 0LL + 2LL; ++j_outer) {
    const int64_t j_inner_outer = ((int64_t)threadIdx.x);
    if ((((j_outer * 8LL) + j_inner_outer) < 10LL)) {
      const float4 X_v = *reinterpret_cast<const float4*>(&X[(((i * 40LL) + (j_outer * 32LL)) + (j_inner_outer * 4LL))]);
      *reinterpret_cast<float4*>(&Y[(((i * 40LL) + (j_outer * 32LL)) + (j_inner_outer * 4LL))]) = make_float4((expf((X_v.x - Y_max[0LL])) * (1.0f / Y_sum[0LL])), (expf((X_v.y - Y_max[0LL])) * (1.0f / Y_sum[0LL])), (expf((X_v.z - Y_max[0LL])) * (1.0f / Y_sum[0LL])), (expf((X_v.w - Y_max[0LL])) * (1.0f / Y_sum[0LL])));
    } else {
      for (int64_t j_inner_inner = 0LL; j_inner_inner < 0LL + 4LL; ++j_inner_inner) {
        if (((((j_outer * 32LL) + (j_inner_outer * 4LL)) + j_inner_inner) < 40LL)) {
          Y[((((i * 40LL) + (j_outer * 32LL)) + (j_inner_outer * 4LL)) + j_inner_inner)] = (expf((X[((((i * 40LL) + (j_outer * 32LL)) + (j_inner_outer * 4LL)) + j_inner_inner)] - Y_max[0LL])) * (1.0f / Y_sum[0LL]));
        }
      }
    }
  }
}
