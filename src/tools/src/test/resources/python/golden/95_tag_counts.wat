(module
  (import "env" "get_field_string" (func $get_field_string (param i64 i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1344))
  (global $heap (mut i32) (i32.const 1344))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1083))
  (global $msg_list_index i32 (i32.const 1113))
  (global $msg_empty_sep i32 (i32.const 1152))
  (global $msg_overflow i32 (i32.const 1183))
  (global $msg_truediv_zero i32 (i32.const 1240))
  (global $msg_no_return i32 (i32.const 1279))
  (data (i32.const 1024) "\00\00\00\00")
  (data (i32.const 1028) "\04\00\00\00\74\61\67\73")
  (data (i32.const 1036) "\01\00\00\00\2c")
  (data (i32.const 1041) "\01\00\00\00\5b")
  (data (i32.const 1046) "\02\00\00\00\2c\20")
  (data (i32.const 1052) "\01\00\00\00\5d")
  (data (i32.const 1057) "\06\00\00\00\20\62\65\73\74\3d")
  (data (i32.const 1067) "\01\00\00\00\3a")
  (data (i32.const 1072) "\07\00\00\00\20\74\6f\74\61\6c\3d")
  (data (i32.const 1083) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1113) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1152) "\1b\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\65\6d\70\74\79\20\73\65\70\61\72\61\74\6f\72")
  (data (i32.const 1183) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1240) "\23\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1279) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
    (local $v_counts i32)
    (local $t1 i32)
    (local $t2 i32)
    (local $t3 i64)
    (local $v_tag i32)
    (local $t5 i64)
    (local $t6 i64)
    (local $v_best i32)
    (local $v_best_n i64)
    (local $v___d_11_5 i32)
    (local $v___z0_11_5 i32)
    (local $v___z1_11_5 i32)
    (local $t12 i64)
    (local $t13 i64)
    (local $v___k_11_5 i64)
    (local $t15 i64)
    (local $t16 i64)
    (local $h17 i64)
    (local $h18 i32)
    (local $h19 i64)
    (local $h20 i32)
    (local $t21 i64)
    (local $t22 i64)
    (local $v_n i64)
    (local $v___t0_13_13 i32)
    (local $v___t1_13_13 i64)
    (local $v_distinct i32)
    (local $t27 i32)
    (local $t28 i32)
    (local $t29 i64)
    (local $v_item.c0 i32)
    (local $t31 i32)
    (local $t32 i64)
    (local $v_item.c1 i64)
    (local $t34 i64)
    (local $t35 i64)
    (local $t36 i64)
    (local $t37 i64)
    (local $t38 i32)
    (local.set $v_counts (call $dict_new))
    (local.set $t2 (call $str_split (call $doc_str (local.tee $t1 (call $str_utf8 (i32.const 1028))) (i32.const 1024)) (i32.const 1036)))
    (local.set $t3 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t3) (i64.extend_i32_u (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)))))
      (local.set $v_tag (i32.load (call $list_addr (local.get $t2) (local.get $t3))))
      (local.set $t3 (i64.add (local.get $t3) (i64.const 1)))
      (block $cnt0
    (call $dict_set (local.get $v_counts) (i64.extend_i32_u (local.get $v_tag)) (block (result i64) (local.set $t5 (call $dict_get_or (local.get $v_counts) (i64.extend_i32_u (local.get $v_tag)) (i32.const 2) (i64.const 0))) (local.set $t6 (i64.add (local.get $t5) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t5) (i64.const -1)) (local.get $t6)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t6)) (i32.const 2))
      )
      (br $top0)))
    (local.set $v_best (i32.const 1024))
    (local.set $v_best_n (i64.const 0))
    (local.set $v___d_11_5 (local.get $v_counts))
    (local.set $v___z0_11_5 (call $list_copy (i32.load (local.get $v___d_11_5))))
    (local.set $v___z1_11_5 (call $list_copy (i32.load offset=4 (local.get $v___d_11_5))))
    (local.set $v___k_11_5 (i64.const 0))
    (local.set $t15 (block (result i64) (local.set $t12 (i64.extend_i32_u (i32.load (local.get $v___z0_11_5)))) (local.set $t13 (i64.extend_i32_u (i32.load (local.get $v___z1_11_5)))) (select (local.get $t13) (local.get $t12) (i64.lt_s (local.get $t13) (local.get $t12)))))
    (local.set $t16 (i64.const 1))
    (local.set $h17 (i64.extend_i32_u (i32.load (local.get $v___z0_11_5))))
    (local.set $h18 (i32.load offset=8 (local.get $v___z0_11_5)))
    (local.set $h19 (i64.extend_i32_u (i32.load (local.get $v___z1_11_5))))
    (local.set $h20 (i32.load offset=8 (local.get $v___z1_11_5)))
    (if (i32.and (i32.and (i32.and (i64.lt_s (local.get $t15) (i64.const 1099511627776)) (i64.gt_s (local.get $t15) (i64.const -1099511627776))) (i64.le_s (i64.add (local.get $t15) (i64.const 0)) (local.get $h17))) (i64.le_s (i64.add (local.get $t15) (i64.const 0)) (local.get $h19))) (then
    (block $brk2 (loop $top2
      (br_if $brk2 (i64.ge_s (local.get $v___k_11_5) (local.get $t15)))
      (block $cnt2
    (local.set $v_tag (i32.load (i32.add (local.get $h18) (i32.shl (i32.wrap_i64 (local.get $v___k_11_5)) (i32.const 3)))))
    (local.set $v_n (i64.load (i32.add (local.get $h20) (i32.shl (i32.wrap_i64 (local.get $v___k_11_5)) (i32.const 3)))))
    (if (i64.gt_s (local.get $v_n) (local.get $v_best_n)) (then
    (local.set $v___t0_13_13 (local.get $v_tag))
    (local.set $v___t1_13_13 (local.get $v_n))
    (local.set $v_best (local.get $v___t0_13_13))
    (local.set $v_best_n (local.get $v___t1_13_13))
    ) (else
    ))
      )
      (local.set $v___k_11_5 (i64.add (local.get $v___k_11_5) (i64.const 1)))
      (br $top2)))
    ) (else
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $v___k_11_5) (local.get $t15)))
      (block $cnt1
    (local.set $v_tag (i32.load (i32.add (local.get $h18) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t21 (local.get $v___k_11_5)) (i64.const -1)) (i64.sub (local.get $t21) (local.get $h17))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t21))) (else (call $norm_index (local.get $t21) (i32.wrap_i64 (local.get $h17)) (global.get $msg_list_index)))) (i32.const 3)))))
    (local.set $v_n (i64.load (i32.add (local.get $h20) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t22 (local.get $v___k_11_5)) (i64.const -1)) (i64.sub (local.get $t22) (local.get $h19))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t22))) (else (call $norm_index (local.get $t22) (i32.wrap_i64 (local.get $h19)) (global.get $msg_list_index)))) (i32.const 3)))))
    (if (i64.gt_s (local.get $v_n) (local.get $v_best_n)) (then
    (local.set $v___t0_13_13 (local.get $v_tag))
    (local.set $v___t1_13_13 (local.get $v_n))
    (local.set $v_best (local.get $v___t0_13_13))
    (local.set $v_best_n (local.get $v___t1_13_13))
    ) (else
    ))
      )
      (local.set $v___k_11_5 (i64.add (local.get $v___k_11_5) (i64.const 1)))
      (br $top1)))
    ))
    (local.set $v_distinct (call $list_sorted (call $list_copy (i32.load (local.get $v_counts))) (i32.const 2) (i32.const 0)))
    (call $log (i32.const 1) (i32.add (local.tee $t38 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1041) (call $str_join (i32.const 1046) (block (result i32)
    (local.set $t27 (call $list_new (i32.const 0)))
    (local.set $t28 (local.get $v_distinct))
    (local.set $t29 (i64.const 0))
    (block $brk3 (loop $top3
      (br_if $brk3 (i64.ge_s (local.get $t29) (i64.extend_i32_u (i32.and (i32.load (local.get $t28)) (i32.const 1073741823)))))
      (local.set $v_item.c0 (i32.load (call $list_addr (local.get $t28) (local.get $t29))))
      (local.set $t29 (i64.add (local.get $t29) (i64.const 1)))
      (block $cnt3
    (call $list_append (local.get $t27) (i64.extend_i32_u (call $str_repr (local.get $v_item.c0))))
      )
      (br $top3)))
    (local.get $t27)))) (i32.const 1052)) (i32.const 1057)) (local.get $v_best)) (i32.const 1067)) (call $int_to_str (local.get $v_best_n))) (i32.const 1072)) (call $int_to_str (block (result i64)
    (local.set $t34 (i64.const 0))
    (local.set $t31 (call $list_copy (i32.load offset=4 (local.get $v_counts))))
    (local.set $t32 (i64.const 0))
    (block $brk4 (loop $top4
      (br_if $brk4 (i64.ge_s (local.get $t32) (i64.extend_i32_u (i32.and (i32.load (local.get $t31)) (i32.const 1073741823)))))
      (local.set $v_item.c1 (i64.load (call $list_addr (local.get $t31) (local.get $t32))))
      (local.set $t32 (i64.add (local.get $t32) (i64.const 1)))
      (block $cnt4
    (local.set $t34 (block (result i64) (local.set $t35 (local.get $t34)) (local.set $t37 (local.get $v_item.c1)) (local.set $t36 (i64.add (local.get $t35) (local.get $t37))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t35) (local.get $t36)) (i64.xor (local.get $t37) (local.get $t36))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t36)))
      )
      (br $top4)))
    (local.get $t34)))))) (i32.const 4)) (i32.and (i32.load (local.get $t38)) (i32.const 1073741823)))
    (return (call $int_truediv (local.get $v_best_n) (i64.extend_i32_u (i32.load (i32.load (local.get $v_counts))))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (export "score") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_score))
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
  ;; linked: $int_truediv
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
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $str_cmp
  ;; linked: $norm_index
  ;; linked: $is_space
  ;; linked: $match_at
  ;; linked: $find_from
  ;; linked: $str_join
  ;; linked: $str_split
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
