(module
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1376))
  (global $c_sp (mut i32) (i32.const 9568))
  (global $heap_base i32 (i32.const 9568))
  (global $heap (mut i32) (i32.const 9568))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1059))
  (global $msg_str_index i32 (i32.const 1089))
  (global $msg_list_index i32 (i32.const 1130))
  (global $msg_empty_sep i32 (i32.const 1169))
  (global $msg_overflow i32 (i32.const 1200))
  (global $msg_nan_int i32 (i32.const 1257))
  (global $msg_no_return i32 (i32.const 1308))
  (data (i32.const 1024) "\01\00\00\00\5b")
  (data (i32.const 1029) "\02\00\00\00\2c\20")
  (data (i32.const 1035) "\01\00\00\00\5d")
  (data (i32.const 1040) "\01\00\00\00\20")
  (data (i32.const 1045) "\01\00\00\00\78")
  (data (i32.const 1050) "\01\00\00\00\73")
  (data (i32.const 1055) "\00\00\00\00")
  (data (i32.const 1059) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1089) "\25\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\73\74\72\69\6e\67\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1130) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1169) "\1b\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\65\6d\70\74\79\20\73\65\70\61\72\61\74\6f\72")
  (data (i32.const 1200) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1257) "\2f\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\63\61\6e\6e\6f\74\20\63\6f\6e\76\65\72\74\20\66\6c\6f\61\74\20\4e\61\4e\20\74\6f\20\69\6e\74\65\67\65\72")
  (data (i32.const 1308) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_x f64) (param $v_s i32) (result i64)
    (local $v_words i32)
    (local $t1 i32)
    (local $t2 i32)
    (local $t3 i64)
    (local $v_item.c0 i32)
    (local $t5 i32)
    (local $t6 i32)
    (local $t7 i64)
    (local $v_item.c1 i32)
    (local $t9 i32)
    (local $t10 i32)
    (local $t11 i64)
    (local $v_ch.c2 i32)
    (local $t13 i32)
    (local $t14 i32)
    (local $t15 i32)
    (local $t16 i64)
    (local $v_ch.c4 i32)
    (local $t18 i32)
    (local $t19 i64)
    (local $v_item.c3 i32)
    (local $t21 i32)
    (local $t22 i32)
    (local $v_nums i32)
    (local $t24 i32)
    (local $t25 i32)
    (local $t26 i64)
    (local $v_item.c5 i64)
    (local $t28 i32)
    (local $t29 i32)
    (local $t30 i64)
    (local $v_item.c6 i64)
    (local $t32 i32)
    (local $t33 i32)
    (local $t34 i64)
    (local $v_item.c7 i64)
    (local $t36 i32)
    (local $t37 i32)
    (local $v_fl i32)
    (local $t39 i32)
    (local $t40 i32)
    (local $t41 i64)
    (local $v_item.c8 f64)
    (local $t43 i32)
    (local $t44 i32)
    (local $t45 i64)
    (local $v_item.c9 f64)
    (local $t47 i32)
    (local $t48 i32)
    (local $t49 i32)
    (local $t50 i64)
    (local $v_w.c10 i32)
    (local $t52 i32)
    (local $t53 i32)
    (local $t54 i32)
    (local $t55 i64)
    (local $v_w.c12 i32)
    (local $t57 i32)
    (local $t58 i64)
    (local $v_item.c11 i64)
    (local $t60 i32)
    (local $v_n i64)
    (local $t62 i64)
    (local $t63 i64)
    (local $t64 i64)
    (local $t65 i64)
    (local $t66 i32)
    (local $t67 i64)
    (local $t68 i64)
    (local $t69 i32)
    (local $t70 i64)
    (local $t71 i64)
    (local $t72 i64)
    (local $t73 i64)
    (local $t74 i32)
    (local $t75 i64)
    (local $t76 i64)
    (local $t77 i64)
    (local.set $v_words (call $str_split (local.get $v_s) (i32.const 0)))
    (call $log (i32.const 1) (i32.add (local.tee $t21 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1024) (call $str_join (i32.const 1029) (block (result i32)
    (local.set $t1 (call $list_new (i32.const 0)))
    (local.set $t2 (call $list_sorted (local.get $v_words) (i32.const 2) (i32.const 0)))
    (local.set $t3 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t3) (i64.extend_i32_u (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)))))
      (local.set $v_item.c0 (i32.load (call $list_addr (local.get $t2) (local.get $t3))))
      (local.set $t3 (i64.add (local.get $t3) (i64.const 1)))
      (block $cnt0
    (call $list_append (local.get $t1) (i64.extend_i32_u (call $str_repr (local.get $v_item.c0))))
      )
      (br $top0)))
    (local.get $t1)))) (i32.const 1035)) (i32.const 1040)) (call $str_concat (call $str_concat (i32.const 1024) (call $str_join (i32.const 1029) (block (result i32)
    (local.set $t5 (call $list_new (i32.const 0)))
    (local.set $t6 (call $list_sorted (local.get $v_words) (i32.const 2) (i32.const 1)))
    (local.set $t7 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t7) (i64.extend_i32_u (i32.and (i32.load (local.get $t6)) (i32.const 1073741823)))))
      (local.set $v_item.c1 (i32.load (call $list_addr (local.get $t6) (local.get $t7))))
      (local.set $t7 (i64.add (local.get $t7) (i64.const 1)))
      (block $cnt1
    (call $list_append (local.get $t5) (i64.extend_i32_u (call $str_repr (local.get $v_item.c1))))
      )
      (br $top1)))
    (local.get $t5)))) (i32.const 1035))) (i32.const 1040)) (call $str_concat (call $str_concat (i32.const 1024) (call $str_join (i32.const 1029) (block (result i32)
    (local.set $t13 (call $list_new (i32.const 0)))
    (local.set $t18 (call $list_sorted (block (result i32)
    (local.set $t14 (call $list_new (i32.const 0)))
    (local.set $t15 (local.get $v_s))
    (local.set $t16 (i64.const 0))
    (block $brk4 (loop $top4
      (br_if $brk4 (i64.ge_s (local.get $t16) (i64.extend_i32_u (i32.and (i32.load (local.get $t15)) (i32.const 1073741823)))))
      (local.set $v_ch.c4 (call $str_char (local.get $t15) (local.get $t16)))
      (local.set $t16 (i64.add (local.get $t16) (i64.const 1)))
      (block $cnt4
    (call $list_append (local.get $t14) (i64.extend_i32_u (local.get $v_ch.c4)))
      )
      (br $top4)))
    (local.get $t14)) (i32.const 2) (i32.const 0)))
    (local.set $t19 (i64.const 0))
    (block $brk3 (loop $top3
      (br_if $brk3 (i64.ge_s (local.get $t19) (i64.extend_i32_u (i32.and (i32.load (local.get $t18)) (i32.const 1073741823)))))
      (local.set $v_item.c3 (i32.load (call $list_addr (local.get $t18) (local.get $t19))))
      (local.set $t19 (i64.add (local.get $t19) (i64.const 1)))
      (block $cnt3
    (call $list_append (local.get $t13) (i64.extend_i32_u (call $str_repr (local.get $v_item.c3))))
      )
      (br $top3)))
    (local.get $t13)))) (i32.const 1035))))) (i32.const 4)) (i32.and (i32.load (local.get $t21)) (i32.const 1073741823)))
    (local.set $v_nums (block (result i32) (local.set $t22 (call $list_new (i32.const 0))) (call $list_append (local.get $t22) (i64.const 3)) (call $list_append (local.get $t22) (call $sub_ovf (i64.const 0) (i64.const 1))) (call $list_append (local.get $t22) (i64.const 2)) (call $list_append (local.get $t22) (i64.const 2)) (call $list_append (local.get $t22) (i64.const 10)) (call $list_append (local.get $t22) (call $sub_ovf (i64.const 0) (i64.const 7))) (local.get $t22)))
    (call $log (i32.const 1) (i32.add (local.tee $t36 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1024) (call $str_join (i32.const 1029) (block (result i32)
    (local.set $t24 (call $list_new (i32.const 0)))
    (local.set $t25 (call $list_sorted (local.get $v_nums) (i32.const 0) (i32.const 0)))
    (local.set $t26 (i64.const 0))
    (block $brk5 (loop $top5
      (br_if $brk5 (i64.ge_s (local.get $t26) (i64.extend_i32_u (i32.and (i32.load (local.get $t25)) (i32.const 1073741823)))))
      (local.set $v_item.c5 (i64.load (call $list_addr (local.get $t25) (local.get $t26))))
      (local.set $t26 (i64.add (local.get $t26) (i64.const 1)))
      (block $cnt5
    (call $list_append (local.get $t24) (i64.extend_i32_u (call $int_to_str (local.get $v_item.c5))))
      )
      (br $top5)))
    (local.get $t24)))) (i32.const 1035)) (i32.const 1040)) (call $str_concat (call $str_concat (i32.const 1024) (call $str_join (i32.const 1029) (block (result i32)
    (local.set $t28 (call $list_new (i32.const 0)))
    (local.set $t29 (call $list_sorted (local.get $v_nums) (i32.const 0) (i32.const 1)))
    (local.set $t30 (i64.const 0))
    (block $brk6 (loop $top6
      (br_if $brk6 (i64.ge_s (local.get $t30) (i64.extend_i32_u (i32.and (i32.load (local.get $t29)) (i32.const 1073741823)))))
      (local.set $v_item.c6 (i64.load (call $list_addr (local.get $t29) (local.get $t30))))
      (local.set $t30 (i64.add (local.get $t30) (i64.const 1)))
      (block $cnt6
    (call $list_append (local.get $t28) (i64.extend_i32_u (call $int_to_str (local.get $v_item.c6))))
      )
      (br $top6)))
    (local.get $t28)))) (i32.const 1035))) (i32.const 1040)) (call $str_concat (call $str_concat (i32.const 1024) (call $str_join (i32.const 1029) (block (result i32)
    (local.set $t32 (call $list_new (i32.const 0)))
    (local.set $t33 (local.get $v_nums))
    (local.set $t34 (i64.const 0))
    (block $brk7 (loop $top7
      (br_if $brk7 (i64.ge_s (local.get $t34) (i64.extend_i32_u (i32.and (i32.load (local.get $t33)) (i32.const 1073741823)))))
      (local.set $v_item.c7 (i64.load (call $list_addr (local.get $t33) (local.get $t34))))
      (local.set $t34 (i64.add (local.get $t34) (i64.const 1)))
      (block $cnt7
    (call $list_append (local.get $t32) (i64.extend_i32_u (call $int_to_str (local.get $v_item.c7))))
      )
      (br $top7)))
    (local.get $t32)))) (i32.const 1035))))) (i32.const 4)) (i32.and (i32.load (local.get $t36)) (i32.const 1073741823)))
    (local.set $v_fl (block (result i32) (local.set $t37 (call $list_new (i32.const 0))) (call $list_append (local.get $t37) (i64.reinterpret_f64 (f64.const 0x1.4p1))) (call $list_append (local.get $t37) (i64.reinterpret_f64 (f64.neg (f64.const 0x0.0p0)))) (call $list_append (local.get $t37) (i64.reinterpret_f64 (f64.const 0x0.0p0))) (call $list_append (local.get $t37) (i64.reinterpret_f64 (f64.const 0x1.12e0be826d695p-30))) (call $list_append (local.get $t37) (i64.reinterpret_f64 (f64.neg (f64.const 0x1.ap1)))) (local.get $t37)))
    (call $log (i32.const 1) (i32.add (local.tee $t47 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1024) (call $str_join (i32.const 1029) (block (result i32)
    (local.set $t39 (call $list_new (i32.const 0)))
    (local.set $t40 (call $list_sorted (local.get $v_fl) (i32.const 1) (i32.const 0)))
    (local.set $t41 (i64.const 0))
    (block $brk8 (loop $top8
      (br_if $brk8 (i64.ge_s (local.get $t41) (i64.extend_i32_u (i32.and (i32.load (local.get $t40)) (i32.const 1073741823)))))
      (local.set $v_item.c8 (f64.load (call $list_addr (local.get $t40) (local.get $t41))))
      (local.set $t41 (i64.add (local.get $t41) (i64.const 1)))
      (block $cnt8
    (call $list_append (local.get $t39) (i64.extend_i32_u (call $f_repr (local.get $v_item.c8))))
      )
      (br $top8)))
    (local.get $t39)))) (i32.const 1035)) (i32.const 1040)) (call $str_concat (call $str_concat (i32.const 1024) (call $str_join (i32.const 1029) (block (result i32)
    (local.set $t43 (call $list_new (i32.const 0)))
    (local.set $t44 (call $list_sorted (local.get $v_fl) (i32.const 1) (i32.const 1)))
    (local.set $t45 (i64.const 0))
    (block $brk9 (loop $top9
      (br_if $brk9 (i64.ge_s (local.get $t45) (i64.extend_i32_u (i32.and (i32.load (local.get $t44)) (i32.const 1073741823)))))
      (local.set $v_item.c9 (f64.load (call $list_addr (local.get $t44) (local.get $t45))))
      (local.set $t45 (i64.add (local.get $t45) (i64.const 1)))
      (block $cnt9
    (call $list_append (local.get $t43) (i64.extend_i32_u (call $f_repr (local.get $v_item.c9))))
      )
      (br $top9)))
    (local.get $t43)))) (i32.const 1035))))) (i32.const 4)) (i32.and (i32.load (local.get $t47)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t60 (call $str_utf8 (call $str_concat (call $str_concat (i32.const 1024) (call $str_join (i32.const 1029) (block (result i32)
    (local.set $t52 (call $list_new (i32.const 0)))
    (local.set $t57 (call $list_sorted (block (result i32)
    (local.set $t53 (call $list_new (i32.const 0)))
    (local.set $t54 (local.get $v_words))
    (local.set $t55 (i64.const 0))
    (block $brk12 (loop $top12
      (br_if $brk12 (i64.ge_s (local.get $t55) (i64.extend_i32_u (i32.and (i32.load (local.get $t54)) (i32.const 1073741823)))))
      (local.set $v_w.c12 (i32.load (call $list_addr (local.get $t54) (local.get $t55))))
      (local.set $t55 (i64.add (local.get $t55) (i64.const 1)))
      (block $cnt12
    (call $list_append (local.get $t53) (i64.extend_i32_u (i32.and (i32.load (local.get $v_w.c12)) (i32.const 1073741823))))
      )
      (br $top12)))
    (local.get $t53)) (i32.const 0) (i32.const 0)))
    (local.set $t58 (i64.const 0))
    (block $brk11 (loop $top11
      (br_if $brk11 (i64.ge_s (local.get $t58) (i64.extend_i32_u (i32.and (i32.load (local.get $t57)) (i32.const 1073741823)))))
      (local.set $v_item.c11 (i64.load (call $list_addr (local.get $t57) (local.get $t58))))
      (local.set $t58 (i64.add (local.get $t58) (i64.const 1)))
      (block $cnt11
    (call $list_append (local.get $t52) (i64.extend_i32_u (call $int_to_str (local.get $v_item.c11))))
      )
      (br $top11)))
    (local.get $t52)))) (i32.const 1035)))) (i32.const 4)) (i32.and (i32.load (local.get $t60)) (i32.const 1073741823)))
    (local.set $v_n (i64.const 0))
    (if (block (result i32) (drop (local.get $v_x)) (i32.const 1)) (then
    (local.set $v_n (block (result i64) (local.set $t62 (local.get $v_n)) (local.set $t63 (i64.add (local.get $t62) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t62) (i64.const -1)) (local.get $t63)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t63)))
    ) (else
    ))
    (if (block (result i32) (drop (local.get $v_x)) (i32.const 0)) (then
    (local.set $v_n (block (result i64) (local.set $t64 (local.get $v_n)) (local.set $t65 (i64.add (local.get $t64) (i64.const 2))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t64) (i64.const -1)) (local.get $t65)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t65)))
    ) (else
    ))
    (if (if (result i32) (local.tee $t66 (block (result i32) (drop (i32.const 1)) (i32.const 1))) (then (block (result i32) (drop (i64.extend_i32_u (i32.and (i32.load (local.get $v_s)) (i32.const 1073741823)))) (i32.const 1))) (else (local.get $t66))) (then
    (local.set $v_n (block (result i64) (local.set $t67 (local.get $v_n)) (local.set $t68 (i64.add (local.get $t67) (i64.const 4))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t67) (i64.const -1)) (local.get $t68)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t68)))
    ) (else
    ))
    (if (if (result i32) (local.tee $t69 (block (result i32) (drop (local.get $v_s)) (i32.const 1))) (then (i32.eqz (block (result i32) (drop (local.get $v_s)) (i32.const 0)))) (else (local.get $t69))) (then
    (local.set $v_n (block (result i64) (local.set $t70 (local.get $v_n)) (local.set $t71 (i64.add (local.get $t70) (i64.const 8))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t70) (i64.const -1)) (local.get $t71)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t71)))
    ) (else
    ))
    (if (block (result i32) (drop (local.get $v_words)) (i32.const 1)) (then
    (local.set $v_n (block (result i64) (local.set $t72 (local.get $v_n)) (local.set $t73 (i64.add (local.get $t72) (i64.const 16))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t72) (i64.const -1)) (local.get $t73)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t73)))
    ) (else
    ))
    (call $log (i32.const 1) (i32.add (local.tee $t74 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (call $f2i (f64.nearest (local.get $v_x)))) (i32.const 1040)) (call $int_to_str (call $f2i (f64.nearest (f64.const 0x1.4p1))))) (i32.const 1040)) (call $int_to_str (call $f2i (f64.nearest (f64.neg (f64.const 0x1.4p1)))))) (i32.const 1040)) (call $int_to_str (call $f2i (f64.nearest (f64.const 0x1.0p-1))))) (i32.const 1040)) (call $int_to_str (i64.const 7))))) (i32.const 4)) (i32.and (i32.load (local.get $t74)) (i32.const 1073741823)))
    (return (block (result i64) (local.set $t75 (local.get $v_n)) (local.set $t77 (call $f2i (f64.nearest (local.get $v_x)))) (local.set $t76 (i64.add (local.get $t75) (local.get $t77))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t75) (local.get $t76)) (i64.xor (local.get $t77) (local.get $t76))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t76)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1045) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))) (call $param_str (i32.const 1050) (i32.const 1055))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $list_sorted
  ;; linked: $item_lt
  ;; linked: $str_repr
  ;; linked: $repr_width
  ;; linked: $printable
  ;; linked: $put_cp
  ;; linked: $put_hex
  ;; linked: $sub_ovf
  ;; linked: $f2i
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $str_of_cp
  ;; linked: $cp_copy
  ;; linked: $cps_wide
  ;; linked: $str_sub
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $mem_eq
  ;; linked: $str_cmp
  ;; linked: $norm_index
  ;; linked: $str_at
  ;; linked: $str_char
  ;; linked: $is_space
  ;; linked: $match_at
  ;; linked: $find_from
  ;; linked: $str_join
  ;; linked: $str_split
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
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
