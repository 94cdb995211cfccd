(module
  (import "env" "get_field_string" (func $get_field_string (param i64 i32 i32 i32 i32) (result i32)))
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "get_field_i64" (func $get_field_i64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "get_document_id" (func $get_document_id (param i64 i32 i32) (result i32)))
  (import "env" "get_score" (func $get_score (param i64) (result f64)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1168))
  (global $heap (mut i32) (i32.const 1168))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1063))
  (global $msg_no_return i32 (i32.const 1093))
  (data (i32.const 1024) "\00\00\00\00")
  (data (i32.const 1028) "\05\00\00\00\74\69\74\6c\65")
  (data (i32.const 1037) "\04\00\00\00\77\6f\72\64")
  (data (i32.const 1045) "\01\00\00\00\6e")
  (data (i32.const 1050) "\09\00\00\00\63\68\65\63\6b\69\6e\67\20")
  (data (i32.const 1063) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1093) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $doc_id (param $dflt i32) (result i32) (local $buf i32) (local $rc i32)
    (local.set $buf (call $str_new (i32.const 256)))
    (i32.store (i32.const 0) (i32.const 256))
    (local.set $rc (call $get_document_id (global.get $ctx) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))
    (if (i32.eq (local.get $rc) (i32.const -2)) (then
      (local.set $buf (call $str_new (i32.load (i32.const 0))))
      (local.set $rc (call $get_document_id (global.get $ctx) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))))
    (if (i32.ne (local.get $rc) (i32.const 0)) (then (return (local.get $dflt))))
    (i32.store (local.get $buf) (i32.load (i32.const 0)))
    (call $str_from_utf8 (local.get $buf)))
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
  (func $f_udf_main (result i32)
    (local $t0 i32)
    (local $v_title i32)
    (local $t2 i32)
    (local $v_word i32)
    (local $t4 i32)
    (local $v_n i64)
    (local $t6 i32)
    (local $t7 i32)
    (local.set $v_title (call $doc_str (local.tee $t0 (call $str_utf8 (i32.const 1028))) (i32.const 1024)))
    (if (i32.eqz (i32.ne (i32.and (i32.load (local.get $v_title)) (i32.const 1073741823)) (i32.const 0))) (then
    (return (i32.const 0))
    ) (else
    ))
    (local.set $v_word (call $param_str (local.tee $t2 (call $str_utf8 (i32.const 1037))) (i32.const 1024)))
    (local.set $v_n (if (result i64) (i32.eqz (call $get_field_i64 (global.get $ctx) (i32.add (local.tee $t4 (call $str_utf8 (i32.const 1045))) (i32.const 4)) (i32.and (i32.load (local.get $t4)) (i32.const 1073741823)) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))))
    (call $log (i32.const 1) (i32.add (local.tee $t6 (call $str_utf8 (call $str_concat (i32.const 1050) (call $doc_id (i32.const 1024))))) (i32.const 4)) (i32.and (i32.load (local.get $t6)) (i32.const 1073741823)))
    (return (if (result i32) (local.tee $t7 (call $str_eq (local.get $v_title) (local.get $v_word))) (then (f64.gt (f64.add (f64.convert_i64_s (local.get $v_n)) (call $get_score (global.get $ctx))) (f64.const 0x1.4p2))) (else (local.get $t7))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (export "udf_main") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_udf_main))
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
)
