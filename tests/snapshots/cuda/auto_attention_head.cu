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

// grid (1, 1, 1), block (16, 1, 1), 256 bytes of shared memory
extern "C" __global__ void __launch_bounds__(16) tcomp_main_k0(float* __restrict__ Q, float* __restrict__ K, float* __restrict__ S) {
  const int64_t i_outer_j_outer_fused = ((int64_t)blockIdx.x);
  __align__(16) float S_local[64];
  const int64_t i_outer_j_outer_fused_2 = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t i_inner = 0LL; i_inner < 0LL + 2LL; ++i_inner) {
    #pragma unroll
    for (int64_t j_inner = 0LL; j_inner < 0LL + 2LL; ++j_inner) {
      S_local[((((i_inner * 8LL) + j_inner) + (((int64_t)tc_floordiv(i_outer_j_outer_fused_2, 4LL)) * 16LL)) + (((int64_t)tc_floormod(i_outer_j_outer_fused_2, 4LL)) * 2LL))] = 0.0f;
    }
  }
  __shared__ __align__(16) float Q_shared[32];
  __shared__ __align__(16) float K_shared[32];
  for (int64_t i0_i1_fused_outer = 0LL; i0_i1_fused_outer < 0LL + 2LL; ++i0_i1_fused_outer) {
    const int64_t i0_i1_fused_inner = ((int64_t)threadIdx.x);
    Q_shared[((i0_i1_fused_outer * 16LL) + i0_i1_fused_inner)] = Q[(((i_outer_j_outer_fused * 32LL) + (i0_i1_fused_outer * 16LL)) + i0_i1_fused_inner)];
  }
  for (int64_t i0_i1_fused_outer_2 = 0LL; i0_i1_fused_outer_2 < 0LL + 2LL; ++i0_i1_fused_outer_2) {
    const int64_t i0_i1_fused_inner_2 = ((int64_t)threadIdx.x);
    K_shared[((i0_i1_fused_outer_2 * 16LL) + i0_i1_fused_inner_2)] = K[((i0_i1_fused_outer_2 * 16LL) + i0_i1_fused_inner_2)];
  }
  __syncthreads();
  const int64_t i_outer_j_outer_fused_2 = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t d_inner = 0LL; d_inner < 0LL + 4LL; ++d_inner) {
    #pragma unroll
    for (int64_t i_inner = 0LL; i_inner < 0LL + 2LL; ++i_inner) {
      #pragma unroll
      for (int64_t j_inner = 0LL; j_inner < 0LL + 2LL; ++j_inner) {
        S_local[((((i_inner * 8LL) + j_inner) + (((int64_t)tc_floordiv(i_outer_j_outer_fused_2, 4LL)) * 16LL)) + (((int64_t)tc_floormod(i_outer_j_outer_fused_2, 4LL)) * 2LL))] = (S_local[((((i_inner * 8LL) + j_inner) + (((int64_t)tc_floordiv(i_outer_j_outer_fused_2, 4LL)) * 16LL)) + (((int64_t)tc_floormod(i_outer_j_outer_fused_2, 4LL)) * 2LL))] + ((Q_shared[(((i_inner * 4LL) + d_inner) + (((int64_t)tc_floordiv(i_outer_j_outer_fused_2, 4LL)) * 8LL))] * K_shared[(((j_inner * 4LL) + d_inner) + (((int64_t)tc_floormod(i_outer_j_outer_fused_2, 4LL)) * 8LL))]) * 0.5f));
      }
    }
  }
  const int64_t i_inner_outer_j_inner_outer_fused = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t i_inner_inner = 0LL; i_inner_inner < 0LL + 2LL; ++i_inner_inner) {
    #pragma unroll
    for (int64_t j_inner_inner = 0LL; j_inner_inner < 0LL + 2LL; ++j_inner_inner) {
      S[(((((i_inner_inner * 8LL) + j_inner_inner) + (i_outer_j_outer_fused * 64LL)) + (((int64_t)tc_floordiv(i_inner_outer_j_inner_outer_fused, 4LL)) * 16LL)) + (((int64_t)tc_floormod(i_inner_outer_j_inner_outer_fused, 4LL)) * 2LL))] = S_local[((((i_inner_inner * 8LL) + j_inner_inner) + (((int64_t)tc_floordiv(i_inner_outer_j_inner_outer_fused, 4LL)) * 16LL)) + (((int64_t)tc_floormod(i_inner_outer_j_inner_outer_fused, 4LL)) * 2LL))];
    }
  }
}

