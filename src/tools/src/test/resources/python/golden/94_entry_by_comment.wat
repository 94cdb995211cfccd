(module
  (import "env" "get_field_i64" (func $get_field_i64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1360))
  (global $c_sp (mut i32) (i32.const 9552))
  (global $heap_base i32 (i32.const 9552))
  (global $heap (mut i32) (i32.const 9552))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1065))
  (global $msg_overflow i32 (i32.const 1095))
  (global $msg_fzero_div i32 (i32.const 1152))
  (global $msg_truediv_zero i32 (i32.const 1197))
  (global $msg_fixed_prec i32 (i32.const 1236))
  (global $msg_no_return i32 (i32.const 1295))
  (data (i32.const 1024) "\06\00\00\00\63\6c\69\63\6b\73")
  (data (i32.const 1034) "\05\00\00\00\76\69\65\77\73")
  (data (i32.const 1043) "\04\00\00\00\72\61\77\3d")
  (data (i32.const 1051) "\0a\00\00\00\20\73\6d\6f\6f\74\68\65\64\3d")
  (data (i32.const 1065) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1095) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1152) "\29\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\66\6c\6f\61\74\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1197) "\23\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1236) "\37\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\61\20\70\72\65\63\69\73\69\6f\6e\20\61\62\6f\76\65\20\31\30\30\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1295) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_ctr (param $v_clicks i64) (param $v_views i64) (result f64)
    (if (i64.eq (local.get $v_views) (i64.const 0)) (then
    (return (f64.const 0x0.0p0))
    ) (else
    ))
    (return (call $int_truediv (local.get $v_clicks) (local.get $v_views)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func $f_smoothed (param $v_clicks i64) (param $v_views i64) (param $v_prior f64) (param $v_weight i64) (result f64)
    (local $t0 i64)
    (local $t1 i64)
    (local $t2 i64)
    (return (call $fdiv (f64.add (f64.convert_i64_s (local.get $v_clicks)) (f64.mul (local.get $v_prior) (f64.convert_i64_s (local.get $v_weight)))) (f64.convert_i64_s (block (result i64) (local.set $t0 (local.get $v_views)) (local.set $t2 (local.get $v_weight)) (local.set $t1 (i64.add (local.get $t0) (local.get $t2))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t0) (local.get $t1)) (i64.xor (local.get $t2) (local.get $t1))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t1)))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func $f_rank (result f64)
    (local $t0 i32)
    (local $v_c i64)
    (local $t2 i32)
    (local $v_v i64)
    (local $v_raw f64)
    (local $v_s f64)
    (local $t6 i32)
    (local.set $v_c (if (result i64) (i32.eqz (call $get_field_i64 (global.get $ctx) (i32.add (local.tee $t0 (call $str_utf8 (i32.const 1024))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))))
    (local.set $v_v (if (result i64) (i32.eqz (call $get_field_i64 (global.get $ctx) (i32.add (local.tee $t2 (call $str_utf8 (i32.const 1034))) (i32.const 4)) (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))))
    (local.set $v_raw (call $f_ctr (local.get $v_c) (local.get $v_v)))
    (local.set $v_s (call $f_smoothed (local.get $v_c) (local.get $v_v) (f64.const 0x1.999999999999ap-5) (i64.const 20)))
    (call $log (i32.const 1) (i32.add (local.tee $t6 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (i32.const 1043) (call $f_repr (local.get $v_raw))) (i32.const 1051)) (call $f_fixed (local.get $v_s) (i64.const 4))))) (i32.const 4)) (i32.and (i32.load (local.get $t6)) (i32.const 1073741823)))
    (return (local.get $v_s))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (export "rank") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_rank))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $fdiv
  ;; linked: $int_truediv
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_concat
  ;; linked: $str_utf8
  ;; linked: $f_repr
  ;; linked: $f_fixed
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
