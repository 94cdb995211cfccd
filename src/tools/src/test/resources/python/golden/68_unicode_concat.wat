(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1216))
  (global $heap (mut i32) (i32.const 1216))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1062))
  (global $msg_overflow i32 (i32.const 1092))
  (global $msg_no_return i32 (i32.const 1149))
  (data (i32.const 1024) "\01\00\00\80\fc\00\00\00")
  (data (i32.const 1032) "\01\00\00\00\7c")
  (data (i32.const 1037) "\00\00\00\00")
  (data (i32.const 1044) "\01\00\00\80\e9\00\00\00")
  (data (i32.const 1052) "\01\00\00\00\61")
  (data (i32.const 1057) "\01\00\00\00\62")
  (data (i32.const 1062) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1092) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1149) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_a i32) (param $v_b i32) (result i32)
    (local $h0 i64)
    (local $h1 i32)
    (local $h2 i32)
    (local $h3 i64)
    (local $h4 i32)
    (local $h5 i32)
    (local $v_c i32)
    (local $v_d i32)
    (local $t8 i32)
    (local $v_e i32)
    (local $t10 i32)
    (local $t11 i64)
    (local $t12 i64)
    (local $t13 i64)
    (local $t14 i32)
    (local.set $h2 (i32.load (local.get $v_a)))
    (local.set $h0 (i64.extend_i32_u (i32.and (local.get $h2) (i32.const 1073741823))))
    (local.set $h1 (i32.and (i32.shr_u (local.get $h2) (i32.const 30)) (i32.const 2)))
    (local.set $h2 (i32.or (i32.shr_s (local.get $h2) (i32.const 31)) (i32.const 255)))
    (local.set $h5 (i32.load (local.get $v_b)))
    (local.set $h3 (i64.extend_i32_u (i32.and (local.get $h5) (i32.const 1073741823))))
    (local.set $h4 (i32.and (i32.shr_u (local.get $h5) (i32.const 30)) (i32.const 2)))
    (local.set $h5 (i32.or (i32.shr_s (local.get $h5) (i32.const 31)) (i32.const 255)))
    (local.set $v_c (call $str_concat (local.get $v_a) (local.get $v_b)))
    (local.set $v_d (call $str_concat (call $str_concat (call $str_concat (local.get $v_b) (local.get $v_a)) (i32.const 1024)) (local.get $v_a)))
    (call $log (i32.const 1) (i32.add (local.tee $t8 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (local.get $v_c) (i32.const 1032)) (local.get $v_d)) (i32.const 1032)) (call $int_to_str (i64.extend_i32_u (i32.and (i32.load (local.get $v_c)) (i32.const 1073741823))))) (i32.const 1032)) (call $int_to_str (i64.extend_i32_u (i32.and (i32.load (local.get $v_d)) (i32.const 1073741823))))))) (i32.const 4)) (i32.and (i32.load (local.get $t8)) (i32.const 1073741823)))
    (local.set $v_e (call $str_concat (local.get $v_c) (i32.const 1037)))
    (return (if (result i32) (local.tee $t14 (if (result i32) (local.tee $t10 (call $str_eq (local.get $v_e) (local.get $v_c))) (then (call $str_eq (call $str_concat (local.get $v_a) (i32.const 1044)) (call $str_concat (local.get $v_a) (i32.const 1044)))) (else (local.get $t10)))) (then (i64.eq (i64.extend_i32_u (i32.and (i32.load (local.get $v_c)) (i32.const 1073741823))) (block (result i64) (local.set $t11 (local.get $h0)) (local.set $t13 (local.get $h3)) (local.set $t12 (i64.add (local.get $t11) (local.get $t13))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t11) (local.get $t12)) (i64.xor (local.get $t13) (local.get $t12))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t12)))) (else (local.get $t14))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1052) (i32.const 1037)) (call $param_str (i32.const 1057) (i32.const 1037))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
