(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1296))
  (global $heap (mut i32) (i32.const 1296))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1059))
  (global $msg_str_index i32 (i32.const 1089))
  (global $msg_list_index i32 (i32.const 1130))
  (global $msg_overflow i32 (i32.const 1169))
  (global $msg_no_return i32 (i32.const 1226))
  (data (i32.const 1024) "\01\00\00\00\63")
  (data (i32.const 1029) "\01\00\00\00\20")
  (data (i32.const 1034) "\01\00\00\00\5b")
  (data (i32.const 1039) "\02\00\00\00\2c\20")
  (data (i32.const 1045) "\01\00\00\00\5d")
  (data (i32.const 1050) "\01\00\00\00\73")
  (data (i32.const 1055) "\00\00\00\00")
  (data (i32.const 1059) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1089) "\25\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\73\74\72\69\6e\67\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1130) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1169) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1226) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
    (local $v_pairs i32)
    (local $v_i i64)
    (local $t2 i64)
    (local $t3 i64)
    (local $h4 i64)
    (local $h5 i32)
    (local $h6 i32)
    (local $t7 i64)
    (local $t8 i64)
    (local $v_j i64)
    (local $t10 i64)
    (local $t11 i64)
    (local $t12 i64)
    (local $t13 i64)
    (local $t14 i64)
    (local $v_key i32)
    (local $t16 i64)
    (local $t17 i64)
    (local $b18 i32)
    (local $t19 i64)
    (local $t20 i64)
    (local $t21 i64)
    (local $t22 i64)
    (local $t23 i64)
    (local $t24 i32)
    (local $t25 i32)
    (local $t26 i64)
    (local $v_item.c0 i32)
    (local $t28 i32)
    (local $t29 i32)
    (local $t30 i64)
    (local $v_item.c1 i64)
    (local $t32 i32)
    (local.set $v_pairs (call $dict_new))
    (local.set $v_i (i64.const 0))
    (local.set $t2 (i64.extend_i32_u (i32.and (i32.load (local.get $v_s)) (i32.const 1073741823))))
    (local.set $t3 (i64.const 1))
    (local.set $h6 (i32.load (local.get $v_s)))
    (local.set $h4 (i64.extend_i32_u (i32.and (local.get $h6) (i32.const 1073741823))))
    (local.set $h5 (i32.and (i32.shr_u (local.get $h6) (i32.const 30)) (i32.const 2)))
    (local.set $h6 (i32.or (i32.shr_s (local.get $h6) (i32.const 31)) (i32.const 255)))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $v_i) (local.get $t2)))
      (block $cnt0
    (if (call $str_eq (call $str_char (local.get $v_s) (local.get $v_i)) (i32.const 1024)) (then
    (br $cnt0)
    ) (else
    ))
    (local.set $v_j (block (result i64) (local.set $t7 (local.get $v_i)) (local.set $t8 (i64.add (local.get $t7) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t7) (i64.const -1)) (local.get $t8)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t8)))
    (local.set $t10 (local.get $h4))
    (local.set $t11 (i64.const 1))
    (if (i32.and (i32.and (i32.and (i32.and (i32.and (i64.lt_s (local.get $v_j) (i64.const 1099511627776)) (i64.gt_s (local.get $v_j) (i64.const -1099511627776))) (i64.ge_s (local.get $v_i) (i64.const 0))) (i64.lt_s (local.get $v_i) (local.get $h4))) (i64.ge_s (i64.add (local.get $v_j) (i64.const 0)) (i64.const 0))) (i64.le_s (i64.add (local.get $t10) (i64.const 0)) (local.get $h4))) (then
    (local.set $b18 (i32.and (i32.load offset=4 (i32.add (local.get $v_s) (i32.shl (i32.wrap_i64 (local.get $v_i)) (local.get $h5)))) (local.get $h6)))
    (block $brk2 (loop $top2
      (br_if $brk2 (i64.ge_s (local.get $v_j) (local.get $t10)))
      (block $cnt2
    (if (i64.gt_s (block (result i64) (local.set $t19 (local.get $v_j)) (local.set $t21 (local.get $v_i)) (local.set $t20 (i64.sub (local.get $t19) (local.get $t21))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t19) (local.get $t21)) (i64.xor (local.get $t19) (local.get $t20))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t20)) (i64.const 2)) (then
    (br $brk2)
    ) (else
    ))
    (local.set $v_key (call $str_concat (call $str_char (local.get $v_s) (local.get $v_i)) (call $str_char (local.get $v_s) (local.get $v_j))))
    (call $dict_set (local.get $v_pairs) (i64.extend_i32_u (local.get $v_key)) (block (result i64) (local.set $t22 (call $dict_get_or (local.get $v_pairs) (i64.extend_i32_u (local.get $v_key)) (i32.const 2) (i64.const 0))) (local.set $t23 (i64.add (local.get $t22) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t22) (i64.const -1)) (local.get $t23)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t23)) (i32.const 2))
      )
      (local.set $v_j (i64.add (local.get $v_j) (i64.const 1)))
      (br $top2)))
    ) (else
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $v_j) (local.get $t10)))
      (block $cnt1
    (if (i64.gt_s (block (result i64) (local.set $t12 (local.get $v_j)) (local.set $t14 (local.get $v_i)) (local.set $t13 (i64.sub (local.get $t12) (local.get $t14))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t12) (local.get $t14)) (i64.xor (local.get $t12) (local.get $t13))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t13)) (i64.const 2)) (then
    (br $brk1)
    ) (else
    ))
    (local.set $v_key (call $str_concat (call $str_char (local.get $v_s) (local.get $v_i)) (call $str_char (local.get $v_s) (local.get $v_j))))
    (call $dict_set (local.get $v_pairs) (i64.extend_i32_u (local.get $v_key)) (block (result i64) (local.set $t16 (call $dict_get_or (local.get $v_pairs) (i64.extend_i32_u (local.get $v_key)) (i32.const 2) (i64.const 0))) (local.set $t17 (i64.add (local.get $t16) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t16) (i64.const -1)) (local.get $t17)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t17)) (i32.const 2))
      )
      (local.set $v_j (i64.add (local.get $v_j) (i64.const 1)))
      (br $top1)))
    ))
      )
      (local.set $v_i (i64.add (local.get $v_i) (i64.const 1)))
      (br $top0)))
    (call $log (i32.const 1) (i32.add (local.tee $t32 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (i64.extend_i32_u (i32.load (i32.load (local.get $v_pairs))))) (i32.const 1029)) (call $str_concat (call $str_concat (i32.const 1034) (call $str_join (i32.const 1039) (block (result i32)
    (local.set $t24 (call $list_new (i32.const 0)))
    (local.set $t25 (call $list_sorted (call $list_copy (i32.load (local.get $v_pairs))) (i32.const 2) (i32.const 0)))
    (local.set $t26 (i64.const 0))
    (block $brk3 (loop $top3
      (br_if $brk3 (i64.ge_s (local.get $t26) (i64.extend_i32_u (i32.and (i32.load (local.get $t25)) (i32.const 1073741823)))))
      (local.set $v_item.c0 (i32.load (call $list_addr (local.get $t25) (local.get $t26))))
      (local.set $t26 (i64.add (local.get $t26) (i64.const 1)))
      (block $cnt3
    (call $list_append (local.get $t24) (i64.extend_i32_u (call $str_repr (local.get $v_item.c0))))
      )
      (br $top3)))
    (local.get $t24)))) (i32.const 1045))) (i32.const 1029)) (call $str_concat (call $str_concat (i32.const 1034) (call $str_join (i32.const 1039) (block (result i32)
    (local.set $t28 (call $list_new (i32.const 0)))
    (local.set $t29 (call $list_sorted (call $list_copy (i32.load offset=4 (local.get $v_pairs))) (i32.const 0) (i32.const 1)))
    (local.set $t30 (i64.const 0))
    (block $brk4 (loop $top4
      (br_if $brk4 (i64.ge_s (local.get $t30) (i64.extend_i32_u (i32.and (i32.load (local.get $t29)) (i32.const 1073741823)))))
      (local.set $v_item.c1 (i64.load (call $list_addr (local.get $t29) (local.get $t30))))
      (local.set $t30 (i64.add (local.get $t30) (i64.const 1)))
      (block $cnt4
    (call $list_append (local.get $t28) (i64.extend_i32_u (call $int_to_str (local.get $v_item.c1))))
      )
      (br $top4)))
    (local.get $t28)))) (i32.const 1045))))) (i32.const 4)) (i32.and (i32.load (local.get $t32)) (i32.const 1073741823)))
    (return (i64.extend_i32_u (i32.load (i32.load (local.get $v_pairs)))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1050) (i32.const 1055))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $list_sorted
  ;; linked: $item_lt
  ;; linked: $dict_new
  ;; linked: $dict_find
  ;; linked: $dict_get_or
  ;; linked: $dict_set
  ;; linked: $list_copy
  ;; linked: $str_repr
  ;; linked: $repr_width
  ;; linked: $printable
  ;; linked: $put_cp
  ;; linked: $put_hex
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $str_of_cp
  ;; linked: $cp_copy
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $str_cmp
  ;; linked: $norm_index
  ;; linked: $str_at
  ;; linked: $str_char
  ;; linked: $str_join
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
