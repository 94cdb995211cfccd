;; Conformance: the standard log function at each level.
(module
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "checking")
  (data (i32.const 16) "hello")
  (data (i32.const 32) "careful")
  (data (i32.const 48) "bad \e2\9c\93")
  (func (export "levels") (param $ctx i64) (result i32)
    (call $log (i32.const 0) (i32.const 0) (i32.const 8))
    (call $log (i32.const 1) (i32.const 16) (i32.const 5))
    (call $log (i32.const 2) (i32.const 32) (i32.const 7))
    (call $log (i32.const 3) (i32.const 48) (i32.const 7))
    (i32.const 1))
  (func (export "flood") (param $ctx i64) (result i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (i32.const 1000)))
        (call $log (i32.const 1) (i32.const 16) (i32.const 5))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 1)))
