(module
  (import "env" "has_field" (func $has_field (param i64 i32 i32) (result i32)))
  (import "env" "get_field_i64" (func $get_field_i64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1600))
  (global $c_sp (mut i32) (i32.const 9792))
  (global $heap_base i32 (i32.const 9792))
  (global $heap (mut i32) (i32.const 9792))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1105))
  (global $msg_overflow i32 (i32.const 1135))
  (global $msg_fzero_div i32 (i32.const 1192))
  (global $msg_truediv_zero i32 (i32.const 1237))
  (global $msg_fixed_prec i32 (i32.const 1276))
  (global $msg_round_neg i32 (i32.const 1335))
  (global $msg_domain i32 (i32.const 1411))
  (global $msg_no_return i32 (i32.const 1444))
  (global $msg_math_range i32 (i32.const 1502))
  (global $msg_float_parse i32 (i32.const 1537))
  (data (i32.const 1024) "\09\00\00\00\70\75\62\6c\69\73\68\65\64")
  (data (i32.const 1037) "\03\00\00\00\6e\6f\77")
  (data (i32.const 1044) "\04\00\00\00\61\67\65\3d")
  (data (i32.const 1052) "\07\00\00\00\73\20\64\61\79\73\3d")
  (data (i32.const 1063) "\07\00\00\00\20\64\65\63\61\79\3d")
  (data (i32.const 1074) "\09\00\00\00\20\72\6f\75\6e\64\65\64\3d")
  (data (i32.const 1087) "\0e\00\00\00\68\61\6c\66\5f\6c\69\66\65\5f\64\61\79\73")
  (data (i32.const 1105) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1135) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1192) "\29\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\66\6c\6f\61\74\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1237) "\23\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1276) "\37\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\61\20\70\72\65\63\69\73\69\6f\6e\20\61\62\6f\76\65\20\31\30\30\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1335) "\48\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\72\6f\75\6e\64\28\29\20\6f\66\20\61\20\66\6c\6f\61\74\20\74\6f\20\6e\65\67\61\74\69\76\65\20\6e\64\69\67\69\74\73\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1411) "\1d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\6d\61\74\68\20\64\6f\6d\61\69\6e\20\65\72\72\6f\72")
  (data (i32.const 1444) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1502) "\1f\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\6d\61\74\68\20\72\61\6e\67\65\20\65\72\72\6f\72")
  (data (i32.const 1537) "\2d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\63\6f\75\6c\64\20\6e\6f\74\20\63\6f\6e\76\65\72\74\20\73\74\72\69\6e\67\20\74\6f\20\66\6c\6f\61\74")
  (func $f_score (param $v_half_life_days f64) (result f64)
    (local $t0 i32)
    (local $t1 i32)
    (local $t2 i64)
    (local $t3 i64)
    (local $t4 i64)
    (local $v_age i64)
    (local $v_days f64)
    (local $v_decay f64)
    (local $t8 i32)
    (local $t9 f64)
    (local $t10 f64)
    (if (i32.eqz (call $has_field (global.get $ctx) (i32.add (i32.const 1024) (i32.const 4)) (i32.load (i32.const 1024)))) (then
    (return (f64.const 0x1.999999999999ap-5))
    ) (else
    ))
    (local.set $v_age (block (result i64) (local.set $t2 (if (result i64) (i32.eqz (call $get_field_i64 (global.get $ctx) (i32.add (local.tee $t0 (i32.const 1037)) (i32.const 4)) (i32.load (local.get $t0)) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))) (local.set $t4 (if (result i64) (i32.eqz (call $get_field_i64 (global.get $ctx) (i32.add (local.tee $t1 (i32.const 1024)) (i32.const 4)) (i32.load (local.get $t1)) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))) (local.set $t3 (i64.sub (local.get $t2) (local.get $t4))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t2) (local.get $t4)) (i64.xor (local.get $t2) (local.get $t3))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t3)))
    (local.set $v_days (call $int_truediv (local.get $v_age) (call $mul_ovf (call $mul_ovf (i64.const 24) (i64.const 60)) (i64.const 60))))
    (local.set $v_decay (call $m_exp (call $fdiv (f64.mul (f64.neg (call $m_log (f64.const 0x1.0p1))) (local.get $v_days)) (local.get $v_half_life_days))))
    (call $log (i32.const 1) (i32.add (local.tee $t8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1044) (call $int_to_str (local.get $v_age))) (i32.const 1052)) (call $f_fixed (local.get $v_days) (i64.const 3))) (i32.const 1063)) (call $f_fixed (local.get $v_decay) (i64.const 6))) (i32.const 1074)) (call $f_repr (call $f_round (local.get $v_decay) (i64.const 3))))) (i32.const 4)) (i32.load (local.get $t8)))
    (return (block (result f64) (local.set $t9 (local.get $v_decay)) (local.set $t10 (f64.const 0x1.999999999999ap-5)) (select (local.get $t10) (local.get $t9) (f64.gt (local.get $t10) (local.get $t9)))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (export "score") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_score (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1087) (i32.const 4)) (i32.const 14) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0x1.cp3)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_concat
  ;; linked: $int_to_str
  ;; linked: $mul_ovf
  ;; linked: $fdiv
  ;; linked: $int_truediv
  ;; linked: $m_exp
  ;; linked: $m_log
  ;; linked: $f_repr
  ;; linked: $f_fixed
  ;; linked: $f_round
  ;; linked: $f_parse
  ;; linked: $pyf_py_exp
  ;; linked: $pyf_f1
  ;; linked: $pyf_py_log
  ;; linked: $pyf_f3
  ;; linked: $pyf_f4
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
