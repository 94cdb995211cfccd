(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "get_param_bool" (func $get_param_bool (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1280))
  (global $heap (mut i32) (i32.const 1280))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1069))
  (global $msg_int_parse i32 (i32.const 1099))
  (global $msg_overflow i32 (i32.const 1153))
  (global $msg_no_return i32 (i32.const 1210))
  (data (i32.const 1024) "\01\00\00\00\7c")
  (data (i32.const 1029) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1037) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1046) "\06\00\00\00\20\20\2d\34\32\20")
  (data (i32.const 1056) "\01\00\00\00\6e")
  (data (i32.const 1061) "\04\00\00\00\66\6c\61\67")
  (data (i32.const 1069) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1099) "\32\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\69\6e\76\61\6c\69\64\20\6c\69\74\65\72\61\6c\20\66\6f\72\20\69\6e\74\28\29\20\77\69\74\68\20\62\61\73\65\20\31\30")
  (data (i32.const 1153) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1210) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_build (param $v_n i64) (param $v_flag i32) (result i32)
    (local $t0 i64)
    (local $t1 i64)
    (local $t2 i64)
    (return (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (local.get $v_n)) (i32.const 1024)) (select (i32.const 1029) (i32.const 1037) (local.get $v_flag))) (i32.const 1024)) (call $int_to_str (block (result i64) (local.set $t0 (call $str_to_int (i32.const 1046))) (local.set $t2 (local.get $v_n)) (local.set $t1 (i64.add (local.get $t0) (local.get $t2))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t0) (local.get $t1)) (i64.xor (local.get $t2) (local.get $t1))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t1)))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func $f_filter (param $v_n i64) (param $v_flag i32) (result i32)
    (local $t0 i32)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $f_build (local.get $v_n) (local.get $v_flag))) (i32.const 4)) (i32.load (local.get $t0)))
    (return (i32.const 1))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1056) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (if (result i32) (i32.eqz (call $get_param_bool (i32.add (i32.const 1061) (i32.const 4)) (i32.const 4) (i32.const 8))) (then (i32.load8_u (i32.const 8))) (else (i32.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_concat
  ;; linked: $clamp
  ;; linked: $str_slice
  ;; linked: $is_space
  ;; linked: $str_strip
  ;; linked: $int_to_str
  ;; linked: $str_to_int
  ;; linked: $add_ovf
  ;; linked: $sub_ovf
  ;; linked: $mul_ovf
)
