(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 2240))
  (global $c_sp (mut i32) (i32.const 10432))
  (global $heap_base i32 (i32.const 10432))
  (global $heap (mut i32) (i32.const 10432))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1064))
  (global $msg_str_index i32 (i32.const 1094))
  (global $msg_list_index i32 (i32.const 1135))
  (global $msg_empty_sep i32 (i32.const 1174))
  (global $msg_int_parse i32 (i32.const 1205))
  (global $msg_overflow i32 (i32.const 1259))
  (global $msg_truediv_zero i32 (i32.const 1316))
  (global $msg_no_return i32 (i32.const 1355))
  (global $uni_far i32 (i32.const 1416))
  (data (i32.const 1024) "\01\00\00\00\2c")
  (data (i32.const 1029) "\00\00\00\00")
  (data (i32.const 1033) "\01\00\00\00\30")
  (data (i32.const 1038) "\01\00\00\00\39")
  (data (i32.const 1043) "\01\00\00\00\20")
  (data (i32.const 1048) "\01\00\00\00\31")
  (data (i32.const 1053) "\01\00\00\00\73")
  (data (i32.const 1058) "\02\00\00\00\78\73")
  (data (i32.const 1064) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1094) "\25\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\73\74\72\69\6e\67\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1135) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1174) "\1b\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\65\6d\70\74\79\20\73\65\70\61\72\61\74\6f\72")
  (data (i32.const 1205) "\32\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\69\6e\76\61\6c\69\64\20\6c\69\74\65\72\61\6c\20\66\6f\72\20\69\6e\74\28\29\20\77\69\74\68\20\62\61\73\65\20\31\30")
  (data (i32.const 1259) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1316) "\23\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1355) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1416) "\cc\00\00\00\30\05\00\02\60\06\c0\00\6a\06\00\02\f0\06\c0\00\fa\06\00\02\c0\07\c0\00\ca\07\00\02\66\09\c0\00\70\09\00\02\e6\09\c0\00\f0\09\00\02\66\0a\c0\00\70\0a\00\02\e6\0a\c0\00\f0\0a\00\02\66\0b\c0\00\70\0b\00\02\e6\0b\c0\00\f0\0b\00\02\66\0c\c0\00\70\0c\00\02\e6\0c\c0\00\f0\0c\00\02\66\0d\c0\00\70\0d\00\02\e6\0d\c0\00\f0\0d\00\02\50\0e\c0\00\5a\0e\00\02\d0\0e\c0\00\da\0e\00\02\20\0f\c0\00\2a\0f\00\02\40\10\c0\00\4a\10\00\02\90\10\c0\00\9a\10\00\02\69\13\40\00\72\13\00\02\80\16\00\01\81\16\00\02\e0\17\c0\00\ea\17\00\02\10\18\c0\00\1a\18\00\02\46\19\c0\00\50\19\00\02\d0\19\c0\00\da\19\40\00\db\19\00\02\80\1a\c0\00\8a\1a\00\02\90\1a\c0\00\9a\1a\00\02\50\1b\c0\00\5a\1b\00\02\b0\1b\c0\00\ba\1b\00\02\40\1c\c0\00\4a\1c\00\02\50\1c\c0\00\5a\1c\00\02\00\20\00\01\0b\20\00\00\28\20\00\01\2a\20\00\00\2f\20\00\01\30\20\00\00\5f\20\00\01\60\20\00\00\70\20\40\00\71\20\20\00\72\20\00\00\74\20\40\00\7a\20\00\00\7f\20\20\00\80\20\40\00\8a\20\00\00\90\20\20\00\9d\20\00\00\d0\20\00\02\90\21\00\00\60\24\40\00\69\24\00\02\74\24\40\00\7d\24\00\02\88\24\40\00\91\24\00\02\ea\24\40\00\eb\24\00\02\f5\24\40\00\fe\24\00\02\ff\24\40\00\00\25\00\00\76\27\40\00\7f\27\00\00\80\27\40\00\89\27\00\00\8a\27\40\00\93\27\00\00\00\2c\00\02\00\30\00\01\01\30\00\00\05\30\20\00\07\30\00\00\31\30\20\00\36\30\00\00\3b\30\20\00\3d\30\00\00\41\30\20\00\97\30\00\00\9d\30\20\00\a0\30\00\00\a1\30\20\00\fb\30\00\00\fc\30\20\00\00\31\00\02\00\34\20\00\c0\4d\00\02\00\4e\20\00\00\a0\00\02\20\a6\c0\00\2a\a6\00\02\d0\a8\c0\00\da\a8\00\02\00\a9\c0\00\0a\a9\00\02\d0\a9\c0\00\da\a9\00\02\f0\a9\c0\00\fa\a9\00\02\50\aa\c0\00\5a\aa\00\02\f0\ab\c0\00\fa\ab\00\02\00\ac\20\00\a4\d7\00\00\b0\d7\00\02\10\ff\c0\00\1a\ff\00\02\a0\04\c1\00\aa\04\01\02\40\0a\41\00\44\0a\01\02\30\0d\c1\00\3a\0d\01\02\60\0e\41\00\69\0e\01\02\52\10\41\00\5b\10\01\02\66\10\c1\00\70\10\01\02\f0\10\c1\00\fa\10\01\02\36\11\c1\00\40\11\01\02\d0\11\c1\00\da\11\01\02\f0\12\c1\00\fa\12\01\02\50\14\c1\00\5a\14\01\02\d0\14\c1\00\da\14\01\02\50\16\c1\00\5a\16\01\02\c0\16\c1\00\ca\16\01\02\30\17\c1\00\3a\17\01\02\e0\18\c1\00\ea\18\01\02\50\19\c1\00\5a\19\01\02\50\1c\c1\00\5a\1c\01\02\50\1d\c1\00\5a\1d\01\02\a0\1d\c1\00\aa\1d\01\02\60\6a\c1\00\6a\6a\01\02\c0\6a\c1\00\ca\6a\01\02\50\6b\c1\00\5a\6b\01\02\ce\d7\c1\00\d8\d7\c1\00\e2\d7\c1\00\ec\d7\c1\00\f6\d7\c1\00\00\d8\01\02\40\e1\c1\00\4a\e1\01\02\f0\e2\c1\00\fa\e2\01\02\50\e9\c1\00\5a\e9\01\02\00\f0\01\00\00\f1\41\00\0b\f1\01\00\00\fb\01\02\f0\fb\c1\00\fa\fb\01\02")
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
  (func $f_filter (param $v_s i32) (param $v_xs i32) (result i64)
    (local $h0 i64)
    (local $h1 i32)
    (local $h2 i32)
    (local $t3 i32)
    (local $t4 i32)
    (local $t5 i32)
    (local $t6 i64)
    (local $v_p.c0 i32)
    (local $v_nums i32)
    (local $v_n i64)
    (local $t10 i32)
    (local $t11 i32)
    (local $t12 i64)
    (local $v_c.c1 i32)
    (local $t14 i32)
    (local $t15 i64)
    (local $t16 i64)
    (local $t17 i32)
    (local $t18 i32)
    (local $t19 i64)
    (local $v_c.c2 i32)
    (local $t21 i64)
    (local $t22 i64)
    (local $t23 i32)
    (local $t24 i32)
    (local $t25 i64)
    (local $v_item.c3 i64)
    (local $t27 i64)
    (local $t28 i64)
    (local $t29 i32)
    (local $t30 i32)
    (local $t31 i64)
    (local $v_x.c4 i64)
    (local $t33 i64)
    (local $t34 i64)
    (local $t35 i32)
    (local $v_i.c5 i64)
    (local $t37 i64)
    (local $t38 i64)
    (local $t39 i64)
    (local $h40 i64)
    (local $h41 i32)
    (local $t42 i64)
    (local $k43 i32)
    (local $k44 i32)
    (local $t45 i64)
    (local $t46 i64)
    (local $t47 i32)
    (local $v_i.c6 i64)
    (local $t49 i64)
    (local $t50 i64)
    (local $t51 i64)
    (local $h52 i64)
    (local $h53 i32)
    (local $t54 i64)
    (local $k55 i32)
    (local $k56 i32)
    (local $t57 i64)
    (local $t58 i64)
    (local $t59 i32)
    (local $t60 i64)
    (local $v_item.c7 i64)
    (local $t62 i64)
    (local $t63 i64)
    (local $t64 i64)
    (local $t65 i64)
    (local $v_i.c8 i64)
    (local $t67 i64)
    (local $t68 i64)
    (local $t69 i64)
    (local $t70 i64)
    (local $t71 i64)
    (local $t72 i64)
    (local $t73 i64)
    (local $t74 i64)
    (local $t75 i64)
    (local $t76 i64)
    (local $v_total i64)
    (local $t78 i32)
    (local $t79 i32)
    (local $t80 i64)
    (local $v_item.c9 f64)
    (local $t82 f64)
    (local $t83 i32)
    (local $t84 i64)
    (local $v_x.c10 i64)
    (local $t86 f64)
    (local $v_f f64)
    (local $t88 i32)
    (local $t89 i64)
    (local $v_item.c11 i64)
    (local $t91 f64)
    (local $v_i.c12 i64)
    (local $t93 i64)
    (local $t94 i64)
    (local $t95 i64)
    (local $t96 i64)
    (local $t97 i64)
    (local $t98 i64)
    (local $t99 i64)
    (local $v_g f64)
    (local $t101 i32)
    (local $t102 i64)
    (local $v_c.c13 i32)
    (local $t104 i64)
    (local $t105 i64)
    (local $t106 i64)
    (local $t107 i64)
    (local $t108 i32)
    (local $t109 i64)
    (local $t110 i64)
    (local $t111 i64)
    (local.set $h2 (i32.load (local.get $v_s)))
    (local.set $h0 (i64.extend_i32_u (i32.and (local.get $h2) (i32.const 1073741823))))
    (local.set $h1 (i32.and (i32.shr_u (local.get $h2) (i32.const 30)) (i32.const 2)))
    (local.set $h2 (i32.or (i32.shr_s (local.get $h2) (i32.const 31)) (i32.const 255)))
    (local.set $v_nums (call $list_concat (block (result i32) (local.set $t3 (call $list_new (i32.const 0))) (call $list_append (local.get $t3) (local.get $h0)) (call $list_append (local.get $t3) (i64.const 2)) (call $list_append (local.get $t3) (i64.const 0)) (local.get $t3)) (block (result i32)
    (local.set $t4 (call $list_new (i32.const 0)))
    (local.set $t5 (call $str_split (local.get $v_xs) (i32.const 1024)))
    (local.set $t6 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t6) (i64.extend_i32_u (i32.and (i32.load (local.get $t5)) (i32.const 1073741823)))))
      (local.set $v_p.c0 (i32.load (call $list_addr (local.get $t5) (local.get $t6))))
      (local.set $t6 (i64.add (local.get $t6) (i64.const 1)))
      (block $cnt0
    (if (i32.eqz (call $str_eq (local.get $v_p.c0) (i32.const 1029))) (then
    (call $list_append (local.get $t4) (call $str_to_int (local.get $v_p.c0)))
    ) (else
    ))
      )
      (br $top0)))
    (local.get $t4))))
    (local.set $v_n (i64.const 0))
    (if (block (result i32)
    (local.set $t10 (i32.const 0))
    (block $donet10
    (local.set $t11 (local.get $v_s))
    (local.set $t12 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t12) (i64.extend_i32_u (i32.and (i32.load (local.get $t11)) (i32.const 1073741823)))))
      (local.set $v_c.c1 (call $str_char (local.get $t11) (local.get $t12)))
      (local.set $t12 (i64.add (local.get $t12) (i64.const 1)))
      (block $cnt1
    (if (if (result i32) (local.tee $t14 (i32.ge_s (call $str_cmp (local.get $v_c.c1) (i32.const 1033)) (i32.const 0))) (then (i32.le_s (call $str_cmp (local.get $v_c.c1) (i32.const 1038)) (i32.const 0))) (else (local.get $t14))) (then (local.set $t10 (i32.const 1)) (br $donet10)))
      )
      (br $top1)))
    )
    (local.get $t10)) (then
    (local.set $v_n (block (result i64) (local.set $t15 (local.get $v_n)) (local.set $t16 (i64.add (local.get $t15) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t15) (i64.const -1)) (local.get $t16)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t16)))
    ) (else
    ))
    (if (block (result i32)
    (local.set $t17 (i32.const 1))
    (block $donet17
    (local.set $t18 (local.get $v_s))
    (local.set $t19 (i64.const 0))
    (block $brk2 (loop $top2
      (br_if $brk2 (i64.ge_s (local.get $t19) (i64.extend_i32_u (i32.and (i32.load (local.get $t18)) (i32.const 1073741823)))))
      (local.set $v_c.c2 (call $str_char (local.get $t18) (local.get $t19)))
      (local.set $t19 (i64.add (local.get $t19) (i64.const 1)))
      (block $cnt2
    (if (i32.eqz (call $str_eq (local.get $v_c.c2) (i32.const 1043))) (then (local.set $t17 (i32.const 0)) (br $donet17)))
      )
      (br $top2)))
    )
    (local.get $t17)) (then
    (local.set $v_n (block (result i64) (local.set $t21 (local.get $v_n)) (local.set $t22 (i64.add (local.get $t21) (i64.const 2))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t21) (i64.const -1)) (local.get $t22)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t22)))
    ) (else
    ))
    (if (block (result i32)
    (local.set $t23 (i32.const 0))
    (block $donet23
    (local.set $t24 (local.get $v_nums))
    (local.set $t25 (i64.const 0))
    (block $brk3 (loop $top3
      (br_if $brk3 (i64.ge_s (local.get $t25) (i64.extend_i32_u (i32.and (i32.load (local.get $t24)) (i32.const 1073741823)))))
      (local.set $v_item.c3 (i64.load (call $list_addr (local.get $t24) (local.get $t25))))
      (local.set $t25 (i64.add (local.get $t25) (i64.const 1)))
      (block $cnt3
    (if (i64.ne (local.get $v_item.c3) (i64.const 0)) (then (local.set $t23 (i32.const 1)) (br $donet23)))
      )
      (br $top3)))
    )
    (local.get $t23)) (then
    (local.set $v_n (block (result i64) (local.set $t27 (local.get $v_n)) (local.set $t28 (i64.add (local.get $t27) (i64.const 4))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t27) (i64.const -1)) (local.get $t28)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t28)))
    ) (else
    ))
    (if (block (result i32)
    (local.set $t29 (i32.const 1))
    (block $donet29
    (local.set $t30 (local.get $v_nums))
    (local.set $t31 (i64.const 0))
    (block $brk4 (loop $top4
      (br_if $brk4 (i64.ge_s (local.get $t31) (i64.extend_i32_u (i32.and (i32.load (local.get $t30)) (i32.const 1073741823)))))
      (local.set $v_x.c4 (i64.load (call $list_addr (local.get $t30) (local.get $t31))))
      (local.set $t31 (i64.add (local.get $t31) (i64.const 1)))
      (block $cnt4
    (if (i32.eqz (i64.gt_s (local.get $v_x.c4) (i64.const 0))) (then (local.set $t29 (i32.const 0)) (br $donet29)))
      )
      (br $top4)))
    )
    (local.get $t29)) (then
    (local.set $v_n (block (result i64) (local.set $t33 (local.get $v_n)) (local.set $t34 (i64.add (local.get $t33) (i64.const 8))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t33) (i64.const -1)) (local.get $t34)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t34)))
    ) (else
    ))
    (if (block (result i32)
    (local.set $t35 (i32.const 0))
    (block $donet35
    (local.set $t37 (i64.const 0))
    (local.set $t38 (i64.const 10))
    (local.set $t39 (i64.const 1))
    (local.set $h40 (i64.extend_i32_u (i32.load (local.get $v_nums))))
    (local.set $h41 (i32.load offset=8 (local.get $v_nums)))
    (if (i32.and (i32.and (i64.lt_s (local.get $t38) (i64.const 1073741824)) (i64.gt_s (local.get $t38) (i64.const -1073741824))) (i64.le_s (i64.add (local.get $t38) (i64.const 0)) (local.get $h40))) (then
    (local.set $k43 (i32.wrap_i64 (local.get $t37)))
    (local.set $k44 (i32.wrap_i64 (local.get $t38)))
    (block $brk6 (loop $top6
      (br_if $brk6 (i32.ge_s (local.get $k43) (local.get $k44)))
      (local.set $v_i.c5 (i64.extend_i32_s (local.get $k43)))
      (block $cnt6
    (if (i64.eq (i64.load (i32.add (local.get $h41) (i32.shl (local.get $k43) (i32.const 3)))) (i64.const 2)) (then (local.set $t35 (i32.const 1)) (br $donet35)))
      )
      (local.set $k43 (i32.add (local.get $k43) (i32.const 1)))
      (br $top6)))
    ) (else
    (block $brk5 (loop $top5
      (br_if $brk5 (i64.ge_s (local.get $t37) (local.get $t38)))
      (local.set $v_i.c5 (local.get $t37))
      (block $cnt5
    (if (i64.eq (i64.load (i32.add (local.get $h41) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t42 (local.get $v_i.c5)) (i64.const -1)) (i64.sub (local.get $t42) (local.get $h40))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t42))) (else (call $norm_index (local.get $t42) (i32.wrap_i64 (local.get $h40)) (global.get $msg_list_index)))) (i32.const 3)))) (i64.const 2)) (then (local.set $t35 (i32.const 1)) (br $donet35)))
      )
      (local.set $t37 (i64.add (local.get $t37) (i64.const 1)))
      (br $top5)))
    ))
    )
    (local.get $t35)) (then
    (local.set $v_n (block (result i64) (local.set $t45 (local.get $v_n)) (local.set $t46 (i64.add (local.get $t45) (i64.const 16))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t45) (i64.const -1)) (local.get $t46)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t46)))
    ) (else
    ))
    (if (i32.eqz (block (result i32)
    (local.set $t47 (i32.const 1))
    (block $donet47
    (local.set $t49 (i64.const 0))
    (local.set $t50 (i64.const 10))
    (local.set $t51 (i64.const 1))
    (local.set $h52 (i64.extend_i32_u (i32.load (local.get $v_nums))))
    (local.set $h53 (i32.load offset=8 (local.get $v_nums)))
    (if (i32.and (i32.and (i64.lt_s (local.get $t50) (i64.const 1073741824)) (i64.gt_s (local.get $t50) (i64.const -1073741824))) (i64.le_s (i64.add (local.get $t50) (i64.const 0)) (local.get $h52))) (then
    (local.set $k55 (i32.wrap_i64 (local.get $t49)))
    (local.set $k56 (i32.wrap_i64 (local.get $t50)))
    (block $brk8 (loop $top8
      (br_if $brk8 (i32.ge_s (local.get $k55) (local.get $k56)))
      (local.set $v_i.c6 (i64.extend_i32_s (local.get $k55)))
      (block $cnt8
    (if (i32.eqz (i64.gt_s (i64.load (i32.add (local.get $h53) (i32.shl (local.get $k55) (i32.const 3)))) (i64.const 0))) (then (local.set $t47 (i32.const 0)) (br $donet47)))
      )
      (local.set $k55 (i32.add (local.get $k55) (i32.const 1)))
      (br $top8)))
    ) (else
    (block $brk7 (loop $top7
      (br_if $brk7 (i64.ge_s (local.get $t49) (local.get $t50)))
      (local.set $v_i.c6 (local.get $t49))
      (block $cnt7
    (if (i32.eqz (i64.gt_s (i64.load (i32.add (local.get $h53) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t54 (local.get $v_i.c6)) (i64.const -1)) (i64.sub (local.get $t54) (local.get $h52))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t54))) (else (call $norm_index (local.get $t54) (i32.wrap_i64 (local.get $h52)) (global.get $msg_list_index)))) (i32.const 3)))) (i64.const 0))) (then (local.set $t47 (i32.const 0)) (br $donet47)))
      )
      (local.set $t49 (i64.add (local.get $t49) (i64.const 1)))
      (br $top7)))
    ))
    )
    (local.get $t47))) (then
    (local.set $v_n (block (result i64) (local.set $t57 (local.get $v_n)) (local.set $t58 (i64.add (local.get $t57) (i64.const 32))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t57) (i64.const -1)) (local.get $t58)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t58)))
    ) (else
    ))
    (local.set $v_total (block (result i64) (local.set $t74 (block (result i64)
    (local.set $t62 (i64.const 0))
    (local.set $t59 (local.get $v_nums))
    (local.set $t60 (i64.const 0))
    (block $brk9 (loop $top9
      (br_if $brk9 (i64.ge_s (local.get $t60) (i64.extend_i32_u (i32.and (i32.load (local.get $t59)) (i32.const 1073741823)))))
      (local.set $v_item.c7 (i64.load (call $list_addr (local.get $t59) (local.get $t60))))
      (local.set $t60 (i64.add (local.get $t60) (i64.const 1)))
      (block $cnt9
    (local.set $t62 (block (result i64) (local.set $t63 (local.get $t62)) (local.set $t65 (local.get $v_item.c7)) (local.set $t64 (i64.add (local.get $t63) (local.get $t65))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t63) (local.get $t64)) (i64.xor (local.get $t65) (local.get $t64))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t64)))
      )
      (br $top9)))
    (local.get $t62))) (local.set $t76 (block (result i64)
    (local.set $t70 (i64.const 0))
    (local.set $t67 (i64.const 0))
    (local.set $t68 (local.get $h0))
    (local.set $t69 (i64.const 1))
    (block $brk10 (loop $top10
      (br_if $brk10 (i64.ge_s (local.get $t67) (local.get $t68)))
      (local.set $v_i.c8 (local.get $t67))
      (block $cnt10
    (local.set $t70 (block (result i64) (local.set $t71 (local.get $t70)) (local.set $t73 (call $mul_ovf (local.get $v_i.c8) (local.get $v_i.c8))) (local.set $t72 (i64.add (local.get $t71) (local.get $t73))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t71) (local.get $t72)) (i64.xor (local.get $t73) (local.get $t72))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t72)))
      )
      (local.set $t67 (i64.add (local.get $t67) (i64.const 1)))
      (br $top10)))
    (local.get $t70))) (local.set $t75 (i64.add (local.get $t74) (local.get $t76))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t74) (local.get $t75)) (i64.xor (local.get $t76) (local.get $t75))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t75)))
    (local.set $v_f (f64.add (block (result f64)
    (local.set $t82 (f64.convert_i64_s (i64.const 0)))
    (local.set $t79 (block (result i32) (local.set $t78 (call $list_new (i32.const 0))) (call $list_append (local.get $t78) (i64.reinterpret_f64 (f64.const 0x1.999999999999ap-4))) (call $list_append (local.get $t78) (i64.reinterpret_f64 (f64.const 0x1.999999999999ap-3))) (call $list_append (local.get $t78) (i64.reinterpret_f64 (f64.const 0x1.3333333333333p-2))) (local.get $t78)))
    (local.set $t80 (i64.const 0))
    (block $brk11 (loop $top11
      (br_if $brk11 (i64.ge_s (local.get $t80) (i64.extend_i32_u (i32.and (i32.load (local.get $t79)) (i32.const 1073741823)))))
      (local.set $v_item.c9 (f64.load (call $list_addr (local.get $t79) (local.get $t80))))
      (local.set $t80 (i64.add (local.get $t80) (i64.const 1)))
      (block $cnt11
    (local.set $t82 (f64.add (local.get $t82) (local.get $v_item.c9)))
      )
      (br $top11)))
    (local.get $t82)) (block (result f64)
    (local.set $t86 (f64.convert_i64_s (i64.const 0)))
    (local.set $t83 (local.get $v_nums))
    (local.set $t84 (i64.const 0))
    (block $brk12 (loop $top12
      (br_if $brk12 (i64.ge_s (local.get $t84) (i64.extend_i32_u (i32.and (i32.load (local.get $t83)) (i32.const 1073741823)))))
      (local.set $v_x.c10 (i64.load (call $list_addr (local.get $t83) (local.get $t84))))
      (local.set $t84 (i64.add (local.get $t84) (i64.const 1)))
      (block $cnt12
    (local.set $t86 (f64.add (local.get $t86) (call $int_truediv (local.get $v_x.c10) (i64.const 3))))
      )
      (br $top12)))
    (local.get $t86))))
    (local.set $v_g (f64.add (block (result f64)
    (local.set $t91 (f64.const 0x1.0p-1))
    (local.set $t88 (local.get $v_nums))
    (local.set $t89 (i64.const 0))
    (block $brk13 (loop $top13
      (br_if $brk13 (i64.ge_s (local.get $t89) (i64.extend_i32_u (i32.and (i32.load (local.get $t88)) (i32.const 1073741823)))))
      (local.set $v_item.c11 (i64.load (call $list_addr (local.get $t88) (local.get $t89))))
      (local.set $t89 (i64.add (local.get $t89) (i64.const 1)))
      (block $cnt13
    (local.set $t91 (f64.add (local.get $t91) (f64.convert_i64_s (local.get $v_item.c11))))
      )
      (br $top13)))
    (local.get $t91)) (f64.convert_i64_s (block (result i64)
    (local.set $t96 (i64.const 10))
    (local.set $t93 (i64.const 0))
    (local.set $t94 (i64.const 3))
    (local.set $t95 (i64.const 1))
    (block $brk14 (loop $top14
      (br_if $brk14 (i64.ge_s (local.get $t93) (local.get $t94)))
      (local.set $v_i.c12 (local.get $t93))
      (block $cnt14
    (local.set $t96 (block (result i64) (local.set $t97 (local.get $t96)) (local.set $t99 (local.get $v_i.c12)) (local.set $t98 (i64.add (local.get $t97) (local.get $t99))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t97) (local.get $t98)) (i64.xor (local.get $t99) (local.get $t98))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t98)))
      )
      (local.set $t93 (i64.add (local.get $t93) (i64.const 1)))
      (br $top14)))
    (local.get $t96)))))
    (call $log (i32.const 1) (i32.add (local.tee $t108 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (local.get $v_total)) (i32.const 1043)) (call $f_repr (local.get $v_f))) (i32.const 1043)) (call $f_repr (local.get $v_g))) (i32.const 1043)) (call $int_to_str (block (result i64)
    (local.set $t104 (i64.const 0))
    (local.set $t101 (local.get $v_s))
    (local.set $t102 (i64.const 0))
    (block $brk15 (loop $top15
      (br_if $brk15 (i64.ge_s (local.get $t102) (i64.extend_i32_u (i32.and (i32.load (local.get $t101)) (i32.const 1073741823)))))
      (local.set $v_c.c13 (call $str_char (local.get $t101) (local.get $t102)))
      (local.set $t102 (i64.add (local.get $t102) (i64.const 1)))
      (block $cnt15
    (local.set $t104 (block (result i64) (local.set $t105 (local.get $t104)) (local.set $t107 (i64.extend_i32_u (call $str_eq (local.get $v_c.c13) (i32.const 1048)))) (local.set $t106 (i64.add (local.get $t105) (local.get $t107))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t105) (local.get $t106)) (i64.xor (local.get $t107) (local.get $t106))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t106)))
      )
      (br $top15)))
    (local.get $t104)))))) (i32.const 4)) (i32.and (i32.load (local.get $t108)) (i32.const 1073741823)))
    (return (block (result i64) (local.set $t109 (call $mul_ovf (local.get $v_n) (i64.const 1000))) (local.set $t111 (local.get $v_total)) (local.set $t110 (i64.add (local.get $t109) (local.get $t111))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t109) (local.get $t110)) (i64.xor (local.get $t111) (local.get $t110))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t110)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1053) (i32.const 1029)) (call $param_str (i32.const 1058) (i32.const 1029))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $list_concat
  ;; linked: $add_ovf
  ;; linked: $sub_ovf
  ;; linked: $mul_ovf
  ;; linked: $int_truediv
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
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $str_cmp
  ;; linked: $norm_index
  ;; linked: $str_at
  ;; linked: $str_char
  ;; linked: $uni_far
  ;; linked: $is_space
  ;; linked: $match_at
  ;; linked: $find_from
  ;; linked: $str_split
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $str_num_ascii
  ;; linked: $int_to_str
  ;; linked: $str_to_int
  ;; linked: $f_repr
  ;; linked: $pyf_py_repr
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f23
  ;; linked: $pyf_f24
  ;; linked: $pyf_f25
)
