(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1184))
  (global $heap (mut i32) (i32.const 1184))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1083))
  (global $msg_no_return i32 (i32.const 1113))
  (data (i32.const 1024) "\01\00\00\00\20")
  (data (i32.const 1029) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1037) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1048) "\01\00\00\80\e9\00\00\00")
  (data (i32.const 1056) "\01\00\00\80\e8\00\00\00")
  (data (i32.const 1064) "\01\00\00\00\78")
  (data (i32.const 1069) "\01\00\00\00\73")
  (data (i32.const 1074) "\00\00\00\00")
  (data (i32.const 1078) "\01\00\00\00\70")
  (data (i32.const 1083) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1113) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_s i32) (param $v_p i32) (result i64)
    (local $t0 i32)
    (local $t1 i32)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (call $str_find (local.get $v_s) (local.get $v_p))) (i32.const 1024)) (select (i32.const 1029) (i32.const 1037) (i64.ge_s (call $str_find (local.get $v_s) (local.get $v_p)) (i64.const 0)))) (i32.const 1024)) (select (i32.const 1029) (i32.const 1037) (call $str_startswith (local.get $v_s) (local.get $v_p)))) (i32.const 1024)) (select (i32.const 1029) (i32.const 1037) (call $str_endswith (local.get $v_s) (local.get $v_p)))))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t1 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (select (i32.const 1029) (i32.const 1037) (i64.ge_s (call $str_find (local.get $v_s) (i32.const 1048)) (i64.const 0))) (i32.const 1024)) (call $int_to_str (call $str_find (local.get $v_s) (i32.const 1056)))) (i32.const 1024)) (select (i32.const 1029) (i32.const 1037) (i64.ge_s (call $str_find (local.get $v_s) (i32.const 1064)) (i64.const 0)))))) (i32.const 4)) (i32.and (i32.load (local.get $t1)) (i32.const 1073741823)))
    (return (call $str_find (local.get $v_s) (local.get $v_p)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1069) (i32.const 1074)) (call $param_str (i32.const 1078) (i32.const 1074))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $mem_eq
  ;; linked: $match_at
  ;; linked: $str_startswith
  ;; linked: $str_endswith
  ;; linked: $find_from
  ;; linked: $str_find
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
