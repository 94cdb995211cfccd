;; custom-score: score = base_score × boost, keep the document when score >= min_score.
;;
;; boost defaults to 1.0 when the document has none; base_score to 0.0.
;; min_score is a UDF parameter (f64, default 0.5, declared in udf.yaml).
;; A second export, `score`, returns the boosted score itself.
(module
  (import "env" "get_field_f64" (func $get_field_f64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))

  (memory (export "memory") 1)
  (data (i32.const 0) "base_score")   ;; 10 bytes
  (data (i32.const 16) "boost")       ;; 5 bytes
  (data (i32.const 32) "min_score")   ;; 9 bytes
  ;; bytes 64..71: scratch for host-written f64 values

  ;; A numeric field of the document, or `default` when missing or not a number.
  (func $field (param $ctx i64) (param $ptr i32) (param $len i32) (param $default f64) (result f64)
    (if (result f64)
      (i32.eqz (call $get_field_f64 (local.get $ctx) (local.get $ptr) (local.get $len) (i32.const 64)))
      (then (f64.load (i32.const 64)))
      (else (local.get $default))))

  (func $boosted (param $ctx i64) (result f64)
    (f64.mul
      (call $field (local.get $ctx) (i32.const 0) (i32.const 10) (f64.const 0))
      (call $field (local.get $ctx) (i32.const 16) (i32.const 5) (f64.const 1))))

  (func (export "score") (param $ctx i64) (result f64)
    (call $boosted (local.get $ctx)))

  (func (export "filter") (param $ctx i64) (result i32)
    (local $min f64)
    (local.set $min (f64.const 0.5))
    (if (i32.eqz (call $get_param_f64 (i32.const 32) (i32.const 9) (i32.const 64)))
      (then (local.set $min (f64.load (i32.const 64)))))
    (f64.ge (call $boosted (local.get $ctx)) (local.get $min))))
