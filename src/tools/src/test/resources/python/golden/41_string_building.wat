(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1200))
  (global $heap (mut i32) (i32.const 1200))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1038))
  (global $msg_overflow i32 (i32.const 1068))
  (global $msg_no_return i32 (i32.const 1125))
  (data (i32.const 1024) "\00\00\00\00")
  (data (i32.const 1028) "\01\00\00\00\2c")
  (data (i32.const 1033) "\01\00\00\00\6e")
  (data (i32.const 1038) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1068) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1125) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_build (param $v_n i64) (result i32)
    (local $v_out i32)
    (local $v_i i64)
    (local $t2 i64)
    (local $t3 i64)
    (local.set $v_out (i32.const 1024))
    (local.set $v_i (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i32.eqz (i64.lt_s (local.get $v_i) (local.get $v_n))))
      (block $cnt0
    (local.set $v_out (call $str_append (local.get $v_out) (call $int_to_str (local.get $v_i))))
    (if (i64.lt_s (local.get $v_i) (block (result i64) (local.set $t2 (local.get $v_n)) (local.set $t3 (i64.sub (local.get $t2) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (local.get $t2) (i64.xor (local.get $t3) (i64.const -1))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t3))) (then
    (local.set $v_out (call $str_append (local.get $v_out) (i32.const 1028)))
    ) (else
    ))
    (local.set $v_i (i64.add (local.get $v_i) (i64.const 1)))
      )
      (br $top0)))
    (return (call $str_share (local.get $v_out)))
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
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1033) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
