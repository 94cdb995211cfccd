;; {{name}}: keeps documents whose "price" is at most the max_price parameter (default 100).
;; Edit, then: ./build.sh && quidudf test .
(module
  (import "env" "get_field_f64" (func $get_field_f64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "price")
  (data (i32.const 8) "max_price")
  (func (export "filter") (param $ctx i64) (result i32)
    (local $max f64)
    (local.set $max (f64.const 100))
    (if (i32.eqz (call $get_param_f64 (i32.const 8) (i32.const 9) (i32.const 64)))
      (then (local.set $max (f64.load (i32.const 64)))))
    (if (result i32) (call $get_field_f64 (local.get $ctx) (i32.const 0) (i32.const 5) (i32.const 72))
      (then (i32.const 0))
      (else (f64.le (f64.load (i32.const 72)) (local.get $max))))))
