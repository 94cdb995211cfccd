(module
  (import "env" "get_field_string" (func $get_field_string (param i64 i32 i32 i32 i32) (result i32)))
  (import "env" "get_field_i64" (func $get_field_i64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "has_field" (func $has_field (param i64 i32 i32) (result i32)))
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1232))
  (global $heap (mut i32) (i32.const 1232))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1129))
  (global $msg_no_return i32 (i32.const 1159))
  (data (i32.const 1024) "\04\00\00\00\6e\6f\6e\65")
  (data (i32.const 1032) "\14\00\00\00\6d\65\74\61\64\61\74\61\2e\76\65\6e\64\6f\72\2e\6e\61\6d\65")
  (data (i32.const 1056) "\01\00\00\00\2d")
  (data (i32.const 1061) "\07\00\00\00\74\61\67\73\5b\30\5d")
  (data (i32.const 1072) "\0e\00\00\00\6d\65\74\61\64\61\74\61\2e\63\6f\75\6e\74")
  (data (i32.const 1090) "\01\00\00\00\2f")
  (data (i32.const 1095) "\08\00\00\00\6d\65\74\61\64\61\74\61")
  (data (i32.const 1107) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1115) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1124) "\01\00\00\00\78")
  (data (i32.const 1129) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1159) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_build (param $v_x i64) (result i32)
    (local $t0 i32)
    (local $v_vendor i32)
    (local $t2 i32)
    (local $v_first i32)
    (local $t4 i32)
    (local $v_count i64)
    (local $t6 i32)
    (local.set $v_vendor (call $doc_str (local.tee $t0 (call $str_utf8 (i32.const 1032))) (i32.const 1024)))
    (local.set $v_first (call $doc_str (local.tee $t2 (call $str_utf8 (i32.const 1061))) (i32.const 1056)))
    (local.set $v_count (if (result i64) (i32.eqz (call $get_field_i64 (global.get $ctx) (i32.add (local.tee $t4 (call $str_utf8 (i32.const 1072))) (i32.const 4)) (i32.and (i32.load (local.get $t4)) (i32.const 1073741823)) (i32.const 8))) (then (i64.load (i32.const 8))) (else (local.get $v_x))))
    (return (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (local.get $v_vendor) (i32.const 1090)) (local.get $v_first)) (i32.const 1090)) (call $int_to_str (local.get $v_count))) (i32.const 1090)) (select (i32.const 1107) (i32.const 1115) (call $has_field (global.get $ctx) (i32.add (local.tee $t6 (call $str_utf8 (i32.const 1095))) (i32.const 4)) (i32.and (i32.load (local.get $t6)) (i32.const 1073741823))))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func $f_filter (param $v_x i64) (result i32)
    (local $t0 i32)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $str_utf8 (call $f_build (local.get $v_x)))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)))
    (return (i32.const 1))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1124) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
