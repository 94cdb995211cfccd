// Float operations of the Python subset that WebAssembly has no instruction for: exact fmod,
// Python's // and % on floats, exp, log, sin, cos, tan, atan2, pow, repr(float) (the shortest
// string that reads back to the same float) and float(str) (correctly rounded).
//
// Transcendental functions evaluate in double-double arithmetic (about 106 bits) with plain
// Taylor series after range reduction, then round once, so results are almost always the
// correctly rounded value that CPython's libm returns too. Text conversions use exact big-integer
// arithmetic. Nothing here touches memory except through the scratch pointer the caller passes.
//
// Built by src/tools/src/main/c/build.sh into the WebAssembly text the compiler links into modules that
// use these operations (src/tools/src/main/resources/io/quidditch/udf/python/pyfloat.wat).

typedef unsigned long long u64;
typedef long long i64;
typedef unsigned int u32;

#define INLINE static inline __attribute__((always_inline))
#ifdef __wasm__
#define EXPORT(name) __attribute__((export_name(#name)))
#else
#define EXPORT(name)
#endif

INLINE u64 bits_of(double x) {
  u64 u;
  __builtin_memcpy(&u, &x, 8);
  return u;
}

INLINE double from_bits(u64 u) {
  double x;
  __builtin_memcpy(&x, &u, 8);
  return x;
}

INLINE double pow2(int e) { // 2^e for -1022 <= e <= 1023
  return from_bits((u64)(e + 1023) << 52);
}

INLINE double scale2(double x, int e) { // x * 2^e, one rounding at most
  while (e > 1023) {
    x *= pow2(1023);
    e -= 1023;
  }
  while (e < -1022) {
    x *= pow2(-1022);
    e += 1022;
    if (x == 0) {
      return x;
    }
  }
  return x * pow2(e);
}

INLINE int is_integer(double y) { return __builtin_floor(y) == y; }

INLINE int is_odd_integer(double y) {
  if (!is_integer(y) || __builtin_fabs(y) >= 9007199254740992.0) {
    return 0;
  }
  return ((i64)y & 1) != 0;
}

// ------------------------------------------------------------------ double-double arithmetic

typedef struct {
  double hi, lo;
} dd;

INLINE dd dd_make(double hi, double lo) {
  dd r = {hi, lo};
  return r;
}

INLINE dd two_sum(double a, double b) {
  double s = a + b;
  double v = s - a;
  return dd_make(s, (a - (s - v)) + (b - v));
}

INLINE dd fast_two_sum(double a, double b) { // |a| >= |b|
  double s = a + b;
  return dd_make(s, b - (s - a));
}

INLINE dd two_prod(double a, double b) { // Dekker's exact product, no FMA in WebAssembly
  double p = a * b;
  double ca = 134217729.0 * a, cb = 134217729.0 * b;
  double ah = ca - (ca - a), al = a - ah;
  double bh = cb - (cb - b), bl = b - bh;
  return dd_make(p, ((ah * bh - p) + ah * bl + al * bh) + al * bl);
}

INLINE dd dd_add(dd a, dd b) {
  dd s = two_sum(a.hi, b.hi);
  dd t = two_sum(a.lo, b.lo);
  s = fast_two_sum(s.hi, s.lo + t.hi);
  return fast_two_sum(s.hi, s.lo + t.lo);
}

INLINE dd dd_neg(dd a) { return dd_make(-a.hi, -a.lo); }

