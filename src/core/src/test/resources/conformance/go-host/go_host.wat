;; Conformance: the variants of Quidditch's Go host, which return values directly.
;; Memory: 0 "field" name of the parameter; 16 length slot; 32.. field name; 512 "hello go".
(module
  (import "env" "get_field_int64" (func $int (param i64 i32 i32) (result i64)))
  (import "env" "get_field_float64" (func $float (param i64 i32 i32) (result f64)))
  (import "env" "get_field_bool" (func $bool (param i64 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32)))
  (import "env" "get_param_string" (func $gps (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "field")
  (data (i32.const 512) "hello go")

  (func $name (result i32)
    (i32.store (i32.const 16) (i32.const 256))
    (drop (call $gps (i32.const 0) (i32.const 5) (i32.const 32) (i32.const 16)))
    (i32.load (i32.const 16)))

  (func (export "int64") (param $ctx i64) (result i64)
    (call $int (local.get $ctx) (i32.const 32) (call $name)))
  (func (export "float64") (param $ctx i64) (result f64)
    (call $float (local.get $ctx) (i32.const 32) (call $name)))
  (func (export "bool") (param $ctx i64) (result i32)
    (call $bool (local.get $ctx) (i32.const 32) (call $name)))
  (func (export "log") (param $ctx i64) (result i32)
    (call $log (i32.const 512) (i32.const 8))
    (i32.const 1)))
