(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1184))
  (global $heap (mut i32) (i32.const 1184))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1038))
  (global $msg_key i32 (i32.const 1068))
  (global $msg_no_return i32 (i32.const 1108))
  (data (i32.const 1024) "\01\00\00\00\61")
  (data (i32.const 1029) "\01\00\00\00\6b")
  (data (i32.const 1034) "\00\00\00\00")
  (data (i32.const 1038) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1068) "\24\00\00\00\4b\65\79\45\72\72\6f\72\3a\20\74\68\65\20\6b\65\79\20\69\73\20\6e\6f\74\20\69\6e\20\74\68\65\20\64\69\63\74")
  (data (i32.const 1108) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $param_str (param $name i32) (param $dflt i32) (result i32) (local $buf i32) (local $rc i32)
    (local.set $buf (call $str_new (i32.const 256)))
    (i32.store (i32.const 0) (i32.const 256))
    (local.set $rc (call $get_param_string (i32.add (local.get $name) (i32.const 4)) (i32.and (i32.load (local.get $name)) (i32.const 1073741823)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))
    (if (i32.eq (local.get $rc) (i32.const 3)) (then
      (local.set $buf (call $str_new (i32.load (i32.const 0))))
      (local.set $rc (call $get_param_string (i32.add (local.get $name) (i32.const 4)) (i32.and (i32.load (local.get $name)) (i32.const 1073741823)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))))
    (if (i32.ne (local.get $rc) (i32.const 0)) (then (return (local.get $dflt))))
    (i32.store (local.get $buf) (i32.load (i32.const 0)))
    (call $str_from_utf8 (local.get $buf)))
  (func $f_filter (param $v_k i32) (result i64)
    (local $t0 i32)
    (local $v_d i32)
    (local.set $v_d (block (result i32) (local.set $t0 (call $dict_new)) (call $dict_set (local.get $t0) (i64.extend_i32_u (i32.const 1024)) (i64.const 1) (i32.const 2)) (local.get $t0)))
    (return (call $dict_get (local.get $v_d) (i64.extend_i32_u (local.get $v_k)) (i32.const 2)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1029) (i32.const 1034))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_append
  ;; linked: $dict_new
  ;; linked: $dict_find
  ;; linked: $dict_slot
  ;; linked: $dict_get
  ;; linked: $dict_set
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_fit
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
)