INLINE dd dd_mul(dd a, dd b) {
  dd p = two_prod(a.hi, b.hi);
  return fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

INLINE dd dd_mul_d(dd a, double b) {
  dd p = two_prod(a.hi, b);
  return fast_two_sum(p.hi, p.lo + a.lo * b);
}

static __attribute__((noinline)) dd dd_div(dd a, dd b) {
  double q1 = a.hi / b.hi;
  dd r = dd_add(a, dd_neg(dd_mul_d(b, q1)));
  double q2 = r.hi / b.hi;
  r = dd_add(r, dd_neg(dd_mul_d(b, q2)));
  double q3 = r.hi / b.hi;
  return dd_add(fast_two_sum(q1, q2), dd_make(q3, 0));
}

static __attribute__((noinline)) dd dd_sqrt(dd a) { // a > 0
  double s = __builtin_sqrt(a.hi);
  dd e = dd_add(a, dd_neg(two_prod(s, s)));
  return fast_two_sum(s, e.hi / (2 * s));
}

INLINE double dd_round(dd a) { return a.hi + a.lo; }

// ln 2 and pi / 2 to well over 106 bits, as sums of doubles
#define LN2_0 0.6931471805599453
#define LN2_1 2.3190468138462996e-17
#define LN2_2 5.707708438416212e-34
#define PIO2_0 1.5707963267948966
#define PIO2_1 6.123233995736766e-17
#define PIO2_2 -1.4973849048591698e-33
#define PIO2_3 5.562271104316826e-50

#define TINY 1e-34 // below the last bit of a double-double result of size ~1

// ------------------------------------------------------------------ exp and log

// e^x for a double-double x with |x| <= ~745, as a double-double scaled by 2^*k
static dd exp_dd(dd x, int *k) {
  double n = __builtin_floor(x.hi / LN2_0 + 0.5);
  dd r = dd_add(x, dd_neg(two_prod(n, LN2_0)));
  r = dd_add(r, dd_neg(two_prod(n, LN2_1)));
  r = dd_add(r, dd_make(-n * LN2_2, 0));
  // e^r = (e^(r/256))^256: a short series, then eight squarings
  r = dd_make(r.hi / 256, r.lo / 256);
  dd sum = dd_make(1, 0), term = dd_make(1, 0);
  for (int i = 1; i < 20; i++) {
    term = dd_mul(term, r);
    term = dd_make(term.hi / i, term.lo / i);
    sum = dd_add(sum, term);
    if (__builtin_fabs(term.hi) < TINY) {
      break;
    }
  }
  for (int i = 0; i < 8; i++) {
    sum = dd_mul(sum, sum);
  }
  *k = (int)n;
  return sum;
}

// log(x) for a finite x > 0, as a double-double
static dd log_dd(double x) {
  int k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984.0; // 2^54
    k -= 54;
  }
  u64 u = bits_of(x);
  k += (int)((u >> 52) & 0x7ff) - 1023;
  double m = from_bits((u & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
  if (m > 1.4142135623730951) {
    m *= 0.5;
    k += 1;
  }
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172
  dd s = dd_div(dd_make(m - 1, 0), two_sum(m, 1));
  dd s2 = dd_mul(s, s);
  dd sum = s, power = s;
  for (int i = 1; i < 40; i++) {
    power = dd_mul(power, s2);
    dd term = dd_div(power, dd_make(2 * i + 1, 0));
    sum = dd_add(sum, term);
    if (__builtin_fabs(term.hi) < TINY) {
      break;
    }
  }
  sum = dd_make(2 * sum.hi, 2 * sum.lo);
  dd kl = dd_add(two_prod(k, LN2_0), dd_add(two_prod(k, LN2_1), dd_make(k * LN2_2, 0)));
  return dd_add(kl, sum);
}

EXPORT(py_exp) double py_exp(double x) {
  if (x != x) {
    return x;
  }
  if (x > 709.8) {
    return __builtin_inf();
  }
  if (x < -745.2) {
    return 0.0;
  }
  int k;
  dd e = exp_dd(dd_make(x, 0), &k);
  if (k < -1021) { // subnormal result: round once, at the end
    return scale2(e.hi, k) + scale2(e.lo, k);
  }
  return scale2(dd_round(e), k);
}

EXPORT(py_log) double py_log(double x) { // the caller rejects x <= 0
  if (x != x || x == __builtin_inf()) {
    return x;
  }
  return dd_round(log_dd(x));
}

// ------------------------------------------------------------------ sin, cos, tan

// x = n * pi/2 + r; returns r, sets the quadrant n mod 4
static dd reduce_pio2(double x, int *quadrant) {
  // Above 2^53 the first n is only a multiple of pi/2 near x; a second pass on the (small,
  // accurate) remainder brings it within pi/4
  dd r = dd_make(x, 0);
  int q = 0;
  for (int pass = 0; pass < 2; pass++) {
    double n = __builtin_floor(r.hi / PIO2_0 + 0.5);
    if (n == 0) {
      break;
    }
    r = dd_add(r, dd_neg(two_prod(n, PIO2_0)));
    r = dd_add(r, dd_neg(two_prod(n, PIO2_1)));
    r = dd_add(r, dd_neg(two_prod(n, PIO2_2)));
    r = dd_add(r, dd_make(-n * PIO2_3, 0));
    q += (int)(n - 4 * __builtin_floor(n / 4));
  }
  *quadrant = q & 3;
  return r;
}

static dd sin_series(dd r) {
  dd r2 = dd_mul(r, r), term = r, sum = r;
  for (int i = 1; i < 30; i++) {
    term = dd_mul(term, r2);
    term = dd_div(term, dd_make(-(double)(2 * i) * (2 * i + 1), 0));
    sum = dd_add(sum, term);
    if (__builtin_fabs(term.hi) < TINY * __builtin_fabs(sum.hi)) {
      break;
    }
  }
  return sum;
}

static dd cos_series(dd r) {
  dd r2 = dd_mul(r, r), term = dd_make(1, 0), sum = dd_make(1, 0);
  for (int i = 1; i < 30; i++) {
    term = dd_mul(term, r2);
    term = dd_div(term, dd_make(-(double)(2 * i - 1) * (2 * i), 0));
    sum = dd_add(sum, term);
    if (__builtin_fabs(term.hi) < TINY) {
      break;
    }
  }
  return sum;
}

EXPORT(py_sin) double py_sin(double x) { // the caller rejects infinities
  if (x != x || x == 0) {
    return x;
  }
  int q;
  dd r = reduce_pio2(x, &q);
  dd v = (q & 1) ? cos_series(r) : sin_series(r);
  return q >= 2 ? -dd_round(v) : dd_round(v);
}

EXPORT(py_cos) double py_cos(double x) {
  if (x != x) {
    return x;
  }
  int q;
  dd r = reduce_pio2(x, &q);
  dd v = (q & 1) ? sin_series(r) : cos_series(r);
  return (q == 1 || q == 2) ? -dd_round(v) : dd_round(v);
}

EXPORT(py_tan) double py_tan(double x) {
  if (x != x || x == 0) {
    return x;
  }
  int q;
  dd r = reduce_pio2(x, &q);
  dd s = sin_series(r), c = cos_series(r);
  return (q & 1) ? -dd_round(dd_div(c, s)) : dd_round(dd_div(s, c));
}

// ------------------------------------------------------------------ atan2

static dd atan_unit(dd t) { // 0 <= t <= 1
  // three halvings of the angle: atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
  for (int i = 0; i < 3; i++) {
    dd root = dd_sqrt(dd_add(dd_make(1, 0), dd_mul(t, t)));
    t = dd_div(t, dd_add(dd_make(1, 0), root));
  }
  dd t2 = dd_mul(t, t), power = t, sum = t;
  for (int i = 1; i < 40; i++) {
    power = dd_mul(power, t2);
    dd term = dd_div(power, dd_make((i & 1) ? -(2.0 * i + 1) : (2.0 * i + 1), 0));
    sum = dd_add(sum, term);
    if (__builtin_fabs(term.hi) < TINY * __builtin_fabs(sum.hi)) {
      break;
    }
  }
  return dd_make(8 * sum.hi, 8 * sum.lo);
}

EXPORT(py_atan2) double py_atan2(double y, double x) {
  double inf = __builtin_inf();
  if (x != x || y != y) {
    return x + y;
  }
  double pi = 2 * PIO2_0;
  if (__builtin_fabs(y) == inf) {
    if (__builtin_fabs(x) == inf) {
      return __builtin_copysign(x > 0 ? pi / 4 : 3 * pi / 4, y);
    }
    return __builtin_copysign(PIO2_0, y);
  }
  if (__builtin_fabs(x) == inf || y == 0) {
    if (x > 0 || (x == 0 && !__builtin_signbit(x))) {
      return __builtin_copysign(0.0, y);
    }
    return __builtin_copysign(pi, y);
  }
  if (x == 0) {
    return __builtin_copysign(PIO2_0, y);
  }
  double a = __builtin_fabs(y), b = __builtin_fabs(x);
  if (a < b * 8.673617379884035e-19) { // a / b < 2^-60: atan(t) rounds to t
    double t = a / b;
    double r = x > 0 ? t : dd_round(dd_add(dd_make(2 * PIO2_0, 2 * PIO2_1), dd_make(-t, 0)));
    return y < 0 ? -r : r;
  }
  // scale both so the larger is near 1: the double-double division then cannot overflow
  int big = (int)((bits_of(a > b ? a : b) >> 52) & 0x7ff) - 1023;
  if (big > 500 || big < -500) {
    a = scale2(a, -big);
    b = scale2(b, -big);
  }
  dd angle;
  // the quotient as a double-double: a / b may be inexact
  if (a > b) {
    dd t = dd_div(dd_make(b, 0), dd_make(a, 0));
    angle = dd_add(dd_make(PIO2_0, PIO2_1), dd_neg(atan_unit(t)));
  } else {
    dd t = dd_div(dd_make(a, 0), dd_make(b, 0));
    angle = atan_unit(t);
  }
  if (x < 0) {
    angle = dd_add(dd_make(2 * PIO2_0, 2 * PIO2_1), dd_neg(angle));
  }
  double r = dd_round(angle);
  return y < 0 ? -r : r;
}

// ------------------------------------------------------------------ pow

// Why x ** y has no float value: 0 when it has one, 1 for a negative base and a fractional
// exponent (a complex number in CPython), 2 for zero to a negative power
EXPORT(py_pow_error) int py_pow_error(double x, double y) {
  if (y == 0 || x != x || y != y) {
    return 0;
  }
  if (x == 0 && y < 0) {
    return 2;
  }
  if (x < 0 && __builtin_fabs(x) != __builtin_inf() && __builtin_fabs(y) != __builtin_inf() &&
      !is_integer(y)) {
    return 1;
  }
  return 0;
}

EXPORT(py_pow) double py_pow(double x, double y) { // the caller checked py_pow_error
  double inf = __builtin_inf();
  if (y == 0) {
    return 1.0;
  }
  if (x != x) {
    return x;
  }
  if (y != y) {
    return x == 1 ? 1.0 : y;
  }
  int negate = x < 0 && is_odd_integer(y);
  double ax = __builtin_fabs(x);
  if (__builtin_fabs(y) == inf) {
    if (ax == 1) {
      return 1.0;
    }
    return (ax > 1) == (y > 0) ? inf : 0.0;
  }
  if (ax == inf) {
    double r = y > 0 ? inf : 0.0;
    return negate ? -r : r;
  }
  if (ax == 0) {
    double r = y > 0 ? 0.0 : inf;
    return negate ? -r : r;
  }
  if (ax == 1) {
    return negate ? -1.0 : 1.0;
  }
  dd l = log_dd(ax);
  double result;
  double rough = y * l.hi;
  if (rough > 710 || rough != rough) {
    result = inf;
  } else if (rough < -746) {
    result = 0.0;
  } else {
    dd p = dd_add(two_prod(y, l.hi), dd_make(y * l.lo, 0));
    int k;
    dd e = exp_dd(p, &k);
    if (k < -1021) {
      result = scale2(e.hi, k) + scale2(e.lo, k);
    } else {
      result = scale2(dd_round(e), k);
    }
  }
  return negate ? -result : result;
}

// ------------------------------------------------------------------ fmod, //, %

// The 53-bit mantissa of a finite double with its hidden bit, a subnormal's normalised (*e, the
// biased exponent, lowered to match)
INLINE u64 mantissa(u64 bits, int *e) {
  u64 m = bits & 0x000fffffffffffffULL;
  if (*e != 0) {
    return m | 0x0010000000000000ULL;
  }
  *e = 1;
  while (!(m & 0x0010000000000000ULL)) {
    m <<= 1;
    (*e)--;
  }
  return m;
}

EXPORT(py_fmod) double py_fmod(double x, double y) { // exact, as C's fmod; y != 0
  u64 ux = bits_of(x), uy = bits_of(y);
  int ex = (int)((ux >> 52) & 0x7ff), ey = (int)((uy >> 52) & 0x7ff);
  u64 sign = ux & 0x8000000000000000ULL;
  if (ex == 0x7ff || y != y) {
    return (x * y) / (x * y);
  }
  u64 ax = ux << 1 >> 1, ay = uy << 1 >> 1;
  if (ax < ay) {
    return x;
  }
  if (ax == ay) {
    return from_bits(sign);
  }
  u64 mx = mantissa(ux, &ex), my = mantissa(uy, &ey);
  // long division of the mantissas, one bit of exponent difference at a time
  for (; ex > ey; ex--) {
    if (mx >= my) {
      mx -= my;
      if (mx == 0) {
        return from_bits(sign);
      }
    }
    mx <<= 1;
  }
  if (mx >= my) {
    mx -= my;
    if (mx == 0) {
      return from_bits(sign);
    }
  }
  while (!(mx & 0x0010000000000000ULL)) {
    mx <<= 1;
    ex--;
  }
  u64 out;
  if (ex > 0) {
    out = ((u64)ex << 52) | (mx & 0x000fffffffffffffULL);
  } else {
    out = mx >> (1 - ex);
  }
  return from_bits(out | sign);
}

// Python's float % (the sign of the divisor) and // (the floor of the exact quotient); y != 0
EXPORT(py_mod) double py_mod(double x, double y) {
  double mod = py_fmod(x, y);
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
    }
  } else {
    mod = __builtin_copysign(0.0, y);
  }
  return mod;
}

