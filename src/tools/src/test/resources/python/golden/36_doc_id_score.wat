(module
  (import "env" "get_score" (func $get_score (param i64) (result f64)))
  (import "env" "get_document_id" (func $get_document_id (param i64 i32 i32) (result i32)))
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1136))
  (global $heap (mut i32) (i32.const 1136))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1044))
  (global $msg_no_return i32 (i32.const 1074))
  (data (i32.const 1024) "\00\00\00\00")
  (data (i32.const 1028) "\03\00\00\00\76\69\70")
  (data (i32.const 1035) "\05\00\00\00\62\6f\6e\75\73")
  (data (i32.const 1044) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1074) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_bonus f64) (result f64)
    (local $v_s f64)
    (local.set $v_s (f64.add (call $get_score (global.get $ctx)) (local.get $v_bonus)))
    (if (call $str_startswith (call $doc_id (i32.const 1024)) (i32.const 1028)) (then
    (local.set $v_s (f64.mul (local.get $v_s) (f64.const 0x1.0p1)))
    ) (else
    ))
    (return (local.get $v_s))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1035) (i32.const 4)) (i32.const 5) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_fit
  ;; linked: $mem_eq
  ;; linked: $match_at
  ;; linked: $str_startswith
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
)
