(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1168))
  (global $heap (mut i32) (i32.const 1168))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1073))
  (global $msg_no_return i32 (i32.const 1103))
  (data (i32.const 1024) "\01\00\00\00\3a")
  (data (i32.const 1029) "\02\00\00\00\6c\6f")
  (data (i32.const 1035) "\02\00\00\00\68\65")
  (data (i32.const 1041) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1049) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1058) "\02\00\00\00\6c\64")
  (data (i32.const 1064) "\01\00\00\00\73")
  (data (i32.const 1069) "\00\00\00\00")
  (data (i32.const 1073) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1103) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $param_str (param $name i32) (param $dflt i32) (result i32) (local $buf i32) (local $rc i32)
    (local.set $buf (call $str_new (i32.const 256)))
    (i32.store (i32.const 0) (i32.const 256))
    (local.set $rc (call $get_param_string (i32.add (local.get $name) (i32.const 4)) (i32.load (local.get $name)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))
    (if (i32.eq (local.get $rc) (i32.const 3)) (then
      (local.set $buf (call $str_new (i32.load (i32.const 0))))
      (local.set $rc (call $get_param_string (i32.add (local.get $name) (i32.const 4)) (i32.load (local.get $name)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))))
    (if (i32.ne (local.get $rc) (i32.const 0)) (then (return (local.get $dflt))))
    (i32.store (local.get $buf) (i32.load (i32.const 0)))
    (local.get $buf))
  (func $f_build (param $v_s i32) (result i32)
    (local $v_t i32)
    (local.set $v_t (call $str_case (call $str_strip (local.get $v_s)) (i32.const 0)))
    (return (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_case (local.get $v_t) (i32.const 1)) (i32.const 1024)) (local.get $v_t)) (i32.const 1024)) (call $int_to_str (call $str_find (local.get $v_t) (i32.const 1029)))) (i32.const 1024)) (select (i32.const 1041) (i32.const 1049) (call $str_startswith (local.get $v_t) (i32.const 1035)))) (select (i32.const 1041) (i32.const 1049) (call $str_endswith (local.get $v_t) (i32.const 1058)))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func $f_filter (param $v_s i32) (result i32)
    (local $t0 i32)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $f_build (local.get $v_s))) (i32.const 4)) (i32.load (local.get $t0)))
    (return (i32.const 1))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1064) (i32.const 1069))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_concat
  ;; linked: $clamp
  ;; linked: $str_slice
  ;; linked: $str_case
  ;; linked: $is_space
  ;; linked: $str_strip
  ;; linked: $match_at
  ;; linked: $str_startswith
  ;; linked: $str_endswith
  ;; linked: $str_find
  ;; linked: $int_to_str
)
