(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1136))
  (global $heap (mut i32) (i32.const 1136))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1039))
  (global $msg_no_return i32 (i32.const 1069))
  (data (i32.const 1024) "\01\00\00\00\78")
  (data (i32.const 1029) "\01\00\00\00\21")
  (data (i32.const 1034) "\01\00\00\00\6e")
  (data (i32.const 1039) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1069) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_build (param $v_n i64) (result i32)
    (if (i32.eq (call $cmp_int_f64 (i64.const 10) (f64.mul (f64.convert_i64_s (local.get $v_n)) (f64.const 0x1.0p-2))) (i32.const -1)) (then
    (return (call $str_concat (i32.const 1024) (i32.const 1029)))
    ) (else
    ))
    (return (i32.const 1024))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func $f_filter (param $v_n i64) (result i32)
    (local $t0 i32)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $str_utf8 (call $f_build (local.get $v_n)))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)))
    (return (i32.const 1))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1034) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $cmp_int_f64
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_concat
  ;; linked: $str_utf8
)
