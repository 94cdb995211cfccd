(module
  (import "env" "get_field_f64" (func $get_field_f64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1488))
  (global $c_sp (mut i32) (i32.const 9680))
  (global $heap_base i32 (i32.const 9680))
  (global $heap (mut i32) (i32.const 9680))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1128))
  (global $msg_overflow i32 (i32.const 1158))
  (global $msg_truediv_zero i32 (i32.const 1215))
  (global $msg_fixed_prec i32 (i32.const 1254))
  (global $msg_domain i32 (i32.const 1313))
  (global $msg_no_return i32 (i32.const 1346))
  (global $msg_trig_range i32 (i32.const 1404))
  (data (i32.const 1024) "\03\00\00\00\6c\61\74")
  (data (i32.const 1031) "\03\00\00\00\6c\6f\6e")
  (data (i32.const 1038) "\07\00\00\00\69\6e\73\69\64\65\3d")
  (data (i32.const 1049) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1057) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1066) "\09\00\00\00\20\63\65\6e\74\72\65\3d\28")
  (data (i32.const 1079) "\02\00\00\00\2c\20")
  (data (i32.const 1085) "\05\00\00\00\29\20\6b\6d\3d")
  (data (i32.const 1094) "\05\00\00\00\73\6f\75\74\68")
  (data (i32.const 1103) "\04\00\00\00\77\65\73\74")
  (data (i32.const 1111) "\05\00\00\00\6e\6f\72\74\68")
  (data (i32.const 1120) "\04\00\00\00\65\61\73\74")
  (data (i32.const 1128) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1158) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1215) "\23\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1254) "\37\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\61\20\70\72\65\63\69\73\69\6f\6e\20\61\62\6f\76\65\20\31\30\30\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1313) "\1d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\6d\61\74\68\20\64\6f\6d\61\69\6e\20\65\72\72\6f\72")
  (data (i32.const 1346) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1404) "\44\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\73\69\6e\2c\20\63\6f\73\20\61\6e\64\20\74\61\6e\20\6f\66\20\7c\78\7c\20\3e\3d\20\32\2a\2a\31\30\30\20\61\72\65\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (func $f_filter (param $v_south i64) (param $v_west i64) (param $v_north i64) (param $v_east i64) (result i32)
    (local $t0 i32)
    (local $v_lat f64)
    (local $t2 i32)
    (local $v_lon f64)
    (local $t4 f64)
    (local $t5 f64)
    (local $t6 i32)
    (local $v_inside i32)
    (local $t8 i64)
    (local $t9 i64)
    (local $t10 i64)
    (local $v_clat f64)
    (local $t12 i64)
    (local $t13 i64)
    (local $t14 i64)
    (local $v_clon f64)
    (local $v_dy f64)
    (local $v_dx f64)
    (local $t18 i32)
    (local.set $v_lat (if (result f64) (i32.eqz (call $get_field_f64 (global.get $ctx) (i32.add (local.tee $t0 (call $str_utf8 (i32.const 1024))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))))
    (local.set $v_lon (if (result f64) (i32.eqz (call $get_field_f64 (global.get $ctx) (i32.add (local.tee $t2 (call $str_utf8 (i32.const 1031))) (i32.const 4)) (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))))
    (local.set $v_inside (if (result i32) (local.tee $t6 (if (result i32) (i32.le_u (i32.add (call $cmp_int_f64 (local.get $v_south) (local.tee $t4 (local.get $v_lat))) (i32.const 1)) (i32.const 1)) (then (i32.lt_u (call $cmp_int_f64 (local.get $v_north) (local.get $t4)) (i32.const 2))) (else (i32.const 0)))) (then (if (result i32) (i32.le_u (i32.add (call $cmp_int_f64 (local.get $v_west) (local.tee $t5 (local.get $v_lon))) (i32.const 1)) (i32.const 1)) (then (i32.lt_u (call $cmp_int_f64 (local.get $v_east) (local.get $t5)) (i32.const 2))) (else (i32.const 0)))) (else (local.get $t6))))
    (local.set $v_clat (call $int_truediv (block (result i64) (local.set $t8 (local.get $v_south)) (local.set $t10 (local.get $v_north)) (local.set $t9 (i64.add (local.get $t8) (local.get $t10))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t8) (local.get $t9)) (i64.xor (local.get $t10) (local.get $t9))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t9)) (i64.const 2)))
    (local.set $v_clon (call $int_truediv (block (result i64) (local.set $t12 (local.get $v_west)) (local.set $t14 (local.get $v_east)) (local.set $t13 (i64.add (local.get $t12) (local.get $t14))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t12) (local.get $t13)) (i64.xor (local.get $t14) (local.get $t13))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t13)) (i64.const 2)))
    (local.set $v_dy (f64.mul (f64.sub (local.get $v_lat) (local.get $v_clat)) (f64.const 0x1.bd47ae147ae14p6)))
    (local.set $v_dx (f64.mul (f64.mul (f64.sub (local.get $v_lon) (local.get $v_clon)) (f64.const 0x1.bd47ae147ae14p6)) (call $m_cos (f64.mul (local.get $v_clat) (f64.const 0x1.1df46a2529d39p-6)))))
    (call $log (i32.const 1) (i32.add (local.tee $t18 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1038) (select (i32.const 1049) (i32.const 1057) (local.get $v_inside))) (i32.const 1066)) (call $f_repr (local.get $v_clat))) (i32.const 1079)) (call $f_repr (local.get $v_clon))) (i32.const 1085)) (call $f_fixed (call $sqrt (f64.add (f64.mul (local.get $v_dx) (local.get $v_dx)) (f64.mul (local.get $v_dy) (local.get $v_dy)))) (i64.const 1))))) (i32.const 4)) (i32.and (i32.load (local.get $t18)) (i32.const 1073741823)))
    (return (local.get $v_inside))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1094) (i32.const 4)) (i32.const 5) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1103) (i32.const 4)) (i32.const 4) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1111) (i32.const 4)) (i32.const 5) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1120) (i32.const 4)) (i32.const 4) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $int_truediv
  ;; linked: $cmp_int_f64
  ;; linked: $sqrt
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_concat
  ;; linked: $str_utf8
  ;; linked: $m_angle
  ;; linked: $m_cos
  ;; linked: $f_repr
  ;; linked: $f_fixed
  ;; linked: $pyf_f4
  ;; linked: $pyf_f6
  ;; linked: $pyf_f7
  ;; linked: $pyf_f8
  ;; linked: $pyf_py_cos
  ;; linked: $pyf_py_repr
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f23
  ;; linked: $pyf_f24
  ;; linked: $pyf_f25
  ;; linked: $pyf_py_fixed
  ;; linked: $pyf_f27
)
