(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1248))
  (global $c_sp (mut i32) (i32.const 9440))
  (global $heap_base i32 (i32.const 9440))
  (global $heap (mut i32) (i32.const 9440))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1048))
  (global $msg_list_index i32 (i32.const 1078))
  (global $msg_overflow i32 (i32.const 1117))
  (global $msg_no_return i32 (i32.const 1174))
  (data (i32.const 1024) "\01\00\00\00\61")
  (data (i32.const 1029) "\00\00\00\00")
  (data (i32.const 1033) "\01\00\00\00\20")
  (data (i32.const 1038) "\01\00\00\00\6e")
  (data (i32.const 1043) "\01\00\00\00\6b")
  (data (i32.const 1048) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1078) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1117) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1174) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_filter (param $v_n i64) (param $v_k i64) (result f64)
    (local $t0 i32)
    (local $v_fs i32)
    (local $t2 i32)
    (local $v_words i32)
    (local $v_j i64)
    (local $t5 i64)
    (local $t6 i64)
    (local $t7 i64)
    (local $h8 i64)
    (local $h9 i32)
    (local $h10 i64)
    (local $h11 i32)
    (local $t12 i64)
    (local $t13 i64)
    (local $t14 i64)
    (local $t15 i64)
    (local $k16 i32)
    (local $k17 i32)
    (local $v_total f64)
    (local $v_text i32)
    (local $t20 i64)
    (local $t21 i64)
    (local $t22 i64)
    (local $h23 i64)
    (local $h24 i32)
    (local $h25 i64)
    (local $h26 i32)
    (local $c27 i32)
    (local $c28 i32)
    (local $t29 i64)
    (local $t30 i64)
    (local $t31 i64)
    (local $t32 i64)
    (local $t33 i64)
    (local $t34 i64)
    (local $t35 i64)
    (local $t36 i64)
    (local $t37 i64)
    (local $k38 i32)
    (local $k39 i32)
    (local $v_grid i64)
    (local $v_i i64)
    (local $t42 i64)
    (local $t43 i64)
    (local $t44 i64)
    (local $t45 i64)
    (local $t46 i64)
    (local $t47 i64)
    (local $t48 i64)
    (local $t49 i64)
    (local $t50 i64)
    (local $t51 i64)
    (local $t52 i64)
    (local $t53 i64)
    (local $t54 i64)
    (local $t55 i64)
    (local $t56 i32)
    (local.set $v_fs (call $list_repeat (i64.reinterpret_f64 (f64.const 0x1.0p-1)) (local.get $v_n)))
    (local.set $v_words (call $list_repeat (i64.extend_i32_u (i32.const 1024)) (local.get $v_n)))
    (local.set $t5 (i64.const 0))
    (local.set $t6 (local.get $v_n))
    (local.set $t7 (i64.const 1))
    (local.set $h8 (i64.extend_i32_u (i32.load (local.get $v_fs))))
    (local.set $h9 (i32.load offset=8 (local.get $v_fs)))
    (local.set $h10 (i64.extend_i32_u (i32.load (local.get $v_words))))
    (local.set $h11 (i32.load offset=8 (local.get $v_words)))
    (if (i32.and (i32.and (i32.and (i64.lt_s (local.get $t6) (i64.const 1073741824)) (i64.gt_s (local.get $t6) (i64.const -1073741824))) (i64.le_s (i64.add (local.get $t6) (i64.const 0)) (local.get $h8))) (i64.le_s (i64.add (local.get $t6) (i64.const 0)) (local.get $h10))) (then
    (local.set $k16 (i32.wrap_i64 (local.get $t5)))
    (local.set $k17 (i32.wrap_i64 (local.get $t6)))
    (block $brk1 (loop $top1
      (br_if $brk1 (i32.ge_s (local.get $k16) (local.get $k17)))
      (local.set $v_j (i64.extend_i32_s (local.get $k16)))
      (block $cnt1
    (i64.store (i32.add (local.get $h9) (i32.shl (local.get $k16) (i32.const 3))) (i64.reinterpret_f64 (f64.add (f64.mul (f64.load (i32.add (local.get $h9) (i32.shl (local.get $k16) (i32.const 3)))) (f64.convert_i64_s (i64.extend_i32_s (local.get $k16)))) (f64.const 0x1.0p-2))))
    (i64.store (i32.add (local.get $h11) (i32.shl (local.get $k16) (i32.const 3))) (i64.extend_i32_u (call $str_concat (i32.load (i32.add (local.get $h11) (i32.shl (local.get $k16) (i32.const 3)))) (call $int_to_str (i64.extend_i32_s (local.get $k16))))))
      )
      (local.set $k16 (i32.add (local.get $k16) (i32.const 1)))
      (br $top1)))
    ) (else
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t5) (local.get $t6)))
      (local.set $v_j (local.get $t5))
      (block $cnt0
    (i64.store (i32.add (local.get $h9) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t13 (local.get $v_j)) (i64.const -1)) (i64.sub (local.get $t13) (local.get $h8))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t13))) (else (call $norm_index (local.get $t13) (i32.wrap_i64 (local.get $h8)) (global.get $msg_list_index)))) (i32.const 3))) (i64.reinterpret_f64 (f64.add (f64.mul (f64.load (i32.add (local.get $h9) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t12 (local.get $v_j)) (i64.const -1)) (i64.sub (local.get $t12) (local.get $h8))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t12))) (else (call $norm_index (local.get $t12) (i32.wrap_i64 (local.get $h8)) (global.get $msg_list_index)))) (i32.const 3)))) (f64.convert_i64_s (local.get $v_j))) (f64.const 0x1.0p-2))))
    (i64.store (i32.add (local.get $h11) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t15 (local.get $v_j)) (i64.const -1)) (i64.sub (local.get $t15) (local.get $h10))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t15))) (else (call $norm_index (local.get $t15) (i32.wrap_i64 (local.get $h10)) (global.get $msg_list_index)))) (i32.const 3))) (i64.extend_i32_u (call $str_concat (i32.load (i32.add (local.get $h11) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t14 (local.get $v_j)) (i64.const -1)) (i64.sub (local.get $t14) (local.get $h10))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t14))) (else (call $norm_index (local.get $t14) (i32.wrap_i64 (local.get $h10)) (global.get $msg_list_index)))) (i32.const 3)))) (call $int_to_str (local.get $v_j)))))
      )
      (local.set $t5 (i64.add (local.get $t5) (i64.const 1)))
      (br $top0)))
    ))
    (local.set $v_total (f64.const 0x0.0p0))
    (local.set $v_text (i32.const 1029))
    (local.set $t20 (i64.const 1))
    (local.set $t21 (local.get $v_n))
    (local.set $t22 (i64.const 1))
    (local.set $h23 (i64.extend_i32_u (i32.load (local.get $v_fs))))
    (local.set $h24 (i32.load offset=8 (local.get $v_fs)))
    (local.set $h25 (i64.extend_i32_u (i32.load (local.get $v_words))))
    (local.set $h26 (i32.load offset=8 (local.get $v_words)))
    (if (i32.and (i32.and (i32.and (i32.and (i32.and (i32.and (i64.lt_s (local.get $t21) (i64.const 1073741824)) (i64.gt_s (local.get $t21) (i64.const -1073741824))) (i64.lt_s (local.get $t20) (local.get $t21))) (i64.ge_s (local.get $v_k) (i64.const 0))) (i64.lt_s (local.get $v_k) (local.get $h23))) (i64.le_s (i64.add (local.get $t21) (i64.const 0)) (local.get $h23))) (i64.le_s (i64.add (local.get $t21) (i64.const 0)) (local.get $h25))) (then
    (local.set $k38 (i32.wrap_i64 (local.get $t20)))
    (local.set $k39 (i32.wrap_i64 (local.get $t21)))
    (local.set $c27 (i32.load (i32.add (local.get $h26) (i32.shl (i32.add (local.get $k38) (i32.const -1)) (i32.const 3)))))
    (block $brk3 (loop $top3
      (br_if $brk3 (i32.ge_s (local.get $k38) (local.get $k39)))
      (local.set $v_j (i64.extend_i32_s (local.get $k38)))
      (local.set $c28 (i32.load (i32.add (local.get $h26) (i32.shl (local.get $k38) (i32.const 3)))))
      (block $cnt3
    (local.set $v_total (f64.add (local.get $v_total) (f64.add (f64.mul (f64.load (i32.add (local.get $h24) (i32.shl (i32.add (local.get $k38) (i32.const -1)) (i32.const 3)))) (f64.load (i32.add (local.get $h24) (i32.shl (local.get $k38) (i32.const 3))))) (f64.load (i32.add (local.get $h24) (i32.shl (i32.wrap_i64 (local.get $v_k)) (i32.const 3)))))))
    (local.set $v_text (call $str_concat (call $str_concat (local.get $v_text) (local.get $c27)) (local.get $c28)))
    (if (f64.gt (local.get $v_total) (f64.const 0x1.f4p9)) (then
    (br $brk3)
    ) (else
    ))
      )
      (local.set $c27 (local.get $c28))
      (local.set $k38 (i32.add (local.get $k38) (i32.const 1)))
      (br $top3)))
    ) (else
    (block $brk2 (loop $top2
      (br_if $brk2 (i64.ge_s (local.get $t20) (local.get $t21)))
      (local.set $v_j (local.get $t20))
      (block $cnt2
    (local.set $v_total (f64.add (local.get $v_total) (f64.add (f64.mul (f64.load (i32.add (local.get $h24) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t31 (block (result i64) (local.set $t29 (local.get $v_j)) (local.set $t30 (i64.sub (local.get $t29) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (local.get $t29) (i64.xor (local.get $t30) (i64.const -1))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t30))) (i64.const -1)) (i64.sub (local.get $t31) (local.get $h23))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t31))) (else (call $norm_index (local.get $t31) (i32.wrap_i64 (local.get $h23)) (global.get $msg_list_index)))) (i32.const 3)))) (f64.load (i32.add (local.get $h24) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t32 (local.get $v_j)) (i64.const -1)) (i64.sub (local.get $t32) (local.get $h23))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t32))) (else (call $norm_index (local.get $t32) (i32.wrap_i64 (local.get $h23)) (global.get $msg_list_index)))) (i32.const 3))))) (f64.load (i32.add (local.get $h24) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t33 (local.get $v_k)) (i64.const -1)) (i64.sub (local.get $t33) (local.get $h23))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t33))) (else (call $norm_index (local.get $t33) (i32.wrap_i64 (local.get $h23)) (global.get $msg_list_index)))) (i32.const 3)))))))
    (local.set $v_text (call $str_concat (call $str_concat (local.get $v_text) (i32.load (i32.add (local.get $h26) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t36 (block (result i64) (local.set $t34 (local.get $v_j)) (local.set $t35 (i64.sub (local.get $t34) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (local.get $t34) (i64.xor (local.get $t35) (i64.const -1))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t35))) (i64.const -1)) (i64.sub (local.get $t36) (local.get $h25))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t36))) (else (call $norm_index (local.get $t36) (i32.wrap_i64 (local.get $h25)) (global.get $msg_list_index)))) (i32.const 3))))) (i32.load (i32.add (local.get $h26) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t37 (local.get $v_j)) (i64.const -1)) (i64.sub (local.get $t37) (local.get $h25))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t37))) (else (call $norm_index (local.get $t37) (i32.wrap_i64 (local.get $h25)) (global.get $msg_list_index)))) (i32.const 3))))))
    (if (f64.gt (local.get $v_total) (f64.const 0x1.f4p9)) (then
    (br $brk2)
    ) (else
    ))
      )
      (local.set $t20 (i64.add (local.get $t20) (i64.const 1)))
      (br $top2)))
    ))
    (local.set $v_grid (i64.const 0))
    (local.set $t42 (i64.const 0))
    (local.set $t43 (local.get $v_n))
    (local.set $t44 (i64.const 1))
    (block $brk4 (loop $top4
      (br_if $brk4 (i64.ge_s (local.get $t42) (local.get $t43)))
      (local.set $v_i (local.get $t42))
      (block $cnt4
    (local.set $t45 (local.get $v_i))
    (local.set $t46 (local.get $v_n))
    (local.set $t47 (i64.const 1))
    (block $brk5 (loop $top5
      (br_if $brk5 (i64.ge_s (local.get $t45) (local.get $t46)))
      (local.set $v_j (local.get $t45))
      (block $cnt5
    (local.set $v_grid (block (result i64) (local.set $t53 (local.get $v_grid)) (local.set $t55 (call $mul_ovf (block (result i64) (local.set $t48 (local.get $v_i)) (local.set $t49 (i64.add (local.get $t48) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t48) (i64.const -1)) (local.get $t49)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t49)) (block (result i64) (local.set $t50 (local.get $v_j)) (local.set $t52 (local.get $v_i)) (local.set $t51 (i64.sub (local.get $t50) (local.get $t52))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t50) (local.get $t52)) (i64.xor (local.get $t50) (local.get $t51))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t51)))) (local.set $t54 (i64.add (local.get $t53) (local.get $t55))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t53) (local.get $t54)) (i64.xor (local.get $t55) (local.get $t54))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t54)))
      )
      (local.set $t45 (i64.add (local.get $t45) (i64.const 1)))
      (br $top5)))
      )
      (local.set $t42 (i64.add (local.get $t42) (i64.const 1)))
      (br $top4)))
    (call $log (i32.const 1) (i32.add (local.tee $t56 (call $str_utf8 (call $str_concat (call $str_concat (local.get $v_text) (i32.const 1033)) (call $f_repr (local.get $v_total))))) (i32.const 4)) (i32.and (i32.load (local.get $t56)) (i32.const 1073741823)))
    (return (f64.add (local.get $v_total) (f64.convert_i64_s (local.get $v_grid))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1038) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1043) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_repeat
  ;; linked: $mul_ovf
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_concat
  ;; linked: $norm_index
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
