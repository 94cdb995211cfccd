(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1216))
  (global $heap (mut i32) (i32.const 1216))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1054))
  (global $msg_list_index i32 (i32.const 1084))
  (global $msg_empty_sep i32 (i32.const 1123))
  (global $msg_no_return i32 (i32.const 1154))
  (data (i32.const 1024) "\01\00\00\00\5b")
  (data (i32.const 1029) "\02\00\00\00\2c\20")
  (data (i32.const 1035) "\01\00\00\00\5d")
  (data (i32.const 1040) "\01\00\00\00\7c")
  (data (i32.const 1045) "\01\00\00\00\73")
  (data (i32.const 1050) "\00\00\00\00")
  (data (i32.const 1054) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1084) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1123) "\1b\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\65\6d\70\74\79\20\73\65\70\61\72\61\74\6f\72")
  (data (i32.const 1154) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_s i32) (result i32)
    (local $t0 i32)
    (local $t1 i32)
    (local $t2 i32)
    (local $t3 i64)
    (local $v_item.c0 i32)
    (local $t5 i32)
    (local $t6 i32)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $str_utf8 (call $str_repr (local.get $v_s)))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t5 (call $str_utf8 (call $str_concat (call $str_concat (i32.const 1024) (call $str_join (i32.const 1029) (block (result i32)
    (local.set $t1 (call $list_new (i32.const 0)))
    (local.set $t2 (call $str_split (local.get $v_s) (i32.const 0)))
    (local.set $t3 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t3) (i64.extend_i32_u (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)))))
      (local.set $v_item.c0 (i32.load (call $list_addr (local.get $t2) (local.get $t3))))
      (local.set $t3 (i64.add (local.get $t3) (i64.const 1)))
      (block $cnt0
    (call $list_append (local.get $t1) (i64.extend_i32_u (call $str_repr (local.get $v_item.c0))))
      )
      (br $top0)))
    (local.get $t1)))) (i32.const 1035)))) (i32.const 4)) (i32.and (i32.load (local.get $t5)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t6 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $fmt_pad (call $str_repr (local.get $v_s)) (i32.const 32) (i32.const 1) (i64.const 30)) (i32.const 1040)) (call $fmt_pad (local.get $v_s) (i32.const 32) (i32.const 2) (i64.const 40))) (i32.const 1040)) (call $int_to_str (i64.extend_i32_u (i32.and (i32.load (local.get $v_s)) (i32.const 1073741823))))))) (i32.const 4)) (i32.and (i32.load (local.get $t6)) (i32.const 1073741823)))
    (return (i32.const 1))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1045) (i32.const 1050))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $str_repr
  ;; linked: $repr_width
  ;; linked: $printable
  ;; linked: $put_cp
  ;; linked: $put_hex
  ;; linked: $fmt_pad
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $cp_copy
  ;; linked: $cps_wide
  ;; linked: $str_sub
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $mem_eq
  ;; linked: $norm_index
  ;; linked: $is_space
  ;; linked: $match_at
  ;; linked: $find_from
  ;; linked: $str_join
  ;; linked: $str_split
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
