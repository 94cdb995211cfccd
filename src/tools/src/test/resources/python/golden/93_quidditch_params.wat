(module
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "get_field_f64" (func $get_field_f64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "get_field_i64" (func $get_field_i64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1312))
  (global $c_sp (mut i32) (i32.const 9504))
  (global $heap_base i32 (i32.const 9504))
  (global $heap (mut i32) (i32.const 9504))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $k_BANDS (mut i32) (i32.const 0))
  (global $msg_memory i32 (i32.const 1156))
  (global $msg_fixed_prec i32 (i32.const 1186))
  (global $msg_no_return i32 (i32.const 1245))
  (data (i32.const 1024) "\09\00\00\00\6d\61\78\5f\70\72\69\63\65")
  (data (i32.const 1037) "\05\00\00\00\63\68\65\61\70")
  (data (i32.const 1046) "\03\00\00\00\6d\69\64")
  (data (i32.const 1053) "\07\00\00\00\70\72\65\6d\69\75\6d")
  (data (i32.const 1064) "\09\00\00\00\6d\69\6e\5f\73\74\6f\63\6b")
  (data (i32.const 1077) "\05\00\00\00\70\72\69\63\65")
  (data (i32.const 1086) "\05\00\00\00\73\74\6f\63\6b")
  (data (i32.const 1095) "\05\00\00\00\62\61\6e\64\3d")
  (data (i32.const 1104) "\05\00\00\00\20\6d\61\78\3d")
  (data (i32.const 1113) "\08\00\00\00\20\73\74\6f\63\6b\3e\3d")
  (data (i32.const 1125) "\02\00\00\00\3a\20")
  (data (i32.const 1131) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1139) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1148) "\04\00\00\00\62\61\6e\64")
  (data (i32.const 1156) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1186) "\37\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\61\20\70\72\65\63\69\73\69\6f\6e\20\61\62\6f\76\65\20\31\30\30\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1245) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_band i32) (result i32)
    (local $t0 i32)
    (local $v_max_price f64)
    (local $t2 i32)
    (local $t3 i32)
    (local $v_min_stock i64)
    (local $t5 i32)
    (local $v_price f64)
    (local $t7 i32)
    (local $v_stock i64)
    (local $t9 i32)
    (local $v_ok i32)
    (local $t11 i32)
    (local.set $v_max_price (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (local.tee $t0 (call $str_utf8 (i32.const 1024))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))))
    (if (f64.eq (local.get $v_max_price) (f64.const 0x0.0p0)) (then
    (local.set $v_max_price (f64.reinterpret_i64 (call $dict_get_or (block (result i32) (if (i32.eqz (global.get $k_BANDS)) (then (global.set $k_BANDS (block (result i32) (local.set $t2 (call $dict_new)) (call $dict_set (local.get $t2) (i64.extend_i32_u (i32.const 1037)) (i64.reinterpret_f64 (f64.const 0x1.4p3)) (i32.const 2)) (call $dict_set (local.get $t2) (i64.extend_i32_u (i32.const 1046)) (i64.reinterpret_f64 (f64.const 0x1.9p5)) (i32.const 2)) (call $dict_set (local.get $t2) (i64.extend_i32_u (i32.const 1053)) (i64.reinterpret_f64 (f64.const 0x1.f4p8)) (i32.const 2)) (local.get $t2))))) (global.get $k_BANDS)) (i64.extend_i32_u (local.get $v_band)) (i32.const 2) (i64.reinterpret_f64 (f64.const 0x1.9p5)))))
    ) (else
    ))
    (local.set $v_min_stock (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (local.tee $t3 (call $str_utf8 (i32.const 1064))) (i32.const 4)) (i32.and (i32.load (local.get $t3)) (i32.const 1073741823)) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))))
    (local.set $v_price (if (result f64) (i32.eqz (call $get_field_f64 (global.get $ctx) (i32.add (local.tee $t5 (call $str_utf8 (i32.const 1077))) (i32.const 4)) (i32.and (i32.load (local.get $t5)) (i32.const 1073741823)) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))))
    (local.set $v_stock (if (result i64) (i32.eqz (call $get_field_i64 (global.get $ctx) (i32.add (local.tee $t7 (call $str_utf8 (i32.const 1086))) (i32.const 4)) (i32.and (i32.load (local.get $t7)) (i32.const 1073741823)) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))))
    (local.set $v_ok (if (result i32) (local.tee $t9 (f64.le (local.get $v_price) (local.get $v_max_price))) (then (i64.ge_s (local.get $v_stock) (local.get $v_min_stock))) (else (local.get $t9))))
    (call $log (i32.const 1) (i32.add (local.tee $t11 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1095) (local.get $v_band)) (i32.const 1104)) (call $f_fixed (local.get $v_max_price) (i64.const 2))) (i32.const 1113)) (call $int_to_str (local.get $v_min_stock))) (i32.const 1125)) (select (i32.const 1131) (i32.const 1139) (local.get $v_ok))))) (i32.const 4)) (i32.and (i32.load (local.get $t11)) (i32.const 1073741823)))
    (return (local.get $v_ok))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (global.set $k_BANDS (i32.const 0))
    (call $f_filter (call $param_str (i32.const 1148) (i32.const 1046))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_append
  ;; linked: $dict_new
  ;; linked: $dict_find
  ;; linked: $dict_slot
  ;; linked: $dict_get_or
  ;; linked: $dict_set
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
  ;; linked: $f_fixed
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f24
  ;; linked: $pyf_py_fixed
  ;; linked: $pyf_f27
)