EXPORT(py_floordiv) double py_floordiv(double x, double y) {
  double mod = py_fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0 && (y < 0) != (mod < 0)) {
    div -= 1.0;
  }
  if (div == 0) {
    return __builtin_copysign(0.0, x / y);
  }
  double floordiv = __builtin_floor(div);
  if (div - floordiv > 0.5) {
    floordiv += 1.0;
  }
  return floordiv;
}

// ------------------------------------------------------------------ big integers

// [0] is the number of 32-bit limbs in use, little-endian limbs follow
#define LIMBS 136

INLINE void big_set(u32 *a, u64 v) {
  a[0] = 0;
  while (v) {
    a[++a[0]] = (u32)v;
    v >>= 32;
  }
}

static void big_mul_small(u32 *a, u32 m) {
  u64 carry = 0;
  for (u32 i = 1; i <= a[0]; i++) {
    u64 t = (u64)a[i] * m + carry;
    a[i] = (u32)t;
    carry = t >> 32;
  }
  if (carry && a[0] < LIMBS - 1) {
    a[++a[0]] = (u32)carry;
  }
}

static void big_mul_pow10(u32 *a, int k) {
  for (; k >= 9; k -= 9) {
    big_mul_small(a, 1000000000u);
  }
  u32 m = 1;
  while (k-- > 0) {
    m *= 10;
  }
  if (m > 1) {
    big_mul_small(a, m);
  }
}

