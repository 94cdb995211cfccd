(module
  (import "env" "get_field_string" (func $get_field_string (param i64 i32 i32 i32 i32) (result i32)))
  (import "env" "get_field_f64" (func $get_field_f64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1376))
  (global $c_sp (mut i32) (i32.const 9568))
  (global $heap_base i32 (i32.const 9568))
  (global $heap (mut i32) (i32.const 9568))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $k_TAG_BONUS (mut i32) (i32.const 0))
  (global $k_BOOST (mut i32) (i32.const 0))
  (global $msg_memory i32 (i32.const 1145))
  (global $msg_list_index i32 (i32.const 1175))
  (global $msg_empty_sep i32 (i32.const 1214))
  (global $msg_fixed_prec i32 (i32.const 1245))
  (global $msg_no_return i32 (i32.const 1304))
  (data (i32.const 1024) "\04\00\00\00\6e\6f\6e\65")
  (data (i32.const 1032) "\08\00\00\00\63\61\74\65\67\6f\72\79")
  (data (i32.const 1044) "\00\00\00\00")
  (data (i32.const 1048) "\04\00\00\00\74\61\67\73")
  (data (i32.const 1056) "\01\00\00\00\2c")
  (data (i32.const 1061) "\04\00\00\00\73\61\6c\65")
  (data (i32.const 1069) "\03\00\00\00\6e\65\77")
  (data (i32.const 1076) "\0a\00\00\00\62\61\73\65\5f\73\63\6f\72\65")
  (data (i32.const 1090) "\05\00\00\00\62\6f\6f\6b\73")
  (data (i32.const 1099) "\05\00\00\00\6d\75\73\69\63")
  (data (i32.const 1108) "\04\00\00\00\74\6f\79\73")
  (data (i32.const 1116) "\06\00\00\00\20\74\61\67\73\3d")
  (data (i32.const 1126) "\07\00\00\00\20\62\6f\6e\75\73\3d")
  (data (i32.const 1137) "\04\00\00\00\20\2d\3e\20")
  (data (i32.const 1145) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1175) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1214) "\1b\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\65\6d\70\74\79\20\73\65\70\61\72\61\74\6f\72")
  (data (i32.const 1245) "\37\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\61\20\70\72\65\63\69\73\69\6f\6e\20\61\62\6f\76\65\20\31\30\30\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1304) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $doc_str (param $name i32) (param $dflt i32) (result i32) (local $buf i32) (local $rc i32)
    (local.set $buf (call $str_new (i32.const 256)))
    (i32.store (i32.const 0) (i32.const 256))
    (local.set $rc (call $get_field_string (global.get $ctx) (i32.add (local.get $name) (i32.const 4)) (i32.and (i32.load (local.get $name)) (i32.const 1073741823)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))
    (if (i32.eq (local.get $rc) (i32.const -2)) (then
      (local.set $buf (call $str_new (i32.load (i32.const 0))))
      (local.set $rc (call $get_field_string (global.get $ctx) (i32.add (local.get $name) (i32.const 4)) (i32.and (i32.load (local.get $name)) (i32.const 1073741823)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))))
    (if (i32.ne (local.get $rc) (i32.const 0)) (then (return (local.get $dflt))))
    (i32.store (local.get $buf) (i32.load (i32.const 0)))
    (call $str_from_utf8 (local.get $buf)))
  (func $f_score (result f64)
    (local $t0 i32)
    (local $v_category i32)
    (local $t2 i32)
    (local $t3 i32)
    (local $t4 i32)
    (local $t5 i64)
    (local $v_t.c0 i32)
    (local $v_tags i32)
    (local $t8 i32)
    (local $t9 i64)
    (local $v_t.c1 i32)
    (local $t11 i32)
    (local $t12 f64)
    (local $v_bonus f64)
    (local $t14 i32)
    (local $v_base f64)
    (local $t16 i32)
    (local $v_result f64)
    (local $t18 i32)
    (local.set $v_category (call $doc_str (local.tee $t0 (call $str_utf8 (i32.const 1032))) (i32.const 1024)))
    (local.set $v_tags (block (result i32)
    (local.set $t2 (call $list_new (i32.const 0)))
    (local.set $t4 (call $str_split (call $doc_str (local.tee $t3 (call $str_utf8 (i32.const 1048))) (i32.const 1044)) (i32.const 1056)))
    (local.set $t5 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t5) (i64.extend_i32_u (i32.and (i32.load (local.get $t4)) (i32.const 1073741823)))))
      (local.set $v_t.c0 (i32.load (call $list_addr (local.get $t4) (local.get $t5))))
      (local.set $t5 (i64.add (local.get $t5) (i64.const 1)))
      (block $cnt0
    (if (i32.eqz (call $str_eq (local.get $v_t.c0) (i32.const 1044))) (then
    (call $list_append (local.get $t2) (i64.extend_i32_u (local.get $v_t.c0)))
    ) (else
    ))
      )
      (br $top0)))
    (local.get $t2)))
    (local.set $v_bonus (block (result f64)
    (local.set $t12 (f64.convert_i64_s (i64.const 0)))
    (local.set $t8 (local.get $v_tags))
    (local.set $t9 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t9) (i64.extend_i32_u (i32.and (i32.load (local.get $t8)) (i32.const 1073741823)))))
      (local.set $v_t.c1 (i32.load (call $list_addr (local.get $t8) (local.get $t9))))
      (local.set $t9 (i64.add (local.get $t9) (i64.const 1)))
      (block $cnt1
    (local.set $t12 (f64.add (local.get $t12) (f64.reinterpret_i64 (call $dict_get_or (block (result i32) (if (i32.eqz (global.get $k_TAG_BONUS)) (then (global.set $k_TAG_BONUS (block (result i32) (local.set $t11 (call $dict_new)) (call $dict_set (local.get $t11) (i64.extend_i32_u (i32.const 1061)) (i64.reinterpret_f64 (f64.const 0x1.0p-2)) (i32.const 2)) (call $dict_set (local.get $t11) (i64.extend_i32_u (i32.const 1069)) (i64.reinterpret_f64 (f64.const 0x1.999999999999ap-4)) (i32.const 2)) (local.get $t11))))) (global.get $k_TAG_BONUS)) (i64.extend_i32_u (local.get $v_t.c1)) (i32.const 2) (i64.reinterpret_f64 (f64.const 0x0.0p0))))))
      )
      (br $top1)))
    (local.get $t12)))
    (local.set $v_base (if (result f64) (i32.eqz (call $get_field_f64 (global.get $ctx) (i32.add (local.tee $t14 (call $str_utf8 (i32.const 1076))) (i32.const 4)) (i32.and (i32.load (local.get $t14)) (i32.const 1073741823)) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0x1.0p0))))
    (local.set $v_result (f64.add (f64.mul (local.get $v_base) (f64.reinterpret_i64 (call $dict_get_or (block (result i32) (if (i32.eqz (global.get $k_BOOST)) (then (global.set $k_BOOST (block (result i32) (local.set $t16 (call $dict_new)) (call $dict_set (local.get $t16) (i64.extend_i32_u (i32.const 1090)) (i64.reinterpret_f64 (f64.const 0x1.8p0)) (i32.const 2)) (call $dict_set (local.get $t16) (i64.extend_i32_u (i32.const 1099)) (i64.reinterpret_f64 (f64.const 0x1.3333333333333p0)) (i32.const 2)) (call $dict_set (local.get $t16) (i64.extend_i32_u (i32.const 1108)) (i64.reinterpret_f64 (f64.const 0x1.999999999999ap-1)) (i32.const 2)) (local.get $t16))))) (global.get $k_BOOST)) (i64.extend_i32_u (local.get $v_category)) (i32.const 2) (i64.reinterpret_f64 (f64.const 0x1.0p0))))) (local.get $v_bonus)))
    (call $log (i32.const 1) (i32.add (local.tee $t18 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $fmt_pad (local.get $v_category) (i32.const 32) (i32.const 1) (i64.const 8)) (i32.const 1116)) (call $int_to_str (i64.extend_i32_u (i32.load (local.get $v_tags))))) (i32.const 1126)) (call $f_fixed (local.get $v_bonus) (i64.const 2))) (i32.const 1137)) (call $f_fixed (local.get $v_result) (i64.const 3))))) (i32.const 4)) (i32.and (i32.load (local.get $t18)) (i32.const 1073741823)))
    (return (local.get $v_result))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (export "score") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (global.set $k_TAG_BONUS (i32.const 0))
    (global.set $k_BOOST (i32.const 0))
    (call $f_score))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $dict_new
  ;; linked: $dict_find
  ;; linked: $dict_slot
  ;; linked: $dict_get_or
  ;; linked: $dict_set
  ;; linked: $put_cp
  ;; linked: $fmt_pad
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $cp_copy
  ;; linked: $cps_wide
  ;; linked: $str_sub
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $norm_index
  ;; linked: $is_space
  ;; linked: $match_at
  ;; linked: $find_from
  ;; linked: $str_split
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