// grid (1, 1, 1), block (4, 1, 1), 256 bytes of shared memory
extern "C" __global__ void __launch_bounds__(4) tcomp_main_k1(float* __restrict__ S, float* __restrict__ P_max) {
  const int64_t i0_outer_i1_outer_fused = ((int64_t)blockIdx.x);
  __align__(16) float P_max_local[8];
  const int64_t i0_outer_i1_outer_fused_2 = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t i0_inner = 0LL; i0_inner < 0LL + 2LL; ++i0_inner) {
    P_max_local[(i0_inner + (i0_outer_i1_outer_fused_2 * 2LL))] = -INFINITY;
  }
  __shared__ __align__(16) float S_shared[64];
  for (int64_t i0_i1_fused_outer = 0LL; i0_i1_fused_outer < 0LL + 16LL; ++i0_i1_fused_outer) {
    const int64_t i0_i1_fused_inner = ((int64_t)threadIdx.x);
    S_shared[((i0_i1_fused_outer * 4LL) + i0_i1_fused_inner)] = S[(((i0_outer_i1_outer_fused * 64LL) + (i0_i1_fused_outer * 4LL)) + i0_i1_fused_inner)];
  }
  __syncthreads();
  const int64_t i0_outer_i1_outer_fused_2 = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t r1_inner = 0LL; r1_inner < 0LL + 8LL; ++r1_inner) {
    #pragma unroll
    for (int64_t i0_inner = 0LL; i0_inner < 0LL + 2LL; ++i0_inner) {
      P_max_local[(i0_inner + (i0_outer_i1_outer_fused_2 * 2LL))] = tc_max_f32(P_max_local[(i0_inner + (i0_outer_i1_outer_fused_2 * 2LL))], S_shared[(((i0_inner * 8LL) + r1_inner) + (i0_outer_i1_outer_fused_2 * 16LL))]);
    }
  }
  const int64_t i0_inner_outer_i1_inner_outer_fused = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t i0_inner_inner = 0LL; i0_inner_inner < 0LL + 2LL; ++i0_inner_inner) {
    P_max[((i0_inner_inner + (i0_outer_i1_outer_fused * 8LL)) + (i0_inner_outer_i1_inner_outer_fused * 2LL))] = P_max_local[(i0_inner_inner + (i0_inner_outer_i1_inner_outer_fused * 2LL))];
  }
}

// grid (1, 1, 1), block (4, 1, 1), 256 bytes of shared memory
extern "C" __global__ void __launch_bounds__(4) tcomp_main_k2(float* __restrict__ S, float* __restrict__ P_max, float* __restrict__ P_sum) {
  const int64_t i0_outer_i1_outer_fused = ((int64_t)blockIdx.x);
  __align__(16) float P_sum_local[8];
  const int64_t i0_outer_i1_outer_fused_2 = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t i0_inner = 0LL; i0_inner < 0LL + 2LL; ++i0_inner) {
    P_sum_local[(i0_inner + (i0_outer_i1_outer_fused_2 * 2LL))] = 0.0f;
  }
  __shared__ __align__(16) float P_exp_shared[64];
  for (int64_t i0_i1_fused_outer = 0LL; i0_i1_fused_outer < 0LL + 16LL; ++i0_i1_fused_outer) {
    const int64_t i0_i1_fused_inner = ((int64_t)threadIdx.x);
    P_exp_shared[((i0_i1_fused_outer * 4LL) + i0_i1_fused_inner)] = expf((S[(((i0_outer_i1_outer_fused * 64LL) + (i0_i1_fused_outer * 4LL)) + i0_i1_fused_inner)] - P_max[((i0_outer_i1_outer_fused * 8LL) + ((int64_t)tc_floordiv(((i0_i1_fused_outer * 4LL) + i0_i1_fused_inner), 8LL)))]));
  }
  __syncthreads();
  const int64_t i0_outer_i1_outer_fused_2 = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t r1_inner = 0LL; r1_inner < 0LL + 8LL; ++r1_inner) {
    #pragma unroll
    for (int64_t i0_inner = 0LL; i0_inner < 0LL + 2LL; ++i0_inner) {
      P_sum_local[(i0_inner + (i0_outer_i1_outer_fused_2 * 2LL))] = (P_sum_local[(i0_inner + (i0_outer_i1_outer_fused_2 * 2LL))] + P_exp_shared[(((i0_inner * 8LL) + r1_inner) + (i0_outer_i1_outer_fused_2 * 16LL))]);
    }
  }
  const int64_t i0_inner_outer_i1_inner_outer_fused = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t i0_inner_inner = 0LL; i0_inner_inner < 0LL + 2LL; ++i0_inner_inner) {
    P_sum[((i0_inner_inner + (i0_outer_i1_outer_fused * 8LL)) + (i0_inner_outer_i1_inner_outer_fused * 2LL))] = P_sum_local[(i0_inner_inner + (i0_inner_outer_i1_inner_outer_fused * 2LL))];
  }
}

