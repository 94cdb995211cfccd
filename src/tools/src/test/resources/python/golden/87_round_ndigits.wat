(module
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1440))
  (global $c_sp (mut i32) (i32.const 9632))
  (global $heap_base i32 (i32.const 9632))
  (global $heap (mut i32) (i32.const 9632))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1039))
  (global $msg_overflow i32 (i32.const 1069))
  (global $msg_zero_div i32 (i32.const 1126))
  (global $msg_fixed_prec i32 (i32.const 1183))
  (global $msg_round_neg i32 (i32.const 1242))
  (global $msg_no_return i32 (i32.const 1318))
  (global $msg_float_parse i32 (i32.const 1376))
  (data (i32.const 1024) "\01\00\00\00\20")
  (data (i32.const 1029) "\01\00\00\00\78")
  (data (i32.const 1034) "\01\00\00\00\6b")
  (data (i32.const 1039) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1069) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1126) "\35\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\64\69\76\69\73\69\6f\6e\20\6f\72\20\6d\6f\64\75\6c\6f\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1183) "\37\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\61\20\70\72\65\63\69\73\69\6f\6e\20\61\62\6f\76\65\20\31\30\30\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1242) "\48\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\72\6f\75\6e\64\28\29\20\6f\66\20\61\20\66\6c\6f\61\74\20\74\6f\20\6e\65\67\61\74\69\76\65\20\6e\64\69\67\69\74\73\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1318) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1376) "\2d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\63\6f\75\6c\64\20\6e\6f\74\20\63\6f\6e\76\65\72\74\20\73\74\72\69\6e\67\20\74\6f\20\66\6c\6f\61\74")
  (func $f_filter (param $v_x f64) (param $v_k i64) (result f64)
    (local $t0 i32)
    (local $t1 i32)
    (local $t2 i32)
    (local $t3 i32)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $f_repr (call $f_round (local.get $v_x) (i64.const 2))) (i32.const 1024)) (call $f_repr (call $f_round (local.get $v_x) (i64.const 0)))) (i32.const 1024)) (call $f_repr (call $f_round (local.get $v_x) (i64.const 1)))) (i32.const 1024)) (call $f_repr (call $f_round (local.get $v_x) (i64.const 5))))) (i32.const 4)) (i32.load (local.get $t0)))
    (call $log (i32.const 1) (i32.add (local.tee $t1 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $f_repr (call $f_round (local.get $v_x) (i64.const 17))) (i32.const 1024)) (call $f_repr (call $f_round (local.get $v_x) (i64.const 30)))) (i32.const 1024)) (call $f_repr (call $f_round (local.get $v_x) (i64.const 400)))) (i32.const 1024)) (call $f_repr (call $f_round (local.get $v_x) (call $sub_ovf (i64.const 0) (i64.const 400)))))) (i32.const 4)) (i32.load (local.get $t1)))
    (call $log (i32.const 1) (i32.add (local.tee $t2 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (call $int_round (local.get $v_k) (i64.const 2))) (i32.const 1024)) (call $int_to_str (call $int_round (local.get $v_k) (call $sub_ovf (i64.const 0) (i64.const 1))))) (i32.const 1024)) (call $int_to_str (call $int_round (local.get $v_k) (call $sub_ovf (i64.const 0) (i64.const 2))))) (i32.const 1024)) (call $int_to_str (call $int_round (local.get $v_k) (call $sub_ovf (i64.const 0) (i64.const 19)))))) (i32.const 4)) (i32.load (local.get $t2)))
    (call $log (i32.const 1) (i32.add (local.tee $t3 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $f_fixed (local.get $v_x) (i64.const 3)) (i32.const 1024)) (call $f_fixed (local.get $v_x) (i64.const 0))) (i32.const 1024)) (call $f_fixed (local.get $v_x) (i64.const 20)))) (i32.const 4)) (i32.load (local.get $t3)))
    (return (call $f_round (local.get $v_x) (i64.const 3)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1029) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1034) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_concat
  ;; linked: $int_to_str
  ;; linked: $sub_ovf
  ;; linked: $mul_ovf
  ;; linked: $floordiv
  ;; linked: $int_round
  ;; linked: $f_repr
  ;; linked: $f_fixed
  ;; linked: $f_round
  ;; linked: $f_parse
  ;; linked: $pyf_py_repr
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f23
  ;; linked: $pyf_f24
  ;; linked: $pyf_f25
  ;; linked: $pyf_py_fixed
  ;; linked: $pyf_f27
  ;; linked: $pyf_py_strtod
  ;; linked: $pyf_f29
)
