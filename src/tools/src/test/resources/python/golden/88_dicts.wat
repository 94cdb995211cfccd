(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1392))
  (global $heap (mut i32) (i32.const 1392))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $k_NAMES (mut i32) (i32.const 0))
  (global $k_LIMITS (mut i32) (i32.const 0))
  (global $k_BOOST (mut i32) (i32.const 0))
  (global $msg_memory i32 (i32.const 1160))
  (global $msg_list_index i32 (i32.const 1190))
  (global $msg_overflow i32 (i32.const 1229))
  (global $msg_key i32 (i32.const 1286))
  (global $msg_no_return i32 (i32.const 1326))
  (data (i32.const 1024) "\01\00\00\00\61")
  (data (i32.const 1029) "\01\00\00\00\62")
  (data (i32.const 1034) "\01\00\00\00\63")
  (data (i32.const 1039) "\01\00\00\00\20")
  (data (i32.const 1044) "\01\00\00\00\7a")
  (data (i32.const 1049) "\00\00\00\00")
  (data (i32.const 1053) "\01\00\00\00\5b")
  (data (i32.const 1058) "\02\00\00\00\2c\20")
  (data (i32.const 1064) "\01\00\00\00\5d")
  (data (i32.const 1069) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1077) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1086) "\03\00\00\00\6f\6e\65")
  (data (i32.const 1093) "\03\00\00\00\74\77\6f")
  (data (i32.const 1100) "\05\00\00\00\74\68\72\65\65")
  (data (i32.const 1109) "\04\00\00\00\6e\6f\6e\65")
  (data (i32.const 1117) "\05\00\00\00\62\6f\6f\6b\73")
  (data (i32.const 1126) "\04\00\00\00\74\6f\79\73")
  (data (i32.const 1134) "\05\00\00\00\6d\75\73\69\63")
  (data (i32.const 1143) "\08\00\00\00\63\61\74\65\67\6f\72\79")
  (data (i32.const 1155) "\01\00\00\00\6e")
  (data (i32.const 1160) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1190) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1229) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1286) "\24\00\00\00\4b\65\79\45\72\72\6f\72\3a\20\74\68\65\20\6b\65\79\20\69\73\20\6e\6f\74\20\69\6e\20\74\68\65\20\64\69\63\74")
  (data (i32.const 1326) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_category i32) (param $v_n i64) (result f64)
    (local $v_counts i32)
    (local $t1 i32)
    (local $t2 i32)
    (local $t3 i64)
    (local $v_w i32)
    (local $t5 i64)
    (local $t6 i64)
    (local $t7 i32)
    (local $v_keys i32)
    (local $t9 i32)
    (local $t10 i64)
    (local $v_k i32)
    (local $v___d_18_5 i32)
    (local $v___z0_18_5 i32)
    (local $v___z1_18_5 i32)
    (local $t15 i64)
    (local $t16 i64)
    (local $v___k_18_5 i64)
    (local $t18 i64)
    (local $t19 i64)
    (local $h20 i64)
    (local $h21 i32)
    (local $h22 i64)
    (local $h23 i32)
    (local $t24 i64)
    (local $t25 i64)
    (local $v_v i64)
    (local $t27 i32)
    (local $t28 i32)
    (local $t29 i64)
    (local $v_item.c0 i32)
    (local $t31 i32)
    (local $t32 i32)
    (local $t33 i64)
    (local $v_item.c1 i64)
    (local $t35 i32)
    (local $t36 i32)
    (local $t37 i32)
    (local $t38 i64)
    (local $v_v.c2 i64)
    (local $t40 i32)
    (local $t41 i32)
    (local $t42 i32)
    (local $t43 i64)
    (local $v_v.c4 i64)
    (local $t45 i32)
    (local $t46 i64)
    (local $v_item.c3 i64)
    (local $t48 i32)
    (local $t49 i32)
    (local $t50 i32)
    (local $t51 i32)
    (local $t52 i32)
    (local $t53 i32)
    (local $t54 i32)
    (local $t55 i32)
    (local $t56 i32)
    (local $t57 i32)
    (local $t58 i32)
    (local $t59 i64)
    (local $v_item.c5 i32)
    (local $t61 i32)
    (local $v_total f64)
    (local $v_i i64)
    (local $t64 i64)
    (local $t65 i64)
    (local $t66 i32)
    (local $t67 i32)
    (local $t68 i32)
    (local.set $v_counts (call $dict_new))
    (local.set $t2 (block (result i32) (local.set $t1 (call $list_new (i32.const 0))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1024))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1029))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1024))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1034))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1024))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1029))) (local.get $t1)))
    (local.set $t3 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t3) (i64.extend_i32_u (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)))))
      (local.set $v_w (i32.load (call $list_addr (local.get $t2) (local.get $t3))))
      (local.set $t3 (i64.add (local.get $t3) (i64.const 1)))
      (block $cnt0
    (call $dict_set (local.get $v_counts) (i64.extend_i32_u (local.get $v_w)) (block (result i64) (local.set $t5 (call $dict_get_or (local.get $v_counts) (i64.extend_i32_u (local.get $v_w)) (i32.const 2) (i64.const 0))) (local.set $t6 (i64.add (local.get $t5) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t5) (i64.const -1)) (local.get $t6)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t6)) (i32.const 2))
      )
      (br $top0)))
    (call $log (i32.const 1) (i32.add (local.tee $t7 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (i64.extend_i32_u (i32.load (i32.load (local.get $v_counts))))) (i32.const 1039)) (call $int_to_str (call $dict_get (local.get $v_counts) (i64.extend_i32_u (i32.const 1024)) (i32.const 2)))) (i32.const 1039)) (call $int_to_str (call $dict_get_or (local.get $v_counts) (i64.extend_i32_u (i32.const 1044)) (i32.const 2) (call $sub_ovf (i64.const 0) (i64.const 1))))))) (i32.const 4)) (i32.and (i32.load (local.get $t7)) (i32.const 1073741823)))
    (local.set $v_keys (i32.const 1049))
    (local.set $t9 (call $list_copy (i32.load (local.get $v_counts))))
    (local.set $t10 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t10) (i64.extend_i32_u (i32.and (i32.load (local.get $t9)) (i32.const 1073741823)))))
      (local.set $v_k (i32.load (call $list_addr (local.get $t9) (local.get $t10))))
      (local.set $t10 (i64.add (local.get $t10) (i64.const 1)))
      (block $cnt1
    (local.set $v_keys (call $str_append (local.get $v_keys) (local.get $v_k)))
      )
      (br $top1)))
    (local.set $v___d_18_5 (local.get $v_counts))
    (local.set $v___z0_18_5 (call $list_copy (i32.load (local.get $v___d_18_5))))
    (local.set $v___z1_18_5 (call $list_copy (i32.load offset=4 (local.get $v___d_18_5))))
    (local.set $v___k_18_5 (i64.const 0))
    (local.set $t18 (block (result i64) (local.set $t15 (i64.extend_i32_u (i32.load (local.get $v___z0_18_5)))) (local.set $t16 (i64.extend_i32_u (i32.load (local.get $v___z1_18_5)))) (select (local.get $t16) (local.get $t15) (i64.lt_s (local.get $t16) (local.get $t15)))))
    (local.set $t19 (i64.const 1))
    (local.set $h20 (i64.extend_i32_u (i32.load (local.get $v___z0_18_5))))
    (local.set $h21 (i32.load offset=8 (local.get $v___z0_18_5)))
    (local.set $h22 (i64.extend_i32_u (i32.load (local.get $v___z1_18_5))))
    (local.set $h23 (i32.load offset=8 (local.get $v___z1_18_5)))
    (if (i32.and (i32.and (i32.and (i64.lt_s (local.get $t18) (i64.const 1099511627776)) (i64.gt_s (local.get $t18) (i64.const -1099511627776))) (i64.le_s (i64.add (local.get $t18) (i64.const 0)) (local.get $h20))) (i64.le_s (i64.add (local.get $t18) (i64.const 0)) (local.get $h22))) (then
    (block $brk3 (loop $top3
      (br_if $brk3 (i64.ge_s (local.get $v___k_18_5) (local.get $t18)))
      (block $cnt3
    (local.set $v_k (i32.load (i32.add (local.get $h21) (i32.shl (i32.wrap_i64 (local.get $v___k_18_5)) (i32.const 3)))))
    (local.set $v_v (i64.load (i32.add (local.get $h23) (i32.shl (i32.wrap_i64 (local.get $v___k_18_5)) (i32.const 3)))))
    (local.set $v_keys (call $str_append (local.get $v_keys) (call $int_to_str (local.get $v_v))))
      )
      (local.set $v___k_18_5 (i64.add (local.get $v___k_18_5) (i64.const 1)))
      (br $top3)))
    ) (else
    (block $brk2 (loop $top2
      (br_if $brk2 (i64.ge_s (local.get $v___k_18_5) (local.get $t18)))
      (block $cnt2
    (local.set $v_k (i32.load (i32.add (local.get $h21) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t24 (local.get $v___k_18_5)) (i64.const -1)) (i64.sub (local.get $t24) (local.get $h20))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t24))) (else (call $norm_index (local.get $t24) (i32.wrap_i64 (local.get $h20)) (global.get $msg_list_index)))) (i32.const 3)))))
    (local.set $v_v (i64.load (i32.add (local.get $h23) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t25 (local.get $v___k_18_5)) (i64.const -1)) (i64.sub (local.get $t25) (local.get $h22))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t25))) (else (call $norm_index (local.get $t25) (i32.wrap_i64 (local.get $h22)) (global.get $msg_list_index)))) (i32.const 3)))))
    (local.set $v_keys (call $str_append (local.get $v_keys) (call $int_to_str (local.get $v_v))))
      )
      (local.set $v___k_18_5 (i64.add (local.get $v___k_18_5) (i64.const 1)))
      (br $top2)))
    ))
    (call $log (i32.const 1) (i32.add (local.tee $t35 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (local.get $v_keys) (i32.const 1039)) (call $str_concat (call $str_concat (i32.const 1053) (call $str_join (i32.const 1058) (block (result i32)
    (local.set $t27 (call $list_new (i32.const 0)))
    (local.set $t28 (call $list_sorted (call $list_copy (i32.load (local.get $v_counts))) (i32.const 2) (i32.const 0)))
    (local.set $t29 (i64.const 0))
    (block $brk4 (loop $top4
      (br_if $brk4 (i64.ge_s (local.get $t29) (i64.extend_i32_u (i32.and (i32.load (local.get $t28)) (i32.const 1073741823)))))
      (local.set $v_item.c0 (i32.load (call $list_addr (local.get $t28) (local.get $t29))))
      (local.set $t29 (i64.add (local.get $t29) (i64.const 1)))
      (block $cnt4
    (call $list_append (local.get $t27) (i64.extend_i32_u (call $str_repr (local.get $v_item.c0))))
      )
      (br $top4)))
    (local.get $t27)))) (i32.const 1064))) (i32.const 1039)) (call $str_concat (call $str_concat (i32.const 1053) (call $str_join (i32.const 1058) (block (result i32)
    (local.set $t31 (call $list_new (i32.const 0)))
    (local.set $t32 (call $list_sorted (call $list_copy (i32.load offset=4 (local.get $v_counts))) (i32.const 0) (i32.const 0)))
    (local.set $t33 (i64.const 0))
    (block $brk5 (loop $top5
      (br_if $brk5 (i64.ge_s (local.get $t33) (i64.extend_i32_u (i32.and (i32.load (local.get $t32)) (i32.const 1073741823)))))
      (local.set $v_item.c1 (i64.load (call $list_addr (local.get $t32) (local.get $t33))))
      (local.set $t33 (i64.add (local.get $t33) (i64.const 1)))
      (block $cnt5
    (call $list_append (local.get $t31) (i64.extend_i32_u (call $int_to_str (local.get $v_item.c1))))
      )
      (br $top5)))
    (local.get $t31)))) (i32.const 1064))) (i32.const 1039)) (call $int_to_str (i64.extend_i32_u (i32.load (call $list_copy (i32.load offset=4 (local.get $v_counts))))))))) (i32.const 4)) (i32.and (i32.load (local.get $t35)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t48 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1053) (call $str_join (i32.const 1058) (block (result i32)
    (local.set $t40 (call $list_new (i32.const 0)))
    (local.set $t45 (block (result i32)
    (local.set $t41 (call $list_new (i32.const 0)))
    (local.set $t42 (call $list_copy (i32.load offset=4 (local.get $v_counts))))
    (local.set $t43 (i64.const 0))
    (block $brk8 (loop $top8
      (br_if $brk8 (i64.ge_s (local.get $t43) (i64.extend_i32_u (i32.and (i32.load (local.get $t42)) (i32.const 1073741823)))))
      (local.set $v_v.c4 (i64.load (call $list_addr (local.get $t42) (local.get $t43))))
      (local.set $t43 (i64.add (local.get $t43) (i64.const 1)))
      (block $cnt8
    (call $list_append (local.get $t41) (call $mul_ovf (local.get $v_v.c4) (i64.const 2)))
      )
      (br $top8)))
    (local.get $t41)))
    (local.set $t46 (i64.const 0))
    (block $brk7 (loop $top7
      (br_if $brk7 (i64.ge_s (local.get $t46) (i64.extend_i32_u (i32.and (i32.load (local.get $t45)) (i32.const 1073741823)))))
      (local.set $v_item.c3 (i64.load (call $list_addr (local.get $t45) (local.get $t46))))
      (local.set $t46 (i64.add (local.get $t46) (i64.const 1)))
      (block $cnt7
    (call $list_append (local.get $t40) (i64.extend_i32_u (call $int_to_str (local.get $v_item.c3))))
      )
      (br $top7)))
    (local.get $t40)))) (i32.const 1064)) (i32.const 1039)) (select (i32.const 1069) (i32.const 1077) (call $list_has (call $list_copy (i32.load (local.get $v_counts))) (i64.extend_i32_u (i32.const 1029)) (i32.const 2)))))) (i32.const 4)) (i32.and (i32.load (local.get $t48)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t52 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.wrap_i64 (call $dict_get_or (block (result i32) (if (i32.eqz (global.get $k_NAMES)) (then (global.set $k_NAMES (block (result i32) (local.set $t49 (call $dict_new)) (call $dict_set (local.get $t49) (i64.const 1) (i64.extend_i32_u (i32.const 1086)) (i32.const 0)) (call $dict_set (local.get $t49) (i64.const 2) (i64.extend_i32_u (i32.const 1093)) (i32.const 0)) (call $dict_set (local.get $t49) (i64.const 3) (i64.extend_i32_u (i32.const 1100)) (i32.const 0)) (local.get $t49))))) (global.get $k_NAMES)) (local.get $v_n) (i32.const 0) (i64.extend_i32_u (i32.const 1109)))) (i32.const 1039)) (select (i32.const 1069) (i32.const 1077) (i32.ge_s (call $dict_find (block (result i32) (if (i32.eqz (global.get $k_NAMES)) (then (global.set $k_NAMES (block (result i32) (local.set $t50 (call $dict_new)) (call $dict_set (local.get $t50) (i64.const 1) (i64.extend_i32_u (i32.const 1086)) (i32.const 0)) (call $dict_set (local.get $t50) (i64.const 2) (i64.extend_i32_u (i32.const 1093)) (i32.const 0)) (call $dict_set (local.get $t50) (i64.const 3) (i64.extend_i32_u (i32.const 1100)) (i32.const 0)) (local.get $t50))))) (global.get $k_NAMES)) (local.get $v_n) (i32.const 0)) (i32.const 0)))) (i32.const 1039)) (select (i32.const 1069) (i32.const 1077) (i32.eqz (i32.ge_s (call $dict_find (block (result i32) (if (i32.eqz (global.get $k_NAMES)) (then (global.set $k_NAMES (block (result i32) (local.set $t51 (call $dict_new)) (call $dict_set (local.get $t51) (i64.const 1) (i64.extend_i32_u (i32.const 1086)) (i32.const 0)) (call $dict_set (local.get $t51) (i64.const 2) (i64.extend_i32_u (i32.const 1093)) (i32.const 0)) (call $dict_set (local.get $t51) (i64.const 3) (i64.extend_i32_u (i32.const 1100)) (i32.const 0)) (local.get $t51))))) (global.get $k_NAMES)) (i64.const 7) (i32.const 0)) (i32.const 0))))))) (i32.const 4)) (i32.and (i32.load (local.get $t52)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t61 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (call $dict_get_or (block (result i32) (if (i32.eqz (global.get $k_LIMITS)) (then (global.set $k_LIMITS (block (result i32) (local.set $t53 (call $dict_new)) (call $dict_set (local.get $t53) (i64.extend_i32_u (i32.const 1117)) (i64.const 10) (i32.const 2)) (call $dict_set (local.get $t53) (i64.extend_i32_u (i32.const 1126)) (i64.const 3) (i32.const 2)) (call $dict_set (local.get $t53) (i64.extend_i32_u (i32.const 1117)) (i64.const 12) (i32.const 2)) (local.get $t53))))) (global.get $k_LIMITS)) (i64.extend_i32_u (local.get $v_category)) (i32.const 2) (i64.const 0))) (i32.const 1039)) (call $int_to_str (i64.extend_i32_u (i32.load (i32.load (block (result i32) (if (i32.eqz (global.get $k_LIMITS)) (then (global.set $k_LIMITS (block (result i32) (local.set $t54 (call $dict_new)) (call $dict_set (local.get $t54) (i64.extend_i32_u (i32.const 1117)) (i64.const 10) (i32.const 2)) (call $dict_set (local.get $t54) (i64.extend_i32_u (i32.const 1126)) (i64.const 3) (i32.const 2)) (call $dict_set (local.get $t54) (i64.extend_i32_u (i32.const 1117)) (i64.const 12) (i32.const 2)) (local.get $t54))))) (global.get $k_LIMITS))))))) (i32.const 1039)) (call $str_concat (call $str_concat (i32.const 1053) (call $str_join (i32.const 1058) (block (result i32)
    (local.set $t56 (call $list_new (i32.const 0)))
    (local.set $t58 (call $list_sorted (call $list_copy (i32.load (block (result i32) (if (i32.eqz (global.get $k_LIMITS)) (then (global.set $k_LIMITS (block (result i32) (local.set $t57 (call $dict_new)) (call $dict_set (local.get $t57) (i64.extend_i32_u (i32.const 1117)) (i64.const 10) (i32.const 2)) (call $dict_set (local.get $t57) (i64.extend_i32_u (i32.const 1126)) (i64.const 3) (i32.const 2)) (call $dict_set (local.get $t57) (i64.extend_i32_u (i32.const 1117)) (i64.const 12) (i32.const 2)) (local.get $t57))))) (global.get $k_LIMITS)))) (i32.const 2) (i32.const 0)))
    (local.set $t59 (i64.const 0))
    (block $brk9 (loop $top9
      (br_if $brk9 (i64.ge_s (local.get $t59) (i64.extend_i32_u (i32.and (i32.load (local.get $t58)) (i32.const 1073741823)))))
      (local.set $v_item.c5 (i32.load (call $list_addr (local.get $t58) (local.get $t59))))
      (local.set $t59 (i64.add (local.get $t59) (i64.const 1)))
      (block $cnt9
    (call $list_append (local.get $t56) (i64.extend_i32_u (call $str_repr (local.get $v_item.c5))))
      )
      (br $top9)))
    (local.get $t56)))) (i32.const 1064))))) (i32.const 4)) (i32.and (i32.load (local.get $t61)) (i32.const 1073741823)))
    (local.set $v_total (f64.const 0x0.0p0))
    (local.set $v_i (i64.const 0))
    (local.set $t64 (i64.const 3))
    (local.set $t65 (i64.const 1))
    (block $brk10 (loop $top10
      (br_if $brk10 (i64.ge_s (local.get $v_i) (local.get $t64)))
      (block $cnt10
    (local.set $v_total (f64.add (local.get $v_total) (f64.mul (f64.reinterpret_i64 (call $dict_get_or (block (result i32) (if (i32.eqz (global.get $k_BOOST)) (then (global.set $k_BOOST (block (result i32) (local.set $t66 (call $dict_new)) (call $dict_set (local.get $t66) (i64.extend_i32_u (i32.const 1117)) (i64.reinterpret_f64 (f64.const 0x1.8p0)) (i32.const 2)) (call $dict_set (local.get $t66) (i64.extend_i32_u (i32.const 1134)) (i64.reinterpret_f64 (f64.const 0x1.3333333333333p0)) (i32.const 2)) (call $dict_set (local.get $t66) (i64.extend_i32_u (i32.const 1126)) (i64.reinterpret_f64 (f64.const 0x1.999999999999ap-1)) (i32.const 2)) (local.get $t66))))) (global.get $k_BOOST)) (i64.extend_i32_u (local.get $v_category)) (i32.const 2) (i64.reinterpret_f64 (f64.const 0x1.0p0)))) (f64.convert_i64_s (local.get $v_i)))))
      )
      (local.set $v_i (i64.add (local.get $v_i) (i64.const 1)))
      (br $top10)))
    (if (i32.ge_s (call $dict_find (block (result i32) (if (i32.eqz (global.get $k_BOOST)) (then (global.set $k_BOOST (block (result i32) (local.set $t67 (call $dict_new)) (call $dict_set (local.get $t67) (i64.extend_i32_u (i32.const 1117)) (i64.reinterpret_f64 (f64.const 0x1.8p0)) (i32.const 2)) (call $dict_set (local.get $t67) (i64.extend_i32_u (i32.const 1134)) (i64.reinterpret_f64 (f64.const 0x1.3333333333333p0)) (i32.const 2)) (call $dict_set (local.get $t67) (i64.extend_i32_u (i32.const 1126)) (i64.reinterpret_f64 (f64.const 0x1.999999999999ap-1)) (i32.const 2)) (local.get $t67))))) (global.get $k_BOOST)) (i64.extend_i32_u (local.get $v_category)) (i32.const 2)) (i32.const 0)) (then
    (return (f64.add (f64.reinterpret_i64 (call $dict_get (block (result i32) (if (i32.eqz (global.get $k_BOOST)) (then (global.set $k_BOOST (block (result i32) (local.set $t68 (call $dict_new)) (call $dict_set (local.get $t68) (i64.extend_i32_u (i32.const 1117)) (i64.reinterpret_f64 (f64.const 0x1.8p0)) (i32.const 2)) (call $dict_set (local.get $t68) (i64.extend_i32_u (i32.const 1134)) (i64.reinterpret_f64 (f64.const 0x1.3333333333333p0)) (i32.const 2)) (call $dict_set (local.get $t68) (i64.extend_i32_u (i32.const 1126)) (i64.reinterpret_f64 (f64.const 0x1.999999999999ap-1)) (i32.const 2)) (local.get $t68))))) (global.get $k_BOOST)) (i64.extend_i32_u (local.get $v_category)) (i32.const 2))) (local.get $v_total)))
    ) (else
    ))
    (return (local.get $v_total))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (global.set $k_NAMES (i32.const 0))
    (global.set $k_LIMITS (i32.const 0))
    (global.set $k_BOOST (i32.const 0))
    (call $f_filter (call $param_str (i32.const 1143) (i32.const 1049)) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1155) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $list_sorted
  ;; linked: $item_lt
  ;; linked: $dict_new
  ;; linked: $dict_find
  ;; linked: $dict_get
  ;; linked: $dict_get_or
  ;; linked: $dict_set
  ;; linked: $list_copy
  ;; linked: $str_repr
  ;; linked: $repr_width
  ;; linked: $printable
  ;; linked: $put_cp
  ;; linked: $put_hex
  ;; linked: $list_has
  ;; linked: $sub_ovf
  ;; linked: $mul_ovf
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $cp_copy
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $str_cmp
  ;; linked: $norm_index
  ;; linked: $str_join
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
