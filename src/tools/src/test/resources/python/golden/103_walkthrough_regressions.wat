(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1312))
  (global $heap (mut i32) (i32.const 1312))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $k_TAGS (mut i32) (i32.const 0))
  (global $msg_memory i32 (i32.const 1084))
  (global $msg_str_index i32 (i32.const 1114))
  (global $msg_list_index i32 (i32.const 1155))
  (global $msg_overflow i32 (i32.const 1194))
  (global $msg_no_return i32 (i32.const 1251))
  (data (i32.const 1024) "\01\00\00\00\3a")
  (data (i32.const 1029) "\01\00\00\00\61")
  (data (i32.const 1034) "\01\00\00\00\62")
  (data (i32.const 1039) "\01\00\00\00\63")
  (data (i32.const 1044) "\01\00\00\00\7a")
  (data (i32.const 1049) "\01\00\00\00\64")
  (data (i32.const 1054) "\01\00\00\00\5b")
  (data (i32.const 1059) "\02\00\00\00\2c\20")
  (data (i32.const 1065) "\01\00\00\00\5d")
  (data (i32.const 1070) "\01\00\00\00\20")
  (data (i32.const 1075) "\01\00\00\00\73")
  (data (i32.const 1080) "\00\00\00\00")
  (data (i32.const 1084) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1114) "\25\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\73\74\72\69\6e\67\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1155) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1194) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1251) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_add (param $v_out i32) (param $v_item i32)
    (call $list_append (local.get $v_out) (i64.extend_i32_u (local.get $v_item)))
  )
  (func $f_filter (param $v_s i32) (result i64)
    (local $t0 i32)
    (local $v___n_15_24 i64)
    (local $t2 i32)
    (local $t3 i64)
    (local $v_c.c0 i32)
    (local $v_i.c0 i64)
    (local $t6 i64)
    (local $t7 i64)
    (local $v_pairs i32)
    (local $v___n_16_5 i64)
    (local $t10 i32)
    (local $t11 i64)
    (local $v_c i32)
    (local $v_i i64)
    (local $t14 i64)
    (local $t15 i64)
    (local $t16 i32)
    (local $t17 i32)
    (local $t18 i32)
    (local $v_t i32)
    (local $t20 i32)
    (local $t21 i32)
    (local $t22 i64)
    (local $v_item.c1 i32)
    (local $t24 i32)
    (local $t25 i32)
    (local $t26 i32)
    (local $t27 i32)
    (local $t28 i32)
    (local $t29 i64)
    (local $v_item.c2 i32)
    (local $t31 i32)
    (local $t32 i32)
    (local $t33 i64)
    (local $v_item.c3 i32)
    (local $t35 i32)
    (local $t36 i64)
    (local $t37 i64)
    (local $t38 i64)
    (local $t39 i32)
    (local $t40 i32)
    (local.set $v_pairs (block (result i32)
    (local.set $t0 (call $list_new (i32.const 0)))
    (local.set $v___n_15_24 (i64.const 1))
    (local.set $t2 (local.get $v_s))
    (local.set $t3 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t3) (i64.extend_i32_u (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)))))
      (local.set $v_c.c0 (call $str_char (local.get $t2) (local.get $t3)))
      (local.set $t3 (i64.add (local.get $t3) (i64.const 1)))
      (block $cnt0
    (local.set $v_i.c0 (local.get $v___n_15_24))
    (local.set $v___n_15_24 (block (result i64) (local.set $t6 (local.get $v___n_15_24)) (local.set $t7 (i64.add (local.get $t6) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t6) (i64.const -1)) (local.get $t7)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t7)))
    (call $list_append (local.get $t0) (i64.extend_i32_u (call $str_concat (call $int_to_str (local.get $v_i.c0)) (local.get $v_c.c0))))
      )
      (br $top0)))
    (local.get $t0)))
    (local.set $v___n_16_5 (i64.const 5))
    (local.set $t10 (local.get $v_s))
    (local.set $t11 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t11) (i64.extend_i32_u (i32.and (i32.load (local.get $t10)) (i32.const 1073741823)))))
      (local.set $v_c (call $str_char (local.get $t10) (local.get $t11)))
      (local.set $t11 (i64.add (local.get $t11) (i64.const 1)))
      (block $cnt1
    (local.set $v_i (local.get $v___n_16_5))
    (local.set $v___n_16_5 (block (result i64) (local.set $t14 (local.get $v___n_16_5)) (local.set $t15 (i64.add (local.get $t14) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t14) (i64.const -1)) (local.get $t15)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t15)))
    (call $list_append (local.get $v_pairs) (i64.extend_i32_u (call $str_concat (call $str_concat (call $int_to_str (local.get $v_i)) (i32.const 1024)) (local.get $v_c))))
      )
      (br $top1)))
    (call $list_append (block (result i32) (if (i32.eqz (global.get $k_TAGS)) (then (global.set $k_TAGS (block (result i32) (local.set $t16 (call $list_new (i32.const 0))) (call $list_append (local.get $t16) (i64.extend_i32_u (i32.const 1029))) (call $list_append (local.get $t16) (i64.extend_i32_u (i32.const 1034))) (local.get $t16))))) (global.get $k_TAGS)) (i64.extend_i32_u (i32.const 1039)))
    (call $f_add (block (result i32) (if (i32.eqz (global.get $k_TAGS)) (then (global.set $k_TAGS (block (result i32) (local.set $t17 (call $list_new (i32.const 0))) (call $list_append (local.get $t17) (i64.extend_i32_u (i32.const 1029))) (call $list_append (local.get $t17) (i64.extend_i32_u (i32.const 1034))) (local.get $t17))))) (global.get $k_TAGS)) (i32.const 1044))
    (local.set $v_t (block (result i32) (if (i32.eqz (global.get $k_TAGS)) (then (global.set $k_TAGS (block (result i32) (local.set $t18 (call $list_new (i32.const 0))) (call $list_append (local.get $t18) (i64.extend_i32_u (i32.const 1029))) (call $list_append (local.get $t18) (i64.extend_i32_u (i32.const 1034))) (local.get $t18))))) (global.get $k_TAGS)))
    (call $list_append (local.get $v_t) (i64.extend_i32_u (i32.const 1049)))
    (call $log (i32.const 1) (i32.add (local.tee $t35 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1054) (call $str_join (i32.const 1059) (block (result i32)
    (local.set $t20 (call $list_new (i32.const 0)))
    (local.set $t21 (local.get $v_pairs))
    (local.set $t22 (i64.const 0))
    (block $brk2 (loop $top2
      (br_if $brk2 (i64.ge_s (local.get $t22) (i64.extend_i32_u (i32.and (i32.load (local.get $t21)) (i32.const 1073741823)))))
      (local.set $v_item.c1 (i32.load (call $list_addr (local.get $t21) (local.get $t22))))
      (local.set $t22 (i64.add (local.get $t22) (i64.const 1)))
      (block $cnt2
    (call $list_append (local.get $t20) (i64.extend_i32_u (call $str_repr (local.get $v_item.c1))))
      )
      (br $top2)))
    (local.get $t20)))) (i32.const 1065)) (i32.const 1070)) (call $int_to_str (i64.extend_i32_u (i32.load (block (result i32) (if (i32.eqz (global.get $k_TAGS)) (then (global.set $k_TAGS (block (result i32) (local.set $t24 (call $list_new (i32.const 0))) (call $list_append (local.get $t24) (i64.extend_i32_u (i32.const 1029))) (call $list_append (local.get $t24) (i64.extend_i32_u (i32.const 1034))) (local.get $t24))))) (global.get $k_TAGS)))))) (i32.const 1070)) (call $str_concat (call $str_concat (i32.const 1054) (call $str_join (i32.const 1059) (block (result i32)
    (local.set $t26 (call $list_new (i32.const 0)))
    (local.set $t28 (block (result i32) (if (i32.eqz (global.get $k_TAGS)) (then (global.set $k_TAGS (block (result i32) (local.set $t27 (call $list_new (i32.const 0))) (call $list_append (local.get $t27) (i64.extend_i32_u (i32.const 1029))) (call $list_append (local.get $t27) (i64.extend_i32_u (i32.const 1034))) (local.get $t27))))) (global.get $k_TAGS)))
    (local.set $t29 (i64.const 0))
    (block $brk3 (loop $top3
      (br_if $brk3 (i64.ge_s (local.get $t29) (i64.extend_i32_u (i32.and (i32.load (local.get $t28)) (i32.const 1073741823)))))
      (local.set $v_item.c2 (i32.load (call $list_addr (local.get $t28) (local.get $t29))))
      (local.set $t29 (i64.add (local.get $t29) (i64.const 1)))
      (block $cnt3
    (call $list_append (local.get $t26) (i64.extend_i32_u (call $str_repr (local.get $v_item.c2))))
      )
      (br $top3)))
    (local.get $t26)))) (i32.const 1065))) (i32.const 1070)) (call $str_concat (call $str_concat (i32.const 1054) (call $str_join (i32.const 1059) (block (result i32)
    (local.set $t31 (call $list_new (i32.const 0)))
    (local.set $t32 (local.get $v_t))
    (local.set $t33 (i64.const 0))
    (block $brk4 (loop $top4
      (br_if $brk4 (i64.ge_s (local.get $t33) (i64.extend_i32_u (i32.and (i32.load (local.get $t32)) (i32.const 1073741823)))))
      (local.set $v_item.c3 (i32.load (call $list_addr (local.get $t32) (local.get $t33))))
      (local.set $t33 (i64.add (local.get $t33) (i64.const 1)))
      (block $cnt4
    (call $list_append (local.get $t31) (i64.extend_i32_u (call $str_repr (local.get $v_item.c3))))
      )
      (br $top4)))
    (local.get $t31)))) (i32.const 1065))))) (i32.const 4)) (i32.and (i32.load (local.get $t35)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t39 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (i64.const 19968)) (i32.const 1070)) (call $int_to_str (block (result i64) (local.set $t36 (i64.const 40959)) (local.set $t38 (i64.const 19968)) (local.set $t37 (i64.sub (local.get $t36) (local.get $t38))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t36) (local.get $t38)) (i64.xor (local.get $t36) (local.get $t37))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t37)))) (i32.const 1070)) (call $int_to_str (i64.const 15))) (i32.const 1070)) (call $int_to_str (i64.const 170))) (i32.const 1070)) (call $int_to_str (i64.const 255))) (i32.const 1070)) (call $int_to_str (i64.const 1))))) (i32.const 4)) (i32.and (i32.load (local.get $t39)) (i32.const 1073741823)))
    (return (i64.extend_i32_u (i32.load (block (result i32) (if (i32.eqz (global.get $k_TAGS)) (then (global.set $k_TAGS (block (result i32) (local.set $t40 (call $list_new (i32.const 0))) (call $list_append (local.get $t40) (i64.extend_i32_u (i32.const 1029))) (call $list_append (local.get $t40) (i64.extend_i32_u (i32.const 1034))) (local.get $t40))))) (global.get $k_TAGS)))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (global.set $k_TAGS (i32.const 0))
    (call $f_filter (call $param_str (i32.const 1075) (i32.const 1080))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
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
  ;; linked: $norm_index
  ;; linked: $str_at
  ;; linked: $str_char
  ;; linked: $str_join
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
