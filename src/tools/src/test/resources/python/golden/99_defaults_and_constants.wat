(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1424))
  (global $c_sp (mut i32) (i32.const 9616))
  (global $heap_base i32 (i32.const 9616))
  (global $heap (mut i32) (i32.const 9616))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1070))
  (global $msg_overflow i32 (i32.const 1100))
  (global $msg_zero_div i32 (i32.const 1157))
  (global $msg_zero_mod i32 (i32.const 1214))
  (global $msg_truediv_zero i32 (i32.const 1259))
  (global $msg_fixed_prec i32 (i32.const 1298))
  (global $msg_no_return i32 (i32.const 1357))
  (data (i32.const 1024) "\01\00\00\00\7c")
  (data (i32.const 1029) "\01\00\00\00\20")
  (data (i32.const 1034) "\01\00\00\00\25")
  (data (i32.const 1039) "\01\00\00\00\6e")
  (data (i32.const 1044) "\06\00\00\00\77\69\6e\64\6f\77")
  (data (i32.const 1054) "\05\00\00\00\72\61\74\69\6f")
  (data (i32.const 1063) "\03\00\00\00\63\61\70")
  (data (i32.const 1070) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1100) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1157) "\35\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\64\69\76\69\73\69\6f\6e\20\6f\72\20\6d\6f\64\75\6c\6f\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1214) "\29\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\6d\6f\64\75\6c\6f\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1259) "\23\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1298) "\37\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\61\20\70\72\65\63\69\73\69\6f\6e\20\61\62\6f\76\65\20\31\30\30\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1357) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_filter (param $v_n i64) (param $v_window i64) (param $v_ratio f64) (param $v_cap i64) (result i32)
    (local $t0 i32)
    (local $t1 i32)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1024) (call $fmt_pad (call $int_to_str (local.get $v_n)) (i32.const 32) (i32.const 1) (i64.const 4))) (i32.const 1024)) (call $fmt_pad (call $int_to_str (local.get $v_window)) (i32.const 32) (i32.const 0) (i64.const 8))) (i32.const 1024)) (call $fmt_pad (call $f_fixed (local.get $v_ratio) (i64.const 5)) (i32.const 32) (i32.const 2) (i64.const 12))) (i32.const 1024)) (call $fmt_pad (call $int_to_str (local.get $v_cap)) (i32.const 48) (i32.const 3) (i64.const 4))) (i32.const 1024)))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t1 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $f_fixed (call $int_truediv (local.get $v_window) (local.get $v_n)) (i64.const 3)) (i32.const 1029)) (call $int_to_str (call $floordiv (local.get $v_window) (local.get $v_n)))) (i32.const 1029)) (call $int_to_str (call $mod (local.get $v_window) (local.get $v_n)))) (i32.const 1029)) (call $str_concat (call $f_fixed (f64.mul (f64.mul (local.get $v_ratio) (f64.convert_i64_s (local.get $v_n))) (f64.const 100)) (i64.const 2)) (i32.const 1034))))) (i32.const 4)) (i32.and (i32.load (local.get $t1)) (i32.const 1073741823)))
    (return (i64.lt_s (local.get $v_n) (local.get $v_cap)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1039) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1044) (i32.const 4)) (i32.const 6) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 604800))) (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1054) (i32.const 4)) (i32.const 5) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0x1.5555555555555p-2))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1063) (i32.const 4)) (i32.const 3) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 20)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $put_cp
  ;; linked: $fmt_pad
  ;; linked: $floordiv
  ;; linked: $mod
  ;; linked: $int_truediv
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $cp_copy
  ;; linked: $str_concat
  ;; linked: $str_utf8
  ;; linked: $int_to_str
  ;; linked: $f_fixed
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f24
  ;; linked: $pyf_py_fixed
  ;; linked: $pyf_f27
)
