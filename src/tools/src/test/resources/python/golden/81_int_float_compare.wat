(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "get_param_bool" (func $get_param_bool (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1216))
  (global $c_sp (mut i32) (i32.const 9408))
  (global $heap_base i32 (i32.const 9408))
  (global $heap (mut i32) (i32.const 9408))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_overflow i32 (i32.const 1048))
  (global $msg_no_return i32 (i32.const 1105))
  (global $msg_float_parse i32 (i32.const 1163))
  (data (i32.const 1024) "\03\00\00\00\6e\61\6e")
  (data (i32.const 1031) "\03\00\00\00\69\6e\66")
  (data (i32.const 1038) "\01\00\00\00\61")
  (data (i32.const 1043) "\01\00\00\00\78")
  (data (i32.const 1048) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1105) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1163) "\2d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\63\6f\75\6c\64\20\6e\6f\74\20\63\6f\6e\76\65\72\74\20\73\74\72\69\6e\67\20\74\6f\20\66\6c\6f\61\74")
  (func $f_filter (param $v_a i64) (param $v_x f64) (param $v_nan i32) (param $v_inf i32) (result i64)
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
    (if (local.get $v_nan) (then
    (local.set $v_x (call $f_parse (i32.const 1024)))
    ) (else
    ))
    (if (local.get $v_inf) (then
    (local.set $v_x (f64.neg (call $f_parse (i32.const 1031))))
    ) (else
    ))
    (local.set $v_n (i64.const 0))
    (if (i32.eqz (call $cmp_int_f64 (local.get $v_a) (local.get $v_x))) (then
    (local.set $v_n (block (result i64) (local.set $t1 (local.get $v_n)) (local.set $t2 (i64.add (local.get $t1) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t1) (i64.const -1)) (local.get $t2)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t2)))
    ) (else
    ))
    (if (i32.eq (call $cmp_int_f64 (local.get $v_a) (local.get $v_x)) (i32.const -1)) (then
    (local.set $v_n (block (result i64) (local.set $t3 (local.get $v_n)) (local.set $t4 (i64.add (local.get $t3) (i64.const 2))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t3) (i64.const -1)) (local.get $t4)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t4)))
    ) (else
    ))
    (if (i32.le_u (i32.add (call $cmp_int_f64 (local.get $v_a) (local.get $v_x)) (i32.const 1)) (i32.const 1)) (then
    (local.set $v_n (block (result i64) (local.set $t5 (local.get $v_n)) (local.set $t6 (i64.add (local.get $t5) (i64.const 4))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t5) (i64.const -1)) (local.get $t6)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t6)))
    ) (else
    ))
    (if (i32.eq (call $cmp_int_f64 (local.get $v_a) (local.get $v_x)) (i32.const 1)) (then
    (local.set $v_n (block (result i64) (local.set $t7 (local.get $v_n)) (local.set $t8 (i64.add (local.get $t7) (i64.const 8))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t7) (i64.const -1)) (local.get $t8)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t8)))
    ) (else
    ))
    (if (i32.lt_u (call $cmp_int_f64 (local.get $v_a) (local.get $v_x)) (i32.const 2)) (then
    (local.set $v_n (block (result i64) (local.set $t9 (local.get $v_n)) (local.set $t10 (i64.add (local.get $t9) (i64.const 16))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t9) (i64.const -1)) (local.get $t10)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t10)))
    ) (else
    ))
    (if (i32.ne (call $cmp_int_f64 (local.get $v_a) (local.get $v_x)) (i32.const 0)) (then
    (local.set $v_n (block (result i64) (local.set $t11 (local.get $v_n)) (local.set $t12 (i64.add (local.get $t11) (i64.const 32))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t11) (i64.const -1)) (local.get $t12)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t12)))
    ) (else
    ))
    (if (i32.eq (call $cmp_int_f64 (local.get $v_a) (local.get $v_x)) (i32.const 1)) (then
    (local.set $v_n (block (result i64) (local.set $t13 (local.get $v_n)) (local.set $t14 (i64.add (local.get $t13) (i64.const 64))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t13) (i64.const -1)) (local.get $t14)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t14)))
    ) (else
    ))
    (if (i32.le_u (i32.add (call $cmp_int_f64 (local.get $v_a) (local.get $v_x)) (i32.const 1)) (i32.const 1)) (then
    (local.set $v_n (block (result i64) (local.set $t15 (local.get $v_n)) (local.set $t16 (i64.add (local.get $t15) (i64.const 128))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t15) (i64.const -1)) (local.get $t16)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t16)))
    ) (else
    ))
    (if (i32.eqz (call $cmp_int_f64 (local.get $v_a) (local.get $v_x))) (then
    (local.set $v_n (block (result i64) (local.set $t17 (local.get $v_n)) (local.set $t18 (i64.add (local.get $t17) (i64.const 256))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t17) (i64.const -1)) (local.get $t18)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t18)))
    ) (else
    ))
    (if (if (result i32) (i64.lt_s (i64.const 0) (local.tee $t19 (local.get $v_a))) (then (i32.eq (call $cmp_int_f64 (local.get $t19) (local.get $v_x)) (i32.const -1))) (else (i32.const 0))) (then
    (local.set $v_n (block (result i64) (local.set $t20 (local.get $v_n)) (local.set $t21 (i64.add (local.get $t20) (i64.const 512))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t20) (i64.const -1)) (local.get $t21)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t21)))
    ) (else
    ))
    (return (local.get $v_n))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1038) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1043) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))) (if (result i32) (i32.eqz (call $get_param_bool (i32.add (i32.const 1024) (i32.const 4)) (i32.const 3) (i32.const 8))) (then (i32.load8_u (i32.const 8))) (else (i32.const 0))) (if (result i32) (i32.eqz (call $get_param_bool (i32.add (i32.const 1031) (i32.const 4)) (i32.const 3) (i32.const 8))) (then (i32.load8_u (i32.const 8))) (else (i32.const 0)))))
  ;; linked: $trap
  ;; linked: $cmp_int_f64
  ;; linked: $f_parse
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f23
  ;; linked: $pyf_f24
  ;; linked: $pyf_f25
  ;; linked: $pyf_f27
  ;; linked: $pyf_py_strtod
  ;; linked: $pyf_f29
)
