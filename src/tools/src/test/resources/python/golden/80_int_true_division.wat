(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1168))
  (global $c_sp (mut i32) (i32.const 9360))
  (global $heap_base i32 (i32.const 9360))
  (global $heap (mut i32) (i32.const 9360))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1034))
  (global $msg_truediv_zero i32 (i32.const 1064))
  (global $msg_no_return i32 (i32.const 1103))
  (data (i32.const 1024) "\01\00\00\00\61")
  (data (i32.const 1029) "\01\00\00\00\62")
  (data (i32.const 1034) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1064) "\23\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1103) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_filter (param $v_a i64) (param $v_b i64) (result f64)
    (local $v_q f64)
    (local $t1 i32)
    (local.set $v_q (call $int_truediv (local.get $v_a) (local.get $v_b)))
    (call $log (i32.const 1) (i32.add (local.tee $t1 (call $str_utf8 (call $f_repr (local.get $v_q)))) (i32.const 4)) (i32.and (i32.load (local.get $t1)) (i32.const 1073741823)))
    (return (local.get $v_q))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1024) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1029) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $int_truediv
  ;; linked: $str_new
  ;; linked: $str_len
  ;; linked: $str_utf8
  ;; linked: $f_repr
  ;; linked: $pyf_py_repr
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f23
  ;; linked: $pyf_f24
  ;; linked: $pyf_f25
)