static void big_shl(u32 *a, int n) {
  if (a[0] == 0) {
    return;
  }
  int words = n / 32, b = n % 32;
  u32 len = a[0];
  u32 top = b ? a[len] >> (32 - b) : 0;
  for (int i = (int)len; i >= 1; i--) {
    u32 hi = a[i] << b;
    u32 lo = (b && i > 1) ? a[i - 1] >> (32 - b) : 0;
    a[i + words] = hi | lo;
  }
  for (int i = 1; i <= words; i++) {
    a[i] = 0;
  }
  a[0] = len + words;
  if (top) {
    a[++a[0]] = top;
  }
}

// a >>= n; returns whether any bit shifted out was set
static int big_shr(u32 *a, int n) {
  int words = n / 32, b = n % 32, lost = 0;
  for (int i = 1; i <= words && i <= (int)a[0]; i++) {
    lost |= a[i] != 0;
  }
  if (words >= (int)a[0]) {
    a[0] = 0;
    return lost;
  }
  if (b) {
    lost |= (a[words + 1] & ((1u << b) - 1)) != 0;
  }
  u32 len = a[0] - words;
  for (u32 i = 1; i <= len; i++) {
    u32 lo = a[i + words] >> b;
    u32 hi = (b && i + words < a[0]) ? a[i + words + 1] << (32 - b) : 0;
    a[i] = lo | hi;
  }
  a[0] = len;
  while (a[0] && a[a[0]] == 0) {
    a[0]--;
  }
  return lost;
}

