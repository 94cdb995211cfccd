(module
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1280))
  (global $c_sp (mut i32) (i32.const 9472))
  (global $heap_base i32 (i32.const 9472))
  (global $heap (mut i32) (i32.const 9472))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1056))
  (global $msg_list_index i32 (i32.const 1086))
  (global $msg_fzero_div i32 (i32.const 1125))
  (global $msg_no_return i32 (i32.const 1170))
  (global $msg_float_parse i32 (i32.const 1228))
  (data (i32.const 1024) "\03\00\00\00\69\6e\66")
  (data (i32.const 1031) "\01\00\00\00\20")
  (data (i32.const 1036) "\04\00\00\00\2d\69\6e\66")
  (data (i32.const 1044) "\03\00\00\00\6e\61\6e")
  (data (i32.const 1051) "\01\00\00\00\78")
  (data (i32.const 1056) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1086) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1125) "\29\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\66\6c\6f\61\74\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1170) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1228) "\2d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\63\6f\75\6c\64\20\6e\6f\74\20\63\6f\6e\76\65\72\74\20\73\74\72\69\6e\67\20\74\6f\20\66\6c\6f\61\74")
  (func $f_filter (param $v_x f64) (result i32)
    (local $t0 i32)
    (local $v_values i32)
    (local $t2 i32)
    (local $t3 i64)
    (local $v_v f64)
    (local $t5 i32)
    (local $t6 i32)
    (local.set $v_values (block (result i32) (local.set $t0 (call $list_new (i32.const 0))) (call $list_append (local.get $t0) (i64.reinterpret_f64 (local.get $v_x))) (call $list_append (local.get $t0) (i64.reinterpret_f64 (f64.add (f64.const 0x1.999999999999ap-4) (f64.const 0x1.999999999999ap-3)))) (call $list_append (local.get $t0) (i64.reinterpret_f64 (call $fdiv (f64.const 0x1.0p0) (f64.const 0x1.8p1)))) (call $list_append (local.get $t0) (i64.reinterpret_f64 (f64.const 0x1.9p6))) (call $list_append (local.get $t0) (i64.reinterpret_f64 (f64.neg (f64.const 0x0.0p0)))) (call $list_append (local.get $t0) (i64.reinterpret_f64 (f64.const 0x1.0f0cf064dd592p73))) (call $list_append (local.get $t0) (i64.reinterpret_f64 (f64.const 0x1.a36e2eb1c432dp-14))) (call $list_append (local.get $t0) (i64.reinterpret_f64 (f64.const 0x0.0000000000001p-1022))) (call $list_append (local.get $t0) (i64.reinterpret_f64 (f64.mul (local.get $v_x) (f64.const 0x1.8p1)))) (call $list_append (local.get $t0) (i64.reinterpret_f64 (call $fdiv (local.get $v_x) (f64.const 0x1.cp2)))) (local.get $t0)))
    (local.set $t2 (local.get $v_values))
    (local.set $t3 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t3) (i64.extend_i32_u (i32.load (local.get $t2)))))
      (local.set $v_v (f64.load (call $list_addr (local.get $t2) (local.get $t3))))
      (local.set $t3 (i64.add (local.get $t3) (i64.const 1)))
      (block $cnt0
    (call $log (i32.const 1) (i32.add (local.tee $t5 (call $f_repr (local.get $v_v))) (i32.const 4)) (i32.load (local.get $t5)))
      )
      (br $top0)))
    (call $log (i32.const 1) (i32.add (local.tee $t6 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $f_repr (call $f_parse (i32.const 1024))) (i32.const 1031)) (call $f_repr (call $f_parse (i32.const 1036)))) (i32.const 1031)) (call $f_repr (call $f_parse (i32.const 1044))))) (i32.const 4)) (i32.load (local.get $t6)))
    (return (call $str_eq (call $f_repr (local.get $v_x)) (call $f_repr (call $f_parse (call $f_repr (local.get $v_x))))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1051) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_concat
  ;; linked: $str_cmp
  ;; linked: $str_eq
  ;; linked: $norm_index
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $fdiv
  ;; linked: $f_repr
  ;; linked: $f_parse
  ;; linked: $pyf_py_repr
  ;; linked: $pyf_f20
  ;; linked: $pyf_f21
  ;; linked: $pyf_f22
  ;; linked: $pyf_f23
  ;; linked: $pyf_f24
  ;; linked: $pyf_f25
  ;; linked: $pyf_f27
  ;; linked: $pyf_py_strtod
  ;; linked: $pyf_f29
)
