(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1216))
  (global $heap (mut i32) (i32.const 1216))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1062))
  (global $msg_overflow i32 (i32.const 1092))
  (global $msg_no_return i32 (i32.const 1149))
  (data (i32.const 1024) "\01\00\00\80\e9\00\00\00")
  (data (i32.const 1032) "\01\00\00\00\7a")
  (data (i32.const 1040) "\01\00\00\80\c9\00\00\00")
  (data (i32.const 1048) "\01\00\00\00\61")
  (data (i32.const 1053) "\00\00\00\00")
  (data (i32.const 1057) "\01\00\00\00\62")
  (data (i32.const 1062) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1092) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1149) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_a i32) (param $v_b i32) (result i64)
    (local $v_n i64)
    (local $t1 i64)
    (local $t2 i64)
    (local $t3 i64)
    (local $t4 i64)
    (local $t5 i64)
    (local $t6 i64)
    (local $t7 i64)
    (local $t8 i64)
    (local $t9 i64)
    (local $t10 i64)
    (local $t11 i32)
    (local $t12 i64)
    (local $t13 i64)
    (local $t14 i32)
    (local $t15 i64)
    (local $t16 i64)
    (local.set $v_n (i64.const 0))
    (if (i32.lt_s (call $str_cmp (local.get $v_a) (local.get $v_b)) (i32.const 0)) (then
    (local.set $v_n (block (result i64) (local.set $t1 (local.get $v_n)) (local.set $t2 (i64.add (local.get $t1) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t1) (i64.const -1)) (local.get $t2)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t2)))
    ) (else
    ))
    (if (i32.le_s (call $str_cmp (local.get $v_a) (local.get $v_b)) (i32.const 0)) (then
    (local.set $v_n (block (result i64) (local.set $t3 (local.get $v_n)) (local.set $t4 (i64.add (local.get $t3) (i64.const 10))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t3) (i64.const -1)) (local.get $t4)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t4)))
    ) (else
    ))
    (if (i32.gt_s (call $str_cmp (local.get $v_a) (local.get $v_b)) (i32.const 0)) (then
    (local.set $v_n (block (result i64) (local.set $t5 (local.get $v_n)) (local.set $t6 (i64.add (local.get $t5) (i64.const 100))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t5) (i64.const -1)) (local.get $t6)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t6)))
    ) (else
    ))
    (if (call $str_eq (local.get $v_a) (local.get $v_b)) (then
    (local.set $v_n (block (result i64) (local.set $t7 (local.get $v_n)) (local.set $t8 (i64.add (local.get $t7) (i64.const 1000))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t7) (i64.const -1)) (local.get $t8)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t8)))
    ) (else
    ))
    (if (i32.eqz (call $str_eq (local.get $v_a) (local.get $v_b))) (then
    (local.set $v_n (block (result i64) (local.set $t9 (local.get $v_n)) (local.set $t10 (i64.add (local.get $t9) (i64.const 10000))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t9) (i64.const -1)) (local.get $t10)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t10)))
    ) (else
    ))
    (if (if (result i32) (local.tee $t11 (call $str_eq (call $str_concat (local.get $v_a) (local.get $v_b)) (call $str_concat (local.get $v_a) (local.get $v_b)))) (then (call $str_eq (call $str_slice (call $str_concat (local.get $v_a) (i32.const 1024)) (i64.const 0) (call $sub_ovf (i64.const 0) (i64.const 1))) (local.get $v_a))) (else (local.get $t11))) (then
    (local.set $v_n (block (result i64) (local.set $t12 (local.get $v_n)) (local.set $t13 (i64.add (local.get $t12) (i64.const 100000))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t12) (i64.const -1)) (local.get $t13)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t13)))
    ) (else
    ))
    (if (if (result i32) (local.tee $t14 (i32.gt_s (call $str_cmp (i32.const 1024) (i32.const 1032)) (i32.const 0))) (then (i32.lt_s (call $str_cmp (i32.const 1040) (i32.const 1024)) (i32.const 0))) (else (local.get $t14))) (then
    (local.set $v_n (block (result i64) (local.set $t15 (local.get $v_n)) (local.set $t16 (i64.add (local.get $t15) (i64.const 1000000))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t15) (i64.const -1)) (local.get $t16)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t16)))
    ) (else
    ))
    (return (local.get $v_n))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1048) (i32.const 1053)) (call $param_str (i32.const 1057) (i32.const 1053))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $sub_ovf
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
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $str_cmp
  ;; linked: $clamp
  ;; linked: $str_slice
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
)
