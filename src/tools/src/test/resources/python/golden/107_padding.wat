(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1296))
  (global $heap (mut i32) (i32.const 1296))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1066))
  (global $msg_overflow i32 (i32.const 1096))
  (global $msg_fill i32 (i32.const 1153))
  (global $msg_no_return i32 (i32.const 1221))
  (data (i32.const 1024) "\01\00\00\00\30")
  (data (i32.const 1029) "\01\00\00\00\20")
  (data (i32.const 1034) "\01\00\00\00\5b")
  (data (i32.const 1039) "\01\00\00\00\7c")
  (data (i32.const 1044) "\01\00\00\00\5d")
  (data (i32.const 1049) "\01\00\00\00\73")
  (data (i32.const 1054) "\00\00\00\00")
  (data (i32.const 1058) "\04\00\00\00\66\69\6c\6c")
  (data (i32.const 1066) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1096) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1153) "\40\00\00\00\54\79\70\65\45\72\72\6f\72\3a\20\54\68\65\20\66\69\6c\6c\20\63\68\61\72\61\63\74\65\72\20\6d\75\73\74\20\62\65\20\65\78\61\63\74\6c\79\20\6f\6e\65\20\63\68\61\72\61\63\74\65\72\20\6c\6f\6e\67")
  (data (i32.const 1221) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_s i32) (param $v_fill i32) (result i64)
    (local $v_total i64)
    (local $v_w i64)
    (local $t2 i64)
    (local $t3 i64)
    (local $t4 i64)
    (local $v_a i32)
    (local $v_b i32)
    (local $v_c i32)
    (local $v_d i32)
    (local $v_e i32)
    (local $t10 i32)
    (local $t11 i64)
    (local $t12 i64)
    (local $t13 i64)
    (local $t14 i64)
    (local $t15 i64)
    (local $t16 i64)
    (local $t17 i64)
    (local $t18 i64)
    (local $t19 i64)
    (local $t20 i64)
    (local $t21 i64)
    (local $t22 i64)
    (local $t23 i64)
    (local $t24 i64)
    (local $t25 i64)
    (local.set $v_total (i64.const 0))
    (local.set $t2 (call $sub_ovf (i64.const 0) (i64.const 1)))
    (local.set $t3 (i64.const 9))
    (local.set $t4 (i64.const 1))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t2) (local.get $t3)))
      (local.set $v_w (local.get $t2))
      (block $cnt0
    (local.set $v_a (call $str_pad (local.get $v_s) (local.get $v_w) (local.get $v_fill) (i32.const 0)))
    (local.set $v_b (call $str_pad (local.get $v_s) (local.get $v_w) (local.get $v_fill) (i32.const 1)))
    (local.set $v_c (call $str_pad (local.get $v_s) (local.get $v_w) (local.get $v_fill) (i32.const 2)))
    (local.set $v_d (call $str_pad (local.get $v_s) (local.get $v_w) (i32.const 1024) (i32.const 3)))
    (local.set $v_e (call $str_pad (local.get $v_s) (local.get $v_w) (i32.const 1029) (i32.const 2)))
    (call $log (i32.const 1) (i32.add (local.tee $t10 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1034) (local.get $v_a)) (i32.const 1039)) (local.get $v_b)) (i32.const 1039)) (local.get $v_c)) (i32.const 1039)) (local.get $v_d)) (i32.const 1039)) (local.get $v_e)) (i32.const 1044)))) (i32.const 4)) (i32.and (i32.load (local.get $t10)) (i32.const 1073741823)))
    (local.set $v_total (block (result i64) (local.set $t23 (local.get $v_total)) (local.set $t25 (block (result i64) (local.set $t20 (block (result i64) (local.set $t17 (block (result i64) (local.set $t14 (block (result i64) (local.set $t11 (i64.extend_i32_u (i32.and (i32.load (local.get $v_a)) (i32.const 1073741823)))) (local.set $t13 (i64.extend_i32_u (i32.and (i32.load (local.get $v_b)) (i32.const 1073741823)))) (local.set $t12 (i64.add (local.get $t11) (local.get $t13))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t11) (local.get $t12)) (i64.xor (local.get $t13) (local.get $t12))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t12))) (local.set $t16 (i64.extend_i32_u (i32.and (i32.load (local.get $v_c)) (i32.const 1073741823)))) (local.set $t15 (i64.add (local.get $t14) (local.get $t16))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t14) (local.get $t15)) (i64.xor (local.get $t16) (local.get $t15))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t15))) (local.set $t19 (i64.extend_i32_u (i32.and (i32.load (local.get $v_d)) (i32.const 1073741823)))) (local.set $t18 (i64.add (local.get $t17) (local.get $t19))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t17) (local.get $t18)) (i64.xor (local.get $t19) (local.get $t18))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t18))) (local.set $t22 (i64.extend_i32_u (i32.and (i32.load (local.get $v_e)) (i32.const 1073741823)))) (local.set $t21 (i64.add (local.get $t20) (local.get $t22))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t20) (local.get $t21)) (i64.xor (local.get $t22) (local.get $t21))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t21))) (local.set $t24 (i64.add (local.get $t23) (local.get $t25))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t23) (local.get $t24)) (i64.xor (local.get $t25) (local.get $t24))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t24)))
      )
      (local.set $t2 (i64.add (local.get $t2) (i64.const 1)))
      (br $top0)))
    (return (local.get $v_total))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1049) (i32.const 1054)) (call $param_str (i32.const 1058) (i32.const 1054))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_repeat
  ;; linked: $sub_ovf
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $cp_copy
  ;; linked: $cps_wide
  ;; linked: $str_sub
  ;; linked: $str_pad
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
)