// grid (1, 1, 1), block (16, 1, 1), 384 bytes of shared memory
extern "C" __global__ void __launch_bounds__(16) tcomp_main_k3(float* __restrict__ V, float* __restrict__ O, float* __restrict__ S, float* __restrict__ P_max, float* __restrict__ P_sum) {
  const int64_t i_outer_c_outer_fused = ((int64_t)blockIdx.x);
  __align__(16) float O_local[32];
  const int64_t i_outer_c_outer_fused_2 = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t i_inner = 0LL; i_inner < 0LL + 2LL; ++i_inner) {
    O_local[(((i_inner * 4LL) + (((int64_t)tc_floordiv(i_outer_c_outer_fused_2, 4LL)) * 8LL)) + ((int64_t)tc_floormod(i_outer_c_outer_fused_2, 4LL)))] = 0.0f;
  }
  __shared__ __align__(16) float P_shared[64];
  __shared__ __align__(16) float V_shared[32];
  for (int64_t i0_i1_fused_outer = 0LL; i0_i1_fused_outer < 0LL + 4LL; ++i0_i1_fused_outer) {
    const int64_t i0_i1_fused_inner = ((int64_t)threadIdx.x);
    P_shared[((i0_i1_fused_outer * 16LL) + i0_i1_fused_inner)] = (expf((S[(((i_outer_c_outer_fused * 64LL) + (i0_i1_fused_outer * 16LL)) + i0_i1_fused_inner)] - P_max[(((i_outer_c_outer_fused * 8LL) + (i0_i1_fused_outer * 2LL)) + ((int64_t)tc_floordiv(i0_i1_fused_inner, 8LL)))])) * (1.0f / P_sum[(((i_outer_c_outer_fused * 8LL) + (i0_i1_fused_outer * 2LL)) + ((int64_t)tc_floordiv(i0_i1_fused_inner, 8LL)))]));
  }
  for (int64_t i0_i1_fused_outer_2 = 0LL; i0_i1_fused_outer_2 < 0LL + 2LL; ++i0_i1_fused_outer_2) {
    const int64_t i0_i1_fused_inner_2 = ((int64_t)threadIdx.x);
    V_shared[((i0_i1_fused_outer_2 * 16LL) + i0_i1_fused_inner_2)] = V[((i0_i1_fused_outer_2 * 16LL) + i0_i1_fused_inner_2)];
  }
  __syncthreads();
  const int64_t i_outer_c_outer_fused_2 = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t t_inner = 0LL; t_inner < 0LL + 8LL; ++t_inner) {
    #pragma unroll
    for (int64_t i_inner = 0LL; i_inner < 0LL + 2LL; ++i_inner) {
      O_local[(((i_inner * 4LL) + (((int64_t)tc_floordiv(i_outer_c_outer_fused_2, 4LL)) * 8LL)) + ((int64_t)tc_floormod(i_outer_c_outer_fused_2, 4LL)))] = (O_local[(((i_inner * 4LL) + (((int64_t)tc_floordiv(i_outer_c_outer_fused_2, 4LL)) * 8LL)) + ((int64_t)tc_floormod(i_outer_c_outer_fused_2, 4LL)))] + (P_shared[(((i_inner * 8LL) + t_inner) + (((int64_t)tc_floordiv(i_outer_c_outer_fused_2, 4LL)) * 16LL))] * V_shared[((t_inner * 4LL) + ((int64_t)tc_floormod(i_outer_c_outer_fused_2, 4LL)))]));
    }
  }
  const int64_t i_inner_outer_c_inner_outer_fused = ((int64_t)threadIdx.x);
  #pragma unroll
  for (int64_t i_inner_inner = 0LL; i_inner_inner < 0LL + 2LL; ++i_inner_inner) {
    O[((((i_inner_inner * 4LL) + (i_outer_c_outer_fused * 32LL)) + (((int64_t)tc_floordiv(i_inner_outer_c_inner_outer_fused, 4LL)) * 8LL)) + ((int64_t)tc_floormod(i_inner_outer_c_inner_outer_fused, 4LL)))] = O_local[(((i_inner_inner * 4LL) + (((int64_t)tc_floordiv(i_inner_outer_c_inner_outer_fused, 4LL)) * 8LL)) + ((int64_t)tc_floormod(i_inner_outer_c_inner_outer_fused, 4LL)))];
  }
}
