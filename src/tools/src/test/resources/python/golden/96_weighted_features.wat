(module
  (import "env" "get_field_f64" (func $get_field_f64 (param i64 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1216))
  (global $c_sp (mut i32) (i32.const 9408))
  (global $heap_base i32 (i32.const 9408))
  (global $heap (mut i32) (i32.const 9408))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $k_WEIGHTS (mut i32) (i32.const 0))
  (global $msg_memory i32 (i32.const 1080))
  (global $msg_list_index i32 (i32.const 1110))
  (global $msg_no_return i32 (i32.const 1149))
  (data (i32.const 1024) "\01\00\00\00\66")
  (data (i32.const 1029) "\09\00\00\00\66\65\61\74\75\72\65\73\3d")
  (data (i32.const 1042) "\01\00\00\00\5b")
  (data (i32.const 1047) "\02\00\00\00\2c\20")
  (data (i32.const 1053) "\01\00\00\00\5d")
  (data (i32.const 1058) "\07\00\00\00\20\70\61\72\74\73\3d")
  (data (i32.const 1069) "\07\00\00\00\20\74\6f\74\61\6c\3d")
  (data (i32.const 1080) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1110) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1149) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_score (result f64)
    (local $t0 i32)
    (local $t1 i32)
    (local $v_i.c0 i64)
    (local $t3 i64)
    (local $t4 i64)
    (local $t5 i64)
    (local $t6 i32)
    (local $v_features i32)
    (local $t8 i32)
    (local $t9 i32)
    (local $v___z0_10_20 i32)
    (local $v___z1_10_20 i32)
    (local $t12 i64)
    (local $t13 i64)
    (local $v___k_10_20 i64)
    (local $t15 i64)
    (local $t16 i64)
    (local $t17 i64)
    (local $h18 i64)
    (local $h19 i32)
    (local $h20 i64)
    (local $h21 i32)
    (local $t22 i64)
    (local $v_w.c1 f64)
    (local $t24 i64)
    (local $v_x.c1 f64)
    (local $k26 i32)
    (local $k27 i32)
    (local $v_parts i32)
    (local $t29 i32)
    (local $t30 i64)
    (local $v_item.c2 f64)
    (local $t32 f64)
    (local $v_total f64)
    (local $t34 i32)
    (local $t35 i32)
    (local $t36 i64)
    (local $v_item.c3 f64)
    (local $t38 i32)
    (local $t39 i32)
    (local $t40 i64)
    (local $v_item.c4 f64)
    (local $t42 i32)
    (local.set $v_features (block (result i32)
    (local.set $t0 (call $list_new (i32.const 0)))
    (local.set $t3 (i64.const 0))
    (local.set $t4 (i64.extend_i32_u (i32.load (block (result i32) (if (i32.eqz (global.get $k_WEIGHTS)) (then (global.set $k_WEIGHTS (block (result i32) (local.set $t1 (call $list_new (i32.const 0))) (call $list_append (local.get $t1) (i64.reinterpret_f64 (f64.const 0x1.0p-1))) (call $list_append (local.get $t1) (i64.reinterpret_f64 (f64.const 0x1.8p0))) (call $list_append (local.get $t1) (i64.reinterpret_f64 (f64.neg (f64.const 0x1.0p-2)))) (local.get $t1))))) (global.get $k_WEIGHTS)))))
    (local.set $t5 (i64.const 1))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t3) (local.get $t4)))
      (local.set $v_i.c0 (local.get $t3))
      (block $cnt0
    (call $list_append (local.get $t0) (i64.reinterpret_f64 (if (result f64) (i32.eqz (call $get_field_f64 (global.get $ctx) (i32.add (local.tee $t6 (call $str_utf8 (call $str_concat (i32.const 1024) (call $int_to_str (local.get $v_i.c0))))) (i32.const 4)) (i32.and (i32.load (local.get $t6)) (i32.const 1073741823)) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0x0.0p0)))))
      )
      (local.set $t3 (i64.add (local.get $t3) (i64.const 1)))
      (br $top0)))
    (local.get $t0)))
    (local.set $v_parts (block (result i32)
    (local.set $t8 (call $list_new (i32.const 0)))
    (local.set $v___z0_10_20 (block (result i32) (if (i32.eqz (global.get $k_WEIGHTS)) (then (global.set $k_WEIGHTS (block (result i32) (local.set $t9 (call $list_new (i32.const 0))) (call $list_append (local.get $t9) (i64.reinterpret_f64 (f64.const 0x1.0p-1))) (call $list_append (local.get $t9) (i64.reinterpret_f64 (f64.const 0x1.8p0))) (call $list_append (local.get $t9) (i64.reinterpret_f64 (f64.neg (f64.const 0x1.0p-2)))) (local.get $t9))))) (global.get $k_WEIGHTS)))
    (local.set $v___z1_10_20 (local.get $v_features))
    (local.set $t15 (i64.const 0))
    (local.set $t16 (block (result i64) (local.set $t12 (i64.extend_i32_u (i32.load (local.get $v___z0_10_20)))) (local.set $t13 (i64.extend_i32_u (i32.load (local.get $v___z1_10_20)))) (select (local.get $t13) (local.get $t12) (i64.lt_s (local.get $t13) (local.get $t12)))))
    (local.set $t17 (i64.const 1))
    (local.set $h18 (i64.extend_i32_u (i32.load (local.get $v___z0_10_20))))
    (local.set $h19 (i32.load offset=8 (local.get $v___z0_10_20)))
    (local.set $h20 (i64.extend_i32_u (i32.load (local.get $v___z1_10_20))))
    (local.set $h21 (i32.load offset=8 (local.get $v___z1_10_20)))
    (if (i32.and (i32.and (i32.and (i64.lt_s (local.get $t16) (i64.const 1073741824)) (i64.gt_s (local.get $t16) (i64.const -1073741824))) (i64.le_s (i64.add (local.get $t16) (i64.const 0)) (local.get $h18))) (i64.le_s (i64.add (local.get $t16) (i64.const 0)) (local.get $h20))) (then
    (local.set $k26 (i32.wrap_i64 (local.get $t15)))
    (local.set $k27 (i32.wrap_i64 (local.get $t16)))
    (block $brk2 (loop $top2
      (br_if $brk2 (i32.ge_s (local.get $k26) (local.get $k27)))
      (local.set $v___k_10_20 (i64.extend_i32_s (local.get $k26)))
      (block $cnt2
    (local.set $v_w.c1 (f64.load (i32.add (local.get $h19) (i32.shl (local.get $k26) (i32.const 3)))))
    (local.set $v_x.c1 (f64.load (i32.add (local.get $h21) (i32.shl (local.get $k26) (i32.const 3)))))
    (call $list_append (local.get $t8) (i64.reinterpret_f64 (f64.mul (local.get $v_w.c1) (local.get $v_x.c1))))
      )
      (local.set $k26 (i32.add (local.get $k26) (i32.const 1)))
      (br $top2)))
    ) (else
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t15) (local.get $t16)))
      (local.set $v___k_10_20 (local.get $t15))
      (block $cnt1
    (local.set $v_w.c1 (f64.load (i32.add (local.get $h19) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t22 (local.get $v___k_10_20)) (i64.const -1)) (i64.sub (local.get $t22) (local.get $h18))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t22))) (else (call $norm_index (local.get $t22) (i32.wrap_i64 (local.get $h18)) (global.get $msg_list_index)))) (i32.const 3)))))
    (local.set $v_x.c1 (f64.load (i32.add (local.get $h21) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t24 (local.get $v___k_10_20)) (i64.const -1)) (i64.sub (local.get $t24) (local.get $h20))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t24))) (else (call $norm_index (local.get $t24) (i32.wrap_i64 (local.get $h20)) (global.get $msg_list_index)))) (i32.const 3)))))
    (call $list_append (local.get $t8) (i64.reinterpret_f64 (f64.mul (local.get $v_w.c1) (local.get $v_x.c1))))
      )
      (local.set $t15 (i64.add (local.get $t15) (i64.const 1)))
      (br $top1)))
    ))
    (local.get $t8)))
    (local.set $v_total (block (result f64)
    (local.set $t32 (f64.convert_i64_s (i64.const 0)))
    (local.set $t29 (local.get $v_parts))
    (local.set $t30 (i64.const 0))
    (block $brk3 (loop $top3
      (br_if $brk3 (i64.ge_s (local.get $t30) (i64.extend_i32_u (i32.and (i32.load (local.get $t29)) (i32.const 1073741823)))))
      (local.set $v_item.c2 (f64.load (call $list_addr (local.get $t29) (local.get $t30))))
      (local.set $t30 (i64.add (local.get $t30) (i64.const 1)))
      (block $cnt3
    (local.set $t32 (f64.add (local.get $t32) (local.get $v_item.c2)))
      )
      (br $top3)))
    (local.get $t32)))
    (call $log (i32.const 1) (i32.add (local.tee $t42 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1029) (call $str_concat (call $str_concat (i32.const 1042) (call $str_join (i32.const 1047) (block (result i32)
    (local.set $t34 (call $list_new (i32.const 0)))
    (local.set $t35 (local.get $v_features))
    (local.set $t36 (i64.const 0))
    (block $brk4 (loop $top4
      (br_if $brk4 (i64.ge_s (local.get $t36) (i64.extend_i32_u (i32.and (i32.load (local.get $t35)) (i32.const 1073741823)))))
      (local.set $v_item.c3 (f64.load (call $list_addr (local.get $t35) (local.get $t36))))
      (local.set $t36 (i64.add (local.get $t36) (i64.const 1)))
      (block $cnt4
    (call $list_append (local.get $t34) (i64.extend_i32_u (call $f_repr (local.get $v_item.c3))))
      )
      (br $top4)))
    (local.get $t34)))) (i32.const 1053))) (i32.const 1058)) (call $str_concat (call $str_concat (i32.const 1042) (call $str_join (i32.const 1047) (block (result i32)
    (local.set $t38 (call $list_new (i32.const 0)))
    (local.set $t39 (local.get $v_parts))
    (local.set $t40 (i64.const 0))
    (block $brk5 (loop $top5
      (br_if $brk5 (i64.ge_s (local.get $t40) (i64.extend_i32_u (i32.and (i32.load (local.get $t39)) (i32.const 1073741823)))))
      (local.set $v_item.c4 (f64.load (call $list_addr (local.get $t39) (local.get $t40))))
      (local.set $t40 (i64.add (local.get $t40) (i64.const 1)))
      (block $cnt5
    (call $list_append (local.get $t38) (i64.extend_i32_u (call $f_repr (local.get $v_item.c4))))
      )
      (br $top5)))
    (local.get $t38)))) (i32.const 1053))) (i32.const 1069)) (call $f_repr (local.get $v_total))))) (i32.const 4)) (i32.and (i32.load (local.get $t42)) (i32.const 1073741823)))
    (return (local.get $v_total))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (export "score") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (global.set $k_WEIGHTS (i32.const 0))
    (call $f_score))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_concat
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $norm_index
  ;; linked: $str_join
  ;; linked: $str_utf8
  ;; linked: $int_to_str
  ;; linked: $f_repr
  ;; linked: $pyf_py_repr
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f23
  ;; linked: $pyf_f24
  ;; linked: $pyf_f25
)
