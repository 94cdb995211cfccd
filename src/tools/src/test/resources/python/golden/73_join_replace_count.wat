(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1312))
  (global $heap (mut i32) (i32.const 1312))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1131))
  (global $msg_empty_sep i32 (i32.const 1161))
  (global $msg_overflow i32 (i32.const 1192))
  (global $msg_no_return i32 (i32.const 1249))
  (data (i32.const 1024) "\01\00\00\00\7c")
  (data (i32.const 1029) "\01\00\00\00\20")
  (data (i32.const 1036) "\01\00\00\80\b7\00\00\00")
  (data (i32.const 1044) "\00\00\00\00")
  (data (i32.const 1048) "\02\00\00\00\2c\20")
  (data (i32.const 1056) "\01\00\00\80\e9\00\00\00")
  (data (i32.const 1064) "\01\00\00\00\61")
  (data (i32.const 1072) "\01\00\00\80\00\f6\01\00")
  (data (i32.const 1080) "\01\00\00\00\5b")
  (data (i32.const 1085) "\01\00\00\00\5d")
  (data (i32.const 1092) "\04\00\00\80\61\00\00\00\62\00\00\00\63\00\00\00\e9\00\00\00")
  (data (i32.const 1112) "\01\00\00\00\73")
  (data (i32.const 1117) "\03\00\00\00\6f\6c\64")
  (data (i32.const 1124) "\03\00\00\00\6e\65\77")
  (data (i32.const 1131) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1161) "\1b\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\65\6d\70\74\79\20\73\65\70\61\72\61\74\6f\72")
  (data (i32.const 1192) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1249) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_s i32) (param $v_old i32) (param $v_new i32) (result i64)
    (local $t0 i32)
    (local $t1 i32)
    (local $v_words i32)
    (local $t3 i32)
    (local $t4 i32)
    (local $v_empty i32)
    (local $t6 i32)
    (local $t7 i64)
    (local $t8 i64)
    (local $t9 i64)
    (local $t10 i64)
    (local $t11 i64)
    (local $t12 i64)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $str_utf8 (call $str_replace (local.get $v_s) (local.get $v_old) (local.get $v_new) (i64.const -1)))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t1 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_replace (local.get $v_s) (local.get $v_old) (local.get $v_new) (i64.const 1)) (i32.const 1024)) (call $str_replace (local.get $v_s) (local.get $v_old) (local.get $v_new) (i64.const 0))) (i32.const 1024)) (call $str_replace (local.get $v_s) (local.get $v_old) (local.get $v_new) (call $sub_ovf (i64.const 0) (i64.const 1)))))) (i32.const 4)) (i32.and (i32.load (local.get $t1)) (i32.const 1073741823)))
    (local.set $v_words (call $str_split (local.get $v_s) (i32.const 1029)))
    (call $log (i32.const 1) (i32.add (local.tee $t4 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_join (i32.const 1036) (local.get $v_words)) (i32.const 1024)) (call $str_join (i32.const 1044) (local.get $v_words))) (i32.const 1024)) (call $str_join (i32.const 1048) (block (result i32) (local.set $t3 (call $list_new (i32.const 0))) (call $list_append (local.get $t3) (i64.extend_i32_u (i32.const 1056))) (call $list_append (local.get $t3) (i64.extend_i32_u (i32.const 1064))) (call $list_append (local.get $t3) (i64.extend_i32_u (i32.const 1072))) (local.get $t3)))))) (i32.const 4)) (i32.and (i32.load (local.get $t4)) (i32.const 1073741823)))
    (local.set $v_empty (call $list_new (i32.const 0)))
    (call $log (i32.const 1) (i32.add (local.tee $t6 (call $str_utf8 (call $str_concat (call $str_concat (i32.const 1080) (call $str_join (i32.const 1056) (local.get $v_empty))) (i32.const 1085)))) (i32.const 4)) (i32.and (i32.load (local.get $t6)) (i32.const 1073741823)))
    (return (block (result i64) (local.set $t10 (block (result i64) (local.set $t7 (call $mul_ovf (call $str_count (local.get $v_s) (local.get $v_old)) (i64.const 100))) (local.set $t9 (call $mul_ovf (call $str_count (local.get $v_s) (i32.const 1056)) (i64.const 10))) (local.set $t8 (i64.add (local.get $t7) (local.get $t9))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t7) (local.get $t8)) (i64.xor (local.get $t9) (local.get $t8))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t8))) (local.set $t12 (call $str_count (i32.const 1092) (i32.const 1044))) (local.set $t11 (i64.add (local.get $t10) (local.get $t12))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t10) (local.get $t11)) (i64.xor (local.get $t12) (local.get $t11))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t11)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1112) (i32.const 1044)) (call $param_str (i32.const 1117) (i32.const 1044)) (call $param_str (i32.const 1124) (i32.const 1044))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_append
  ;; linked: $sub_ovf
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
  ;; linked: $str_concat
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $mem_eq
  ;; linked: $is_space
  ;; linked: $match_at
  ;; linked: $find_from
  ;; linked: $str_count
  ;; linked: $str_replace
  ;; linked: $str_join
  ;; linked: $str_split
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
)
