(module
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1216))
  (global $c_sp (mut i32) (i32.const 9408))
  (global $heap_base i32 (i32.const 9408))
  (global $heap (mut i32) (i32.const 9408))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1039))
  (global $msg_no_return i32 (i32.const 1069))
  (global $msg_ffloordiv_zero i32 (i32.const 1127))
  (global $msg_fmod_zero i32 (i32.const 1178))
  (data (i32.const 1024) "\01\00\00\00\20")
  (data (i32.const 1029) "\01\00\00\00\78")
  (data (i32.const 1034) "\01\00\00\00\79")
  (data (i32.const 1039) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1069) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1127) "\2f\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\66\6c\6f\61\74\20\66\6c\6f\6f\72\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1178) "\1f\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\66\6c\6f\61\74\20\6d\6f\64\75\6c\6f")
  (func $f_filter (param $v_x f64) (param $v_y f64) (result f64)
    (local $v_q f64)
    (local $v_r f64)
    (local $v_n f64)
    (local $t3 i32)
    (local.set $v_q (call $f_floordiv (local.get $v_x) (local.get $v_y)))
    (local.set $v_r (call $f_mod (local.get $v_x) (local.get $v_y)))
    (local.set $v_n (f64.add (call $f_floordiv (f64.convert_i64_s (i64.const 7)) (local.get $v_y)) (call $f_mod (f64.convert_i64_s (i64.const 7)) (local.get $v_y))))
    (call $log (i32.const 1) (i32.add (local.tee $t3 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $f_repr (local.get $v_q)) (i32.const 1024)) (call $f_repr (local.get $v_r))) (i32.const 1024)) (call $f_repr (local.get $v_n))) (i32.const 1024)) (call $f_repr (call $f_mod (local.get $v_x) (f64.convert_i64_s (i64.const 3))))) (i32.const 1024)) (call $f_repr (call $f_floordiv (f64.neg (local.get $v_x)) (f64.convert_i64_s (i64.const 4))))))) (i32.const 4)) (i32.and (i32.load (local.get $t3)) (i32.const 1073741823)))
    (return (f64.add (f64.mul (local.get $v_q) (local.get $v_y)) (local.get $v_r)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1029) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))) (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1034) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_concat
  ;; linked: $str_utf8
  ;; linked: $f_floordiv
  ;; linked: $f_mod
  ;; linked: $f_repr
  ;; linked: $pyf_py_fmod
  ;; linked: $pyf_py_mod
  ;; linked: $pyf_py_floordiv
  ;; linked: $pyf_py_repr
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f23
  ;; linked: $pyf_f24
  ;; linked: $pyf_f25
)