static int big_cmp(const u32 *a, const u32 *b) {
  if (a[0] != b[0]) {
    return a[0] < b[0] ? -1 : 1;
  }
  for (u32 i = a[0]; i >= 1; i--) {
    if (a[i] != b[i]) {
      return a[i] < b[i] ? -1 : 1;
    }
  }
  return 0;
}

static void big_sub(u32 *a, const u32 *b) { // a -= b, a >= b
  i64 borrow = 0;
  for (u32 i = 1; i <= a[0]; i++) {
    i64 t = (i64)a[i] - (i <= b[0] ? b[i] : 0) - borrow;
    borrow = t < 0;
    a[i] = (u32)t;
  }
  while (a[0] && a[a[0]] == 0) {
    a[0]--;
  }
}

static void big_add(u32 *d, const u32 *a, const u32 *b) { // d = a + b; d may be a
  u32 n = a[0] > b[0] ? a[0] : b[0];
  u64 carry = 0;
  for (u32 i = 1; i <= n; i++) {
    u64 t = (u64)(i <= a[0] ? a[i] : 0) + (i <= b[0] ? b[i] : 0) + carry;
    d[i] = (u32)t;
    carry = t >> 32;
  }
  d[0] = n;
  if (carry) {
    d[++d[0]] = (u32)carry;
  }
}

static int big_bits(const u32 *a) {
  if (a[0] == 0) {
    return 0;
  }
  return (int)(a[0] - 1) * 32 + (32 - __builtin_clz(a[a[0]]));
}

// ------------------------------------------------------------------ repr(float)

