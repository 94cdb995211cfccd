(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1344))
  (global $heap (mut i32) (i32.const 1344))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1077))
  (global $msg_str_index i32 (i32.const 1107))
  (global $msg_overflow i32 (i32.const 1148))
  (global $msg_no_return i32 (i32.const 1205))
  (global $msg_ord i32 (i32.const 1263))
  (data (i32.const 1024) "\00\00\00\00")
  (data (i32.const 1028) "\0a\00\00\80\61\00\00\00\65\00\00\00\69\00\00\00\6f\00\00\00\75\00\00\00\e4\00\00\00\f6\00\00\00\fc\00\00\00\e9\00\00\00\38\04\00\00")
  (data (i32.const 1072) "\01\00\00\00\73")
  (data (i32.const 1077) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1107) "\25\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\73\74\72\69\6e\67\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1148) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1205) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1263) "\47\00\00\00\54\79\70\65\45\72\72\6f\72\3a\20\6f\72\64\28\29\20\65\78\70\65\63\74\65\64\20\61\20\63\68\61\72\61\63\74\65\72\2c\20\62\75\74\20\74\68\65\20\73\74\72\69\6e\67\27\73\20\6c\65\6e\67\74\68\20\69\73\20\6e\6f\74\20\31")
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
    (local $v_total i64)
    (local $v_out i32)
    (local $t2 i32)
    (local $t3 i64)
    (local $v_c i32)
    (local $t5 i64)
    (local $t6 i64)
    (local $t7 i64)
    (local $t8 i64)
    (local $t9 i64)
    (local $t10 i32)
    (local.set $v_total (i64.const 0))
    (local.set $v_out (i32.const 1024))
    (local.set $t2 (local.get $v_s))
    (local.set $t3 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t3) (i64.extend_i32_u (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)))))
      (local.set $v_c (call $str_char (local.get $t2) (local.get $t3)))
      (local.set $t3 (i64.add (local.get $t3) (i64.const 1)))
      (block $cnt0
    (local.set $v_total (block (result i64) (local.set $t5 (local.get $v_total)) (local.set $t7 (call $ord (local.get $v_c))) (local.set $t6 (i64.add (local.get $t5) (local.get $t7))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t5) (local.get $t6)) (i64.xor (local.get $t7) (local.get $t6))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t6)))
    (local.set $v_out (call $str_concat (local.get $v_c) (local.get $v_out)))
    (if (i64.ge_s (call $str_find (i32.const 1028) (local.get $v_c)) (i64.const 0)) (then
    (local.set $v_total (block (result i64) (local.set $t8 (local.get $v_total)) (local.set $t9 (i64.add (local.get $t8) (i64.const 1000000))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t8) (i64.const -1)) (local.get $t9)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t9)))
    ) (else
    ))
      )
      (br $top0)))
    (call $log (i32.const 1) (i32.add (local.tee $t10 (call $str_utf8 (local.get $v_out))) (i32.const 4)) (i32.and (i32.load (local.get $t10)) (i32.const 1073741823)))
    (return (local.get $v_total))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1072) (i32.const 1024))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $str_of_cp
  ;; linked: $cp_copy
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $mem_eq
  ;; linked: $norm_index
  ;; linked: $str_at
  ;; linked: $str_char
  ;; linked: $match_at
  ;; linked: $find_from
  ;; linked: $str_find
  ;; linked: $ord
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
)
