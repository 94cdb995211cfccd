(module
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1408))
  (global $c_sp (mut i32) (i32.const 9600))
  (global $heap_base i32 (i32.const 9600))
  (global $heap (mut i32) (i32.const 9600))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_overflow i32 (i32.const 1034))
  (global $msg_neg_pow i32 (i32.const 1091))
  (global $msg_no_return i32 (i32.const 1156))
  (global $msg_zero_neg_pow i32 (i32.const 1214))
  (global $msg_frac_pow i32 (i32.const 1277))
  (global $msg_pow_range i32 (i32.const 1347))
  (data (i32.const 1024) "\01\00\00\00\78")
  (data (i32.const 1029) "\01\00\00\00\79")
  (data (i32.const 1034) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1091) "\3d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\6e\65\67\61\74\69\76\65\20\69\6e\74\65\67\65\72\20\65\78\70\6f\6e\65\6e\74\73\20\61\72\65\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1156) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1214) "\3b\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\30\2e\30\20\63\61\6e\6e\6f\74\20\62\65\20\72\61\69\73\65\64\20\74\6f\20\61\20\6e\65\67\61\74\69\76\65\20\70\6f\77\65\72")
  (data (i32.const 1277) "\42\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\6e\65\67\61\74\69\76\65\20\6e\75\6d\62\65\72\20\63\61\6e\6e\6f\74\20\62\65\20\72\61\69\73\65\64\20\74\6f\20\61\20\66\72\61\63\74\69\6f\6e\61\6c\20\70\6f\77\65\72")
  (data (i32.const 1347) "\34\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\28\33\34\2c\20\27\4e\75\6d\65\72\69\63\61\6c\20\72\65\73\75\6c\74\20\6f\75\74\20\6f\66\20\72\61\6e\67\65\27\29")
  (func $f_filter (param $v_x f64) (param $v_y f64) (result f64)
    (local $v_whole i64)
    (local $v_mixed f64)
    (local.set $v_whole (call $pow_int (i64.const 2) (i64.const 3)))
    (local.set $v_mixed (if (result f64) (i32.eq (call $cmp_int_f64 (i64.const 100) (local.get $v_y)) (i32.const 1)) (then (call $f_pow (f64.convert_i64_s (i64.const 2)) (local.get $v_y))) (else (f64.const 0x1.0p0))))
    (return (f64.add (f64.add (call $f_pow (local.get $v_x) (local.get $v_y)) (f64.convert_i64_s (local.get $v_whole))) (f64.mul (local.get $v_mixed) (f64.const 0x0.0p0))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1024) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))) (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1029) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0)))))
  ;; linked: $trap
  ;; linked: $mul_ovf
  ;; linked: $pow_int
  ;; linked: $cmp_int_f64
  ;; linked: $f_pow
  ;; linked: $pyf_f1
  ;; linked: $pyf_f3
  ;; linked: $pyf_f4
  ;; linked: $pyf_py_pow_error
  ;; linked: $pyf_py_pow
)
