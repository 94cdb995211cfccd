(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1296))
  (global $heap (mut i32) (i32.const 1296))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1071))
  (global $msg_list_index i32 (i32.const 1101))
  (global $msg_empty_sep i32 (i32.const 1140))
  (global $msg_overflow i32 (i32.const 1171))
  (global $msg_no_return i32 (i32.const 1228))
  (data (i32.const 1024) "\01\00\00\00\5b")
  (data (i32.const 1029) "\02\00\00\00\5d\20")
  (data (i32.const 1035) "\01\00\00\00\3c")
  (data (i32.const 1040) "\01\00\00\00\3e")
  (data (i32.const 1045) "\01\00\00\00\7b")
  (data (i32.const 1050) "\01\00\00\00\7d")
  (data (i32.const 1055) "\01\00\00\00\73")
  (data (i32.const 1060) "\00\00\00\00")
  (data (i32.const 1064) "\03\00\00\00\73\65\70")
  (data (i32.const 1071) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1101) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1140) "\1b\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\65\6d\70\74\79\20\73\65\70\61\72\61\74\6f\72")
  (data (i32.const 1171) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1228) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_s i32) (param $v_sep i32) (result i64)
    (local $v_t i32)
    (local $t1 i32)
    (local $v_words i32)
    (local $t3 i32)
    (local $t4 i64)
    (local $v_w i32)
    (local $t6 i32)
    (local $v_parts i32)
    (local $t8 i32)
    (local $t9 i64)
    (local $v_p i32)
    (local $t11 i32)
    (local $t12 i64)
    (local $t13 i64)
    (local $t14 i64)
    (local.set $v_t (call $str_strip (local.get $v_s)))
    (call $log (i32.const 1) (i32.add (local.tee $t1 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (i32.const 1024) (local.get $v_t)) (i32.const 1029)) (call $int_to_str (i64.extend_i32_u (i32.and (i32.load (local.get $v_t)) (i32.const 1073741823))))))) (i32.const 4)) (i32.and (i32.load (local.get $t1)) (i32.const 1073741823)))
    (local.set $v_words (call $str_split (local.get $v_s) (i32.const 0)))
    (local.set $t3 (local.get $v_words))
    (local.set $t4 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t4) (i64.extend_i32_u (i32.and (i32.load (local.get $t3)) (i32.const 1073741823)))))
      (local.set $v_w (i32.load (call $list_addr (local.get $t3) (local.get $t4))))
      (local.set $t4 (i64.add (local.get $t4) (i64.const 1)))
      (block $cnt0
    (call $log (i32.const 1) (i32.add (local.tee $t6 (call $str_utf8 (call $str_concat (call $str_concat (i32.const 1035) (local.get $v_w)) (i32.const 1040)))) (i32.const 4)) (i32.and (i32.load (local.get $t6)) (i32.const 1073741823)))
      )
      (br $top0)))
    (local.set $v_parts (call $str_split (local.get $v_s) (local.get $v_sep)))
    (local.set $t8 (local.get $v_parts))
    (local.set $t9 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t9) (i64.extend_i32_u (i32.and (i32.load (local.get $t8)) (i32.const 1073741823)))))
      (local.set $v_p (i32.load (call $list_addr (local.get $t8) (local.get $t9))))
      (local.set $t9 (i64.add (local.get $t9) (i64.const 1)))
      (block $cnt1
    (call $log (i32.const 1) (i32.add (local.tee $t11 (call $str_utf8 (call $str_concat (call $str_concat (i32.const 1045) (local.get $v_p)) (i32.const 1050)))) (i32.const 4)) (i32.and (i32.load (local.get $t11)) (i32.const 1073741823)))
      )
      (br $top1)))
    (return (block (result i64) (local.set $t12 (call $mul_ovf (i64.extend_i32_u (i32.load (local.get $v_words))) (i64.const 100))) (local.set $t14 (i64.extend_i32_u (i32.load (local.get $v_parts)))) (local.set $t13 (i64.add (local.get $t12) (local.get $t14))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t12) (local.get $t13)) (i64.xor (local.get $t14) (local.get $t13))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t13)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1055) (i32.const 1060)) (call $param_str (i32.const 1064) (i32.const 1060))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $mul_ovf
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
  ;; linked: $norm_index
  ;; linked: $is_space
  ;; linked: $str_strip
  ;; linked: $match_at
  ;; linked: $find_from
  ;; linked: $str_split
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
