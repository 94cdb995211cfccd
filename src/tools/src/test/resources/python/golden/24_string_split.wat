(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1264))
  (global $heap (mut i32) (i32.const 1264))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1038))
  (global $msg_list_index i32 (i32.const 1068))
  (global $msg_empty_sep i32 (i32.const 1107))
  (global $msg_overflow i32 (i32.const 1138))
  (global $msg_no_return i32 (i32.const 1195))
  (data (i32.const 1024) "\01\00\00\00\2c")
  (data (i32.const 1029) "\01\00\00\00\73")
  (data (i32.const 1034) "\00\00\00\00")
  (data (i32.const 1038) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1068) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1107) "\1b\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\65\6d\70\74\79\20\73\65\70\61\72\61\74\6f\72")
  (data (i32.const 1138) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1195) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_s i32) (result i64)
    (local $v_words i32)
    (local $v_parts i32)
    (local $t2 i64)
    (local $t3 i64)
    (local $t4 i64)
    (local $t5 i64)
    (local $t6 i64)
    (local $t7 i64)
    (local.set $v_words (call $str_split (local.get $v_s) (i32.const 0)))
    (local.set $v_parts (call $str_split (local.get $v_s) (i32.const 1024)))
    (return (block (result i64) (local.set $t5 (block (result i64) (local.set $t2 (call $mul_ovf (i64.extend_i32_u (i32.load (local.get $v_words))) (i64.const 100))) (local.set $t4 (call $mul_ovf (i64.extend_i32_u (i32.load (local.get $v_parts))) (i64.const 10))) (local.set $t3 (i64.add (local.get $t2) (local.get $t4))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t2) (local.get $t3)) (i64.xor (local.get $t4) (local.get $t3))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t3))) (local.set $t7 (i64.extend_i32_u (i32.and (i32.load (i32.load (call $list_addr (local.get $v_words) (i64.const 0)))) (i32.const 1073741823)))) (local.set $t6 (i64.add (local.get $t5) (local.get $t7))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t5) (local.get $t6)) (i64.xor (local.get $t7) (local.get $t6))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t6)))
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
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $mul_ovf
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $cp_copy
  ;; linked: $cps_wide
  ;; linked: $str_sub
  ;; linked: $str_fit
  ;; linked: $mem_eq
  ;; linked: $norm_index
  ;; linked: $is_space
  ;; linked: $match_at
  ;; linked: $find_from
  ;; linked: $str_split
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
)
