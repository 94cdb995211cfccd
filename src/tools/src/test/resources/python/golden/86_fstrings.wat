(module
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1456))
  (global $c_sp (mut i32) (i32.const 9648))
  (global $heap_base i32 (i32.const 9648))
  (global $heap (mut i32) (i32.const 9648))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1198))
  (global $msg_list_index i32 (i32.const 1228))
  (global $msg_overflow i32 (i32.const 1267))
  (global $msg_fixed_prec i32 (i32.const 1324))
  (global $msg_no_return i32 (i32.const 1383))
  (data (i32.const 1024) "\06\00\00\00\73\63\6f\72\65\3d")
  (data (i32.const 1034) "\03\00\00\00\20\6e\3d")
  (data (i32.const 1041) "\06\00\00\00\20\6e\61\6d\65\3d")
  (data (i32.const 1051) "\01\00\00\00\20")
  (data (i32.const 1056) "\01\00\00\00\5b")
  (data (i32.const 1061) "\03\00\00\00\5d\20\5b")
  (data (i32.const 1068) "\01\00\00\00\5d")
  (data (i32.const 1073) "\01\00\00\00\25")
  (data (i32.const 1078) "\02\00\00\00\6e\3d")
  (data (i32.const 1084) "\05\00\00\00\20\78\20\3d\20")
  (data (i32.const 1093) "\03\00\00\00\20\78\3d")
  (data (i32.const 1100) "\0a\00\00\00\7b\6c\69\74\65\72\61\6c\7d\20")
  (data (i32.const 1114) "\03\00\00\00\79\65\73")
  (data (i32.const 1121) "\02\00\00\00\6e\6f")
  (data (i32.const 1127) "\02\00\00\00\2c\20")
  (data (i32.const 1133) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1141) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1150) "\01\00\00\00\7c")
  (data (i32.const 1155) "\06\00\00\00\70\6c\61\69\6e\20")
  (data (i32.const 1165) "\07\00\00\00\20\6a\6f\69\6e\65\64")
  (data (i32.const 1176) "\01\00\00\00\78")
  (data (i32.const 1181) "\01\00\00\00\6e")
  (data (i32.const 1186) "\04\00\00\00\6e\61\6d\65")
  (data (i32.const 1194) "\00\00\00\00")
  (data (i32.const 1198) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1228) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1267) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1324) "\37\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\61\20\70\72\65\63\69\73\69\6f\6e\20\61\62\6f\76\65\20\31\30\30\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (data (i32.const 1383) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_x f64) (param $v_n i64) (param $v_name i32) (result i32)
    (local $t0 i32)
    (local $t1 i32)
    (local $t2 i32)
    (local $t3 i32)
    (local $t4 i32)
    (local $t5 i32)
    (local $t6 i64)
    (local $t7 i64)
    (local $t8 i32)
    (local $t9 i32)
    (local $t10 i32)
    (local $t11 i32)
    (local $t12 i64)
    (local $v_item.c0 i64)
    (local $t14 i32)
    (local $t15 i32)
    (local $t16 i32)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1024) (call $f_fixed (local.get $v_x) (i64.const 2))) (i32.const 1034)) (call $int_to_str (local.get $v_n))) (i32.const 1041)) (local.get $v_name)))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t1 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $f_repr (local.get $v_x)) (i32.const 1051)) (call $int_to_str (local.get $v_n))) (i32.const 1051)) (call $str_repr (local.get $v_name))) (i32.const 1051)) (call $f_repr (local.get $v_x))) (i32.const 1051)) (call $int_to_str (local.get $v_n))))) (i32.const 4)) (i32.and (i32.load (local.get $t1)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t2 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1056) (call $fmt_pad (call $int_to_str (local.get $v_n)) (i32.const 32) (i32.const 1) (i64.const 5))) (i32.const 1061)) (call $fmt_pad (call $int_to_str (local.get $v_n)) (i32.const 32) (i32.const 0) (i64.const 5))) (i32.const 1061)) (call $fmt_pad (call $int_to_str (local.get $v_n)) (i32.const 32) (i32.const 2) (i64.const 7))) (i32.const 1061)) (call $fmt_pad (call $int_to_str (local.get $v_n)) (i32.const 48) (i32.const 3) (i64.const 5))) (i32.const 1061)) (call $fmt_sign (call $int_to_str (local.get $v_n)) (i32.const 43))) (i32.const 1061)) (call $fmt_sign (call $int_to_str (local.get $v_n)) (i32.const 32))) (i32.const 1061)) (call $fmt_group (call $int_to_str (local.get $v_n)) (i32.const 44))) (i32.const 1061)) (call $fmt_group (call $int_to_str (local.get $v_n)) (i32.const 95))) (i32.const 1068)))) (i32.const 4)) (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t3 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1056) (call $fmt_pad (call $f_fixed (local.get $v_x) (i64.const 3)) (i32.const 32) (i32.const 1) (i64.const 10))) (i32.const 1061)) (call $fmt_pad (call $f_fixed (local.get $v_x) (i64.const 1)) (i32.const 32) (i32.const 0) (i64.const 10))) (i32.const 1061)) (call $fmt_sign (call $f_fixed (local.get $v_x) (i64.const 0)) (i32.const 43))) (i32.const 1061)) (call $fmt_group (call $f_fixed (local.get $v_x) (i64.const 2)) (i32.const 44))) (i32.const 1061)) (call $str_concat (call $f_fixed (f64.mul (local.get $v_x) (f64.const 100)) (i64.const 1)) (i32.const 1073))) (i32.const 1061)) (call $f_fixed (local.get $v_x) (i64.const 6))) (i32.const 1061)) (call $fmt_pad (call $f_fixed (local.get $v_x) (i64.const 4)) (i32.const 48) (i32.const 3) (i64.const 12))) (i32.const 1068)))) (i32.const 4)) (i32.and (i32.load (local.get $t3)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t4 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1056) (call $fmt_pad (local.get $v_name) (i32.const 32) (i32.const 1) (i64.const 8))) (i32.const 1061)) (call $fmt_pad (local.get $v_name) (i32.const 42) (i32.const 2) (i64.const 9))) (i32.const 1061)) (call $str_slice (local.get $v_name) (i64.const 0) (i64.const 2))) (i32.const 1061)) (call $fmt_pad (call $str_slice (local.get $v_name) (i64.const 0) (i64.const 3)) (i32.const 32) (i32.const 0) (i64.const 8))) (i32.const 1061)) (call $fmt_pad (local.get $v_name) (i32.const 48) (i32.const 0) (i64.const 8))) (i32.const 1068)))) (i32.const 4)) (i32.and (i32.load (local.get $t4)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t5 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1078) (call $int_to_str (local.get $v_n))) (i32.const 1084)) (call $f_repr (local.get $v_x))) (i32.const 1041)) (local.get $v_name)) (i32.const 1093)) (call $f_fixed (local.get $v_x) (i64.const 1))))) (i32.const 4)) (i32.and (i32.load (local.get $t5)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t14 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1100) (call $int_to_str (block (result i64) (local.set $t6 (call $mul_ovf (local.get $v_n) (i64.const 2))) (local.set $t7 (i64.add (local.get $t6) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t6) (i64.const -1)) (local.get $t7)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t7)))) (i32.const 1051)) (call $int_to_str (i64.extend_i32_u (i32.and (i32.load (local.get $v_name)) (i32.const 1073741823))))) (i32.const 1051)) (if (result i32) (i64.gt_s (local.get $v_n) (i64.const 0)) (then (i32.const 1114)) (else (i32.const 1121)))) (i32.const 1051)) (call $str_concat (call $str_concat (i32.const 1056) (call $str_join (i32.const 1127) (block (result i32)
    (local.set $t9 (call $list_new (i32.const 0)))
    (local.set $t11 (block (result i32) (local.set $t10 (call $list_new (i32.const 0))) (call $list_append (local.get $t10) (local.get $v_n)) (call $list_append (local.get $t10) (local.get $v_n)) (local.get $t10)))
    (local.set $t12 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t12) (i64.extend_i32_u (i32.and (i32.load (local.get $t11)) (i32.const 1073741823)))))
      (local.set $v_item.c0 (i64.load (call $list_addr (local.get $t11) (local.get $t12))))
      (local.set $t12 (i64.add (local.get $t12) (i64.const 1)))
      (block $cnt0
    (call $list_append (local.get $t9) (i64.extend_i32_u (call $int_to_str (local.get $v_item.c0))))
      )
      (br $top0)))
    (local.get $t9)))) (i32.const 1068))))) (i32.const 4)) (i32.and (i32.load (local.get $t14)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t15 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (select (i32.const 1133) (i32.const 1141) (i32.const 1)) (i32.const 1051)) (select (i32.const 1133) (i32.const 1141) (i64.gt_s (local.get $v_n) (i64.const 0)))) (i32.const 1051)) (call $fmt_pad (call $int_to_str (local.get $v_n)) (i32.const 32) (i32.const 1) (i64.const 4))) (i32.const 1150)) (call $f_fixed (local.get $v_x) (i64.const 3))) (i32.const 1150)) (local.get $v_name)))) (i32.const 4)) (i32.and (i32.load (local.get $t15)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t16 (call $str_utf8 (call $str_concat (call $str_concat (i32.const 1155) (call $int_to_str (local.get $v_n))) (i32.const 1165)))) (i32.const 4)) (i32.and (i32.load (local.get $t16)) (i32.const 1073741823)))
    (return (i32.const 1))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1176) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1181) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (call $param_str (i32.const 1186) (i32.const 1194))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $fmt_group
  ;; linked: $fmt_sign
  ;; linked: $str_repr
  ;; linked: $repr_width
  ;; linked: $printable
  ;; linked: $put_cp
  ;; linked: $put_hex
  ;; linked: $fmt_pad
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
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $norm_index
  ;; linked: $clamp
  ;; linked: $str_slice
  ;; linked: $str_join
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
  ;; linked: $f_repr
  ;; linked: $f_fixed
  ;; linked: $pyf_py_repr
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f23
  ;; linked: $pyf_f24
  ;; linked: $pyf_f25
  ;; linked: $pyf_py_fixed
  ;; linked: $pyf_f27
)
