(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1184))
  (global $heap (mut i32) (i32.const 1184))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1042))
  (global $msg_str_index i32 (i32.const 1072))
  (global $msg_no_return i32 (i32.const 1113))
  (data (i32.const 1024) "\05\00\00\00\61\65\69\6f\75")
  (data (i32.const 1033) "\01\00\00\00\73")
  (data (i32.const 1038) "\00\00\00\00")
  (data (i32.const 1042) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1072) "\25\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\73\74\72\69\6e\67\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1113) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_s i32) (result i64)
    (local $v_vowels i64)
    (local $t1 i32)
    (local $t2 i64)
    (local $v_ch i32)
    (local.set $v_vowels (i64.const 0))
    (local.set $t1 (local.get $v_s))
    (local.set $t2 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t2) (i64.extend_i32_u (i32.and (i32.load (local.get $t1)) (i32.const 1073741823)))))
      (local.set $v_ch (call $str_char (local.get $t1) (local.get $t2)))
      (local.set $t2 (i64.add (local.get $t2) (i64.const 1)))
      (block $cnt0
    (if (i64.ge_s (call $str_find (i32.const 1024) (local.get $v_ch)) (i64.const 0)) (then
    (local.set $v_vowels (i64.add (local.get $v_vowels) (i64.const 1)))
    ) (else
    ))
      )
      (br $top0)))
    (return (local.get $v_vowels))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1033) (i32.const 1038))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $str_of_cp
  ;; linked: $str_fit
  ;; linked: $mem_eq
  ;; linked: $norm_index
  ;; linked: $str_at
  ;; linked: $str_char
  ;; linked: $match_at
  ;; linked: $find_from
  ;; linked: $str_find
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
)
