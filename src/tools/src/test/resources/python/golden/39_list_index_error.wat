(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1168))
  (global $heap (mut i32) (i32.const 1168))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1029))
  (global $msg_list_index i32 (i32.const 1059))
  (global $msg_no_return i32 (i32.const 1098))
  (data (i32.const 1024) "\01\00\00\00\69")
  (data (i32.const 1029) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1059) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1098) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_filter (param $v_i i64) (result i64)
    (local $t0 i32)
    (local $v_xs i32)
    (local.set $v_xs (block (result i32) (local.set $t0 (call $list_new (i32.const 0))) (call $list_append (local.get $t0) (i64.const 1)) (call $list_append (local.get $t0) (i64.const 2)) (call $list_append (local.get $t0) (i64.const 3)) (local.get $t0)))
    (return (i64.load (call $list_addr (local.get $v_xs) (local.get $v_i))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1024) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $norm_index
)
