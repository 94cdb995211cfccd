(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1296))
  (global $heap (mut i32) (i32.const 1296))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1044))
  (global $msg_str_index i32 (i32.const 1074))
  (global $msg_overflow i32 (i32.const 1115))
  (global $msg_zero_div i32 (i32.const 1172))
  (global $msg_no_return i32 (i32.const 1229))
  (data (i32.const 1024) "\00\00\00\00")
  (data (i32.const 1028) "\01\00\00\00\78")
  (data (i32.const 1033) "\01\00\00\00\6e")
  (data (i32.const 1038) "\02\00\00\00\63\68")
  (data (i32.const 1044) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1074) "\25\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\73\74\72\69\6e\67\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1115) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1172) "\35\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\64\69\76\69\73\69\6f\6e\20\6f\72\20\6d\6f\64\75\6c\6f\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1229) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_n i64) (param $v_ch i32) (result i64)
    (local $h0 i64)
    (local $h1 i32)
    (local $h2 i32)
    (local $v_s i32)
    (local $v_i i64)
    (local $v_t i32)
    (local $t6 i32)
    (local $t7 i64)
    (local $v_c i32)
    (local $t9 i64)
    (local $t10 i64)
    (local $t11 i64)
    (local $t12 i64)
    (local $t13 i64)
    (local $t14 i64)
    (local.set $h2 (i32.load (local.get $v_ch)))
    (local.set $h0 (i64.extend_i32_u (i32.and (local.get $h2) (i32.const 1073741823))))
    (local.set $h1 (i32.and (i32.shr_u (local.get $h2) (i32.const 30)) (i32.const 2)))
    (local.set $h2 (i32.or (i32.shr_s (local.get $h2) (i32.const 31)) (i32.const 255)))
    (local.set $v_s (i32.const 1024))
    (local.set $v_i (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i32.eqz (i64.lt_s (local.get $v_i) (local.get $v_n))))
      (block $cnt0
    (local.set $v_s (call $str_append (local.get $v_s) (local.get $v_ch)))
    (local.set $v_i (i64.add (local.get $v_i) (i64.const 1)))
      )
      (br $top0)))
    (local.set $v_t (i32.const 1024))
    (local.set $t6 (local.get $v_s))
    (local.set $t7 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t7) (i64.extend_i32_u (i32.and (i32.load (local.get $t6)) (i32.const 1073741823)))))
      (local.set $v_c (call $str_char (local.get $t6) (local.get $t7)))
      (local.set $t7 (i64.add (local.get $t7) (i64.const 1)))
      (block $cnt1
    (if (i32.eqz (call $str_eq (local.get $v_c) (i32.const 1028))) (then
    (local.set $v_t (call $str_append (local.get $v_t) (local.get $v_c)))
    ) (else
    ))
      )
      (br $top1)))
    (return (block (result i64) (local.set $t13 (block (result i64) (local.set $t9 (call $mul_ovf (i64.extend_i32_u (i32.and (i32.load (local.get $v_s)) (i32.const 1073741823))) (i64.const 10))) (local.set $t11 (i64.extend_i32_u (i32.and (i32.load (local.get $v_t)) (i32.const 1073741823)))) (local.set $t10 (i64.add (local.get $t9) (local.get $t11))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t9) (local.get $t10)) (i64.xor (local.get $t11) (local.get $t10))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t10))) (local.set $t14 (i64.add (local.get $t13) (if (result i64) (i32.eq (call $str_at (local.get $v_s) (call $floordiv (local.get $v_n) (i64.const 2))) (i32.and (i32.load offset=4 (i32.add (local.get $v_ch) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t12 (i64.const 0)) (i64.const -1)) (i64.sub (local.get $t12) (local.get $h0))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t12))) (else (call $norm_index (local.get $t12) (i32.wrap_i64 (local.get $h0)) (global.get $msg_str_index)))) (local.get $h1)))) (local.get $h2))) (then (i64.const 1)) (else (i64.const 0))))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t13) (i64.const -1)) (local.get $t14)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t14)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1033) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (call $param_str (i32.const 1038) (i32.const 1024))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $mul_ovf
  ;; linked: $floordiv
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $str_of_cp
  ;; linked: $cp_copy
  ;; linked: $str_fit
  ;; linked: $str_append
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $norm_index
  ;; linked: $str_at
  ;; linked: $str_char
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
)
