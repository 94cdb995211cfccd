// {{name}}: keeps documents whose "price" is at most the max_price parameter (default 100).
// Edit, then: ./build.sh && quidudf test .
typedef long long i64;

__attribute__((import_module("env"), import_name("get_field_f64")))
int get_field_f64(i64 ctx, const char *name, int name_len, double *out);
__attribute__((import_module("env"), import_name("get_param_f64")))
int get_param_f64(const char *name, int name_len, double *out);

__attribute__((export_name("filter"))) int filter(i64 ctx) {
  double max = 100, price;
  if (get_param_f64("max_price", 9, &max) != 0) max = 100;
  if (get_field_f64(ctx, "price", 5, &price) != 0) return 0;
  return price <= max;
}
