(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1232))
  (global $heap (mut i32) (i32.const 1232))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1080))
  (global $msg_overflow i32 (i32.const 1110))
  (global $msg_no_return i32 (i32.const 1167))
  (data (i32.const 1024) "\01\00\00\00\41")
  (data (i32.const 1029) "\05\00\00\00\5c\64\2b\5c\6e")
  (data (i32.const 1038) "\04\00\00\00\61\5c\27\62")
  (data (i32.const 1046) "\06\00\00\00\07\08\0c\0b\00\07")
  (data (i32.const 1056) "\03\00\00\00\41\09\42")
  (data (i32.const 1063) "\04\00\00\00\69\74\27\73")
  (data (i32.const 1071) "\01\00\00\00\73")
  (data (i32.const 1076) "\00\00\00\00")
  (data (i32.const 1080) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1110) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1167) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
    (local $v_n i64)
    (local $t1 i32)
    (local $t2 i32)
    (local $t3 i32)
    (local $t4 i64)
    (local $t5 i64)
    (local $t6 i64)
    (local $t7 i64)
    (local $t8 i32)
    (local $t9 i64)
    (local $t10 i64)
    (local $t11 i64)
    (local $t12 i64)
    (local $t13 i64)
    (local $t14 i64)
    (local $t15 i64)
    (local $t16 i64)
    (local $t17 i64)
    (local.set $v_n (i64.const 0))
    (if (if (result i32) (local.tee $t3 (if (result i32) (local.tee $t2 (if (result i32) (local.tee $t1 (call $str_eq (i32.const 1024) (i32.const 1024))) (then (call $str_eq (i32.const 1024) (i32.const 1024))) (else (local.get $t1)))) (then (call $str_eq (i32.const 1024) (i32.const 1024))) (else (local.get $t2)))) (then (call $str_eq (i32.const 1024) (i32.const 1024))) (else (local.get $t3))) (then
    (local.set $v_n (block (result i64) (local.set $t4 (local.get $v_n)) (local.set $t5 (i64.add (local.get $t4) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t4) (i64.const -1)) (local.get $t5)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t5)))
    ) (else
    ))
    (if (call $str_eq (i32.const 1024) (i32.const 1024)) (then
    (local.set $v_n (block (result i64) (local.set $t6 (local.get $v_n)) (local.set $t7 (i64.add (local.get $t6) (i64.const 10))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t6) (i64.const -1)) (local.get $t7)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t7)))
    ) (else
    ))
    (if (if (result i32) (local.tee $t8 (i64.eq (i64.extend_i32_u (i32.and (i32.load (i32.const 1029)) (i32.const 1073741823))) (i64.const 5))) (then (call $str_eq (i32.const 1038) (i32.const 1038))) (else (local.get $t8))) (then
    (local.set $v_n (block (result i64) (local.set $t9 (local.get $v_n)) (local.set $t10 (i64.add (local.get $t9) (i64.const 100))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t9) (i64.const -1)) (local.get $t10)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t10)))
    ) (else
    ))
    (if (i64.eq (i64.extend_i32_u (i32.and (i32.load (i32.const 1046)) (i32.const 1073741823))) (i64.const 6)) (then
    (local.set $v_n (block (result i64) (local.set $t11 (local.get $v_n)) (local.set $t12 (i64.add (local.get $t11) (i64.const 1000))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t11) (i64.const -1)) (local.get $t12)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t12)))
    ) (else
    ))
    (if (call $str_eq (local.get $v_s) (i32.const 1056)) (then
    (local.set $v_n (block (result i64) (local.set $t13 (local.get $v_n)) (local.set $t14 (i64.add (local.get $t13) (i64.const 10000))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t13) (i64.const -1)) (local.get $t14)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t14)))
    ) (else
    ))
    (return (block (result i64) (local.set $t15 (local.get $v_n)) (local.set $t17 (call $mul_ovf (i64.extend_i32_u (i32.and (i32.load (i32.const 1063)) (i32.const 1073741823))) (i64.const 100000))) (local.set $t16 (i64.add (local.get $t15) (local.get $t17))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t15) (local.get $t16)) (i64.xor (local.get $t17) (local.get $t16))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t16)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1071) (i32.const 1076))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $mul_ovf
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_fit
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
)