// Writes the shortest digits that read back as x > 0 (Steele and White's free-format method,
// with exact integers); returns their count and sets *point: x = 0.DIGITS * 10^point
static int shortest_digits(double x, char *digits, int *point, u32 *scratch) {
  u32 *r = scratch, *s = r + LIMBS, *mp = s + LIMBS, *mm = mp + LIMBS, *t = mm + LIMBS;
  u64 u = bits_of(x);
  int be = (int)((u >> 52) & 0x7ff);
  u64 f = u & 0x000fffffffffffffULL;
  int e;
  if (be) {
    f |= 0x0010000000000000ULL;
    e = be - 1075;
  } else {
    e = -1074;
  }
  int even = (f & 1) == 0;
  int unequal = be > 1 && f == 0x0010000000000000ULL; // the gap below is half the gap above
  if (e >= 0) {
    big_set(r, f);
    big_shl(r, e + (unequal ? 2 : 1));
    big_set(s, unequal ? 4 : 2);
    big_set(mp, 1);
    big_shl(mp, e + (unequal ? 1 : 0));
    big_set(mm, 1);
    big_shl(mm, e);
  } else {
    big_set(r, f);
    big_shl(r, unequal ? 2 : 1);
    big_set(s, 1);
    big_shl(s, (unequal ? 2 : 1) - e);
    big_set(mp, unequal ? 2 : 1);
    big_set(mm, 1);
  }
  // estimate the decimal exponent from the binary one, then correct it
  int bitlen = 64 - __builtin_clzll(f);
  int k = (int)__builtin_ceil((e + bitlen - 1) * 0.30102999566398114 - 1e-10);
  if (k >= 0) {
    big_mul_pow10(s, k);
  } else {
    big_mul_pow10(r, -k);
    big_mul_pow10(mp, -k);
    big_mul_pow10(mm, -k);
  }
  for (;;) {
    big_add(t, r, mp);
    int c = big_cmp(t, s);
    if (even ? c >= 0 : c > 0) {
      big_mul_small(s, 10);
      k++;
    } else {
      break;
    }
  }
  for (;;) {
    big_add(t, r, mp);
    big_mul_small(t, 10);
    int c = big_cmp(t, s);
    if (even ? c < 0 : c <= 0) {
      big_mul_small(r, 10);
      big_mul_small(mp, 10);
      big_mul_small(mm, 10);
      k--;
    } else {
      break;
    }
  }
  int n = 0;
  for (;;) {
    big_mul_small(r, 10);
    big_mul_small(mp, 10);
    big_mul_small(mm, 10);
    int d = 0;
    while (big_cmp(r, s) >= 0) {
      big_sub(r, s);
      d++;
    }
    int c1 = big_cmp(r, mm);
    int low = even ? c1 <= 0 : c1 < 0;
    big_add(t, r, mp);
    int c2 = big_cmp(t, s);
    int high = even ? c2 >= 0 : c2 > 0;
    if (!low && !high && n < 17) {
      digits[n++] = (char)('0' + d);
      continue;
    }
    if (low && high) {
      big_add(t, r, r);
      int c = big_cmp(t, s);
      high = c > 0 || (c == 0 && (d & 1));
    }
    digits[n++] = (char)('0' + (high ? d + 1 : d));
    break;
  }
  *point = k;
  return n;
}

// Writes the characters of a word packed little-endian into a u64 (no string constants: the
// module's data segments belong to the compiler)
static int put(char *out, int at, u64 word) {
  for (; word; word >>= 8) {
    out[at++] = (char)(word & 0xff);
  }
  return at;
}

#define WORD_NAN 0x6e616eULL      // "nan"
#define WORD_INF 0x666e69ULL      // "inf"
#define WORD_ZERO 0x302e30ULL     // "0.0"
#define WORD_INFINITY 0x7974696e69666e69ULL // "infinity"

// repr(x) into out (at most 32 bytes); returns the length
EXPORT(py_repr) int py_repr(double x, char *out, u32 *scratch) {
  int n = 0;
  if (x != x) {
    return put(out, 0, WORD_NAN);
  }
  if (__builtin_signbit(x)) {
    out[n++] = '-';
    x = -x;
  }
  if (x == __builtin_inf()) {
    return put(out, n, WORD_INF);
  }
  if (x == 0) {
    return put(out, n, WORD_ZERO);
  }
  char digits[20];
  int point;
  int count = shortest_digits(x, digits, &point, scratch);
  if (point <= -4 || point > 16) {
    out[n++] = digits[0];
    if (count > 1) {
      out[n++] = '.';
      for (int i = 1; i < count; i++) {
        out[n++] = digits[i];
      }
    }
    out[n++] = 'e';
    int exp10 = point - 1;
    out[n++] = exp10 < 0 ? '-' : '+';
    if (exp10 < 0) {
      exp10 = -exp10;
    }
    if (exp10 >= 100) {
      out[n++] = (char)('0' + exp10 / 100);
    }
    out[n++] = (char)('0' + exp10 / 10 % 10);
    out[n++] = (char)('0' + exp10 % 10);
    return n;
  }
  if (point <= 0) {
    out[n++] = '0';
    out[n++] = '.';
    for (int i = 0; i < -point; i++) {
      out[n++] = '0';
    }
    for (int i = 0; i < count; i++) {
      out[n++] = digits[i];
    }
    return n;
  }
  for (int i = 0; i < point; i++) {
    out[n++] = i < count ? digits[i] : '0';
  }
  out[n++] = '.';
  if (count > point) {
    for (int i = point; i < count; i++) {
      out[n++] = digits[i];
    }
  } else {
    out[n++] = '0';
  }
  return n;
}

