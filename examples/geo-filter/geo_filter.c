// geo-filter: keeps documents whose location lies within radius_km of a target point.
//
// Distance is the Haversine great-circle distance on a sphere of radius 6371.0088 km between
// the document's location.lat/location.lon (degrees) and the lat/lon parameters. There is no
// libc in wasm32-unknown-unknown, so the few functions needed are written out here.
//
// Exports: filter(ctx) -> i32 (the UDF), distance_km(ctx) -> f64 (the distance itself).

typedef long long i64;

#define IMPORT(name) __attribute__((import_module("env"), import_name(#name)))
#define EXPORT(name) __attribute__((export_name(#name)))

IMPORT(get_field_f64) int get_field_f64(i64 ctx, const char *name, int name_len, double *out);
IMPORT(get_param_f64) int get_param_f64(const char *name, int name_len, double *out);

static const double PI = 3.14159265358979323846;
static const double EARTH_RADIUS_KM = 6371.0088;

// sin on [-pi, pi] after reduction, by its Taylor series (enough terms for double precision)
static double sin_(double x) {
  while (x > PI) x -= 2 * PI;
  while (x < -PI) x += 2 * PI;
  double term = x, sum = x, x2 = x * x;
  for (int n = 1; n < 14; n++) {
    term *= -x2 / ((2 * n) * (2 * n + 1));
    sum += term;
  }
  return sum;
}

static double cos_(double x) { return sin_(x + PI / 2); }

static double sqrt_(double x) { return __builtin_sqrt(x); }

// atan for |x| <= 1 by argument halving and its series; atan2 from it
static double atan_unit(double x) {
  // atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))), twice, brings |x| under 0.25
  double k = 1;
  for (int i = 0; i < 2; i++) {
    x = x / (1 + sqrt_(1 + x * x));
    k *= 2;
  }
  double term = x, sum = x, x2 = x * x;
  for (int n = 1; n < 20; n++) {
    term *= -x2;
    sum += term / (2 * n + 1);
  }
  return k * sum;
}

static double atan2_(double y, double x) {
  if (x > 0 && y >= -x && y <= x) return atan_unit(y / x);
  if (y > 0 && x >= -y && x <= y) return PI / 2 - atan_unit(x / y);
  if (y < 0 && x >= y && x <= -y) return -PI / 2 - atan_unit(x / y);
  if (x < 0) return (y >= 0 ? PI : -PI) + atan_unit(y / x);
  return 0;
}

static double radians(double deg) { return deg * PI / 180.0; }

static double param(const char *name, int len, double fallback) {
  double v;
  return get_param_f64(name, len, &v) == 0 ? v : fallback;
}

// -1 when the document has no coordinates
EXPORT(distance_km) double distance_km(i64 ctx) {
  double lat, lon;
  if (get_field_f64(ctx, "location.lat", 12, &lat) != 0) return -1;
  if (get_field_f64(ctx, "location.lon", 12, &lon) != 0) return -1;
  double tlat = radians(param("lat", 3, 0)), tlon = radians(param("lon", 3, 0));
  double dlat = radians(lat) - tlat, dlon = radians(lon) - tlon;
  double s1 = sin_(dlat / 2), s2 = sin_(dlon / 2);
  double a = s1 * s1 + cos_(tlat) * cos_(radians(lat)) * s2 * s2;
  if (a > 1) a = 1;
  return EARTH_RADIUS_KM * 2 * atan2_(sqrt_(a), sqrt_(1 - a));
}

EXPORT(filter) int filter(i64 ctx) {
  double d = distance_km(ctx);
  return d >= 0 && d <= param("radius_km", 9, 10.0);
}