// ------------------------------------------------------------------ format(x, '.Nf')

// a /= d (d < 2^32); returns the remainder
static u32 big_divmod_small(u32 *a, u32 d) {
  u64 rem = 0;
  for (u32 i = a[0]; i >= 1; i--) {
    u64 cur = (rem << 32) | a[i];
    a[i] = (u32)(cur / d);
    rem = cur % d;
  }
  while (a[0] && a[a[0]] == 0) {
    a[0]--;
  }
  return (u32)rem;
}

// format(x, '.Nf') into out, 0 <= prec <= 100 (at most 412 bytes): the exact value of x times
// 10^prec rounded half to even, as CPython's dtoa mode 3; returns the length
EXPORT(py_fixed) int py_fixed(double x, int prec, char *out, u32 *scratch) {
  int n = 0;
  if (x != x) {
    return put(out, 0, WORD_NAN);
  }
  if (__builtin_signbit(x)) {
    out[n++] = '-';
    x = -x;
  }
  if (x == __builtin_inf()) {
    return put(out, n, WORD_INF);
  }
  u32 *a = scratch, *one = scratch + LIMBS;
  u64 u = bits_of(x);
  int be = (int)((u >> 52) & 0x7ff);
  u64 f = u & 0x000fffffffffffffULL;
  int e;
  if (be) {
    f |= 0x0010000000000000ULL;
    e = be - 1075;
  } else {
    e = -1074;
  }
  big_set(a, f);
  if (e >= 0) {
    big_shl(a, e);
    big_mul_pow10(a, prec);
  } else {
    big_mul_pow10(a, prec);
    int sticky = big_shr(a, -e - 1);
    int half = a[0] ? (int)(a[1] & 1) : 0;
    big_shr(a, 1);
    if (half && (sticky || (a[0] && (a[1] & 1)))) {
      big_set(one, 1);
      big_add(a, a, one);
    }
  }
  char digits[424]; // least significant first
  int count = 0;
  while (a[0]) {
    u32 chunk = big_divmod_small(a, 1000000000u);
    for (int k = 0; k < 9; k++) {
      digits[count++] = (char)('0' + chunk % 10);
      chunk /= 10;
    }
  }
  while (count > 0 && digits[count - 1] == '0') {
    count--;
  }
  while (count < prec + 1) {
    digits[count++] = '0';
  }
  for (int i = count - 1; i >= prec; i--) {
    out[n++] = digits[i];
  }
  if (prec > 0) {
    out[n++] = '.';
    for (int i = prec - 1; i >= 0; i--) {
      out[n++] = digits[i];
    }
  }
  return n;
}

// ------------------------------------------------------------------ float(str)

#define MAX_DIGITS 768

// q * 2^e2, q != 0, rounded to a double (half to even; sticky: nonzero bits below q)
static double round_to_double(u64 q, int e2, int sticky) {
  int len = 64 - __builtin_clzll(q);
  int top = len - 1 + e2; // the exponent of the leading bit
  if (top > 1023) {
    return __builtin_inf();
  }
  int precision = 53;
  if (top < -1022) {
    precision = 53 - (-1022 - top);
  }
  if (precision <= 0) { // below half the smallest subnormal, or just at or above it
    if (precision == 0 && (q > (1ULL << (len - 1)) || sticky)) {
      return 4.9406564584124654e-324;
    }
    return 0.0;
  }
  int shift = len - precision;
  if (shift > 0) {
    u64 rest = q & ((1ULL << shift) - 1);
    u64 half = 1ULL << (shift - 1);
    q >>= shift;
    e2 += shift;
    if (rest > half || (rest == half && (sticky || (q & 1)))) {
      q++;
      if (q >> precision) {
        q >>= 1;
        e2++;
      }
    }
  }
  if (64 - __builtin_clzll(q) - 1 + e2 > 1023) {
    return __builtin_inf();
  }
  return scale2((double)q, e2);
}

INLINE int is_space(int c) { return c == ' ' || (c >= 9 && c <= 13); }

INLINE int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

// Whether s[i..end) is the packed word, ignoring case
static int word_at(const char *s, int i, int end, u64 word) {
  for (; word; word >>= 8, i++) {
    if (i >= end || lower(s[i]) != (int)(word & 0xff)) {
      return 0;
    }
  }
  return i == end;
}

// float(text): the correctly rounded value; scratch[0] is set to 1 when text is not a number
EXPORT(py_strtod) double py_strtod(const char *s, int len, u32 *scratch) {
  u32 *status = scratch;
  char *digits = (char *)(scratch + 1);
  u32 *a = scratch + 1 + MAX_DIGITS / 4 + 2, *b = a + LIMBS;
  *status = 1;
  int i = 0, end = len;
  while (i < end && is_space(s[i])) {
    i++;
  }
  while (end > i && is_space(s[end - 1])) {
    end--;
  }
  int negative = 0;
  if (i < end && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    i++;
  }
  double sign = negative ? -1.0 : 1.0;
  if (word_at(s, i, end, WORD_INF) || word_at(s, i, end, WORD_INFINITY)) {
    *status = 0;
    return sign * __builtin_inf();
  }
  if (word_at(s, i, end, WORD_NAN)) {
    *status = 0;
    return __builtin_nan("");
  }
  int count = 0, any = 0, dropped_nonzero = 0;
  int point_shift = 0; // decimal exponent of the last kept digit's place, before the exponent
  int seen_point = 0, prev_digit = 0;
  for (; i < end; i++) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      any = 1;
      prev_digit = 1;
      if (count == 0 && c == '0') {
        if (seen_point) {
          point_shift--;
        }
        continue;
      }
      if (count < MAX_DIGITS) {
        digits[count++] = c;
        if (seen_point) {
          point_shift--;
        }
      } else {
        if (c != '0') {
          dropped_nonzero = 1;
        }
        if (!seen_point) {
          point_shift++;
        }
      }
    } else if (c == '_' && prev_digit && i + 1 < end && s[i + 1] >= '0' && s[i + 1] <= '9') {
      prev_digit = 0;
    } else if (c == '.' && !seen_point) {
      seen_point = 1;
      prev_digit = 0;
    } else {
      break;
    }
  }
  if (!any) {
    return 0.0;
  }
  int exp10 = 0;
  if (i < end && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    int eneg = 0;
    if (i < end && (s[i] == '+' || s[i] == '-')) {
      eneg = s[i] == '-';
      i++;
    }
    int edigits = 0;
    prev_digit = 0;
    for (; i < end; i++) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
        if (exp10 < 100000) {
          exp10 = exp10 * 10 + (c - '0');
        }
        edigits++;
        prev_digit = 1;
      } else if (c == '_' && prev_digit && i + 1 < end && s[i + 1] >= '0' && s[i + 1] <= '9') {
        prev_digit = 0;
      } else {
        break;
      }
    }
    if (!edigits) {
      return 0.0;
    }
    if (eneg) {
      exp10 = -exp10;
    }
  }
  if (i != end) {
    return 0.0;
  }
  *status = 0;
  if (count == 0) {
    return sign * 0.0;
  }
  if (dropped_nonzero) { // stands for every dropped digit: enough to round correctly
    digits[count++] = '1';
    point_shift--;
  }
  int e = exp10 + point_shift; // value = DIGITS * 10^e
  if (count + e > 310) {
    return sign * __builtin_inf();
  }
  if (count + e < -330) {
    return sign * 0.0;
  }
  big_set(a, 0);
  for (int k = 0; k < count; k++) {
    big_mul_small(a, 10);
    u32 d = (u32)(digits[k] - '0');
    big_set(b, d);
    big_add(a, a, b);
  }
  if (e >= 0) {
    big_mul_pow10(a, e);
    int n = big_bits(a);
    int drop = n > 64 ? n - 64 : 0;
    int sticky = big_shr(a, drop);
    u64 q = a[0] >= 2 ? ((u64)a[2] << 32 | a[1]) : a[1];
    return sign * round_to_double(q, drop, sticky);
  }
  big_set(b, 1);
  big_mul_pow10(b, -e);
  // the quotient a * 2^shift / b, with 62 or 63 bits
  int shift = 62 - (big_bits(a) - big_bits(b));
  if (shift >= 0) {
    big_shl(a, shift);
  } else {
    big_shl(b, -shift);
  }
  int qbits = big_bits(a) - big_bits(b);
  if (qbits < 0) {
    qbits = 0;
  }
  big_shl(b, qbits);
  u64 q = 0;
  for (int k = qbits; k >= 0; k--) {
    q <<= 1;
    if (big_cmp(a, b) >= 0) {
      big_sub(a, b);
      q |= 1;
    }
    big_shr(b, 1);
  }
  return sign * round_to_double(q, -shift, a[0] != 0);
}
