(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "get_param_f64" (func $get_param_f64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1456))
  (global $c_sp (mut i32) (i32.const 9648))
  (global $heap_base i32 (i32.const 9648))
  (global $heap (mut i32) (i32.const 9648))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1121))
  (global $msg_fzero_div i32 (i32.const 1151))
  (global $msg_domain i32 (i32.const 1196))
  (global $msg_no_return i32 (i32.const 1229))
  (global $msg_math_range i32 (i32.const 1287))
  (global $msg_float_parse i32 (i32.const 1322))
  (global $msg_trig_range i32 (i32.const 1371))
  (data (i32.const 1024) "\03\00\00\00\73\69\6e")
  (data (i32.const 1031) "\03\00\00\00\69\6e\66")
  (data (i32.const 1038) "\03\00\00\00\63\6f\73")
  (data (i32.const 1045) "\03\00\00\00\74\61\6e")
  (data (i32.const 1052) "\05\00\00\00\61\74\61\6e\32")
  (data (i32.const 1061) "\03\00\00\00\65\78\70")
  (data (i32.const 1068) "\03\00\00\00\6c\6f\67")
  (data (i32.const 1075) "\04\00\00\00\6c\6f\67\62")
  (data (i32.const 1083) "\03\00\00\00\70\6f\77")
  (data (i32.const 1090) "\07\00\00\00\72\61\64\69\61\6e\73")
  (data (i32.const 1101) "\02\00\00\00\66\6e")
  (data (i32.const 1107) "\00\00\00\00")
  (data (i32.const 1111) "\01\00\00\00\78")
  (data (i32.const 1116) "\01\00\00\00\79")
  (data (i32.const 1121) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1151) "\29\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\66\6c\6f\61\74\20\64\69\76\69\73\69\6f\6e\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1196) "\1d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\6d\61\74\68\20\64\6f\6d\61\69\6e\20\65\72\72\6f\72")
  (data (i32.const 1229) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1287) "\1f\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\6d\61\74\68\20\72\61\6e\67\65\20\65\72\72\6f\72")
  (data (i32.const 1322) "\2d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\63\6f\75\6c\64\20\6e\6f\74\20\63\6f\6e\76\65\72\74\20\73\74\72\69\6e\67\20\74\6f\20\66\6c\6f\61\74")
  (data (i32.const 1371) "\44\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\73\69\6e\2c\20\63\6f\73\20\61\6e\64\20\74\61\6e\20\6f\66\20\7c\78\7c\20\3e\3d\20\32\2a\2a\31\30\30\20\61\72\65\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74")
  (func $param_str (param $name i32) (param $dflt i32) (result i32) (local $buf i32) (local $rc i32)
    (local.set $buf (call $str_new (i32.const 256)))
    (i32.store (i32.const 0) (i32.const 256))
    (local.set $rc (call $get_param_string (i32.add (local.get $name) (i32.const 4)) (i32.load (local.get $name)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))
    (if (i32.eq (local.get $rc) (i32.const 3)) (then
      (local.set $buf (call $str_new (i32.load (i32.const 0))))
      (local.set $rc (call $get_param_string (i32.add (local.get $name) (i32.const 4)) (i32.load (local.get $name)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))))
    (if (i32.ne (local.get $rc) (i32.const 0)) (then (return (local.get $dflt))))
    (i32.store (local.get $buf) (i32.load (i32.const 0)))
    (local.get $buf))
  (func $f_filter (param $v_fn i32) (param $v_x f64) (param $v_y f64) (result f64)
    (local $t0 i32)
    (if (if (result i32) (local.tee $t0 (f64.eq (local.get $v_y) (f64.const 0x1.0p0))) (then (call $str_eq (local.get $v_fn) (i32.const 1024))) (else (local.get $t0))) (then
    (return (call $m_sin (call $f_parse (i32.const 1031))))
    ) (else
    ))
    (if (call $str_eq (local.get $v_fn) (i32.const 1024)) (then
    (return (call $m_sin (local.get $v_x)))
    ) (else
    ))
    (if (call $str_eq (local.get $v_fn) (i32.const 1038)) (then
    (return (call $m_cos (local.get $v_x)))
    ) (else
    ))
    (if (call $str_eq (local.get $v_fn) (i32.const 1045)) (then
    (return (call $m_tan (local.get $v_x)))
    ) (else
    ))
    (if (call $str_eq (local.get $v_fn) (i32.const 1052)) (then
    (return (call $m_atan2 (local.get $v_x) (local.get $v_y)))
    ) (else
    ))
    (if (call $str_eq (local.get $v_fn) (i32.const 1061)) (then
    (return (call $m_exp (local.get $v_x)))
    ) (else
    ))
    (if (call $str_eq (local.get $v_fn) (i32.const 1068)) (then
    (return (call $m_log (local.get $v_x)))
    ) (else
    ))
    (if (call $str_eq (local.get $v_fn) (i32.const 1075)) (then
    (return (call $fdiv (call $m_log (local.get $v_x)) (call $m_log (local.get $v_y))))
    ) (else
    ))
    (if (call $str_eq (local.get $v_fn) (i32.const 1083)) (then
    (return (call $m_pow (local.get $v_x) (local.get $v_y)))
    ) (else
    ))
    (if (call $str_eq (local.get $v_fn) (i32.const 1090)) (then
    (return (f64.mul (local.get $v_x) (f64.const 0x1.1df46a2529d39p-6)))
    ) (else
    ))
    (return (f64.mul (local.get $v_x) (f64.const 0x1.ca5dc1a63c1f8p5)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1101) (i32.const 1107)) (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1111) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0))) (if (result f64) (i32.eqz (call $get_param_f64 (i32.add (i32.const 1116) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (f64.load (i32.const 8))) (else (f64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_cmp
  ;; linked: $str_eq
  ;; linked: $fdiv
  ;; linked: $m_pow
  ;; linked: $m_exp
  ;; linked: $m_log
  ;; linked: $m_angle
  ;; linked: $m_sin
  ;; linked: $m_cos
  ;; linked: $m_tan
  ;; linked: $m_atan2
  ;; linked: $f_parse
  ;; linked: $pyf_py_exp
  ;; linked: $pyf_f1
  ;; linked: $pyf_py_log
  ;; linked: $pyf_f3
  ;; linked: $pyf_f4
  ;; linked: $pyf_py_sin
  ;; linked: $pyf_f6
  ;; linked: $pyf_f7
  ;; linked: $pyf_f8
  ;; linked: $pyf_py_cos
  ;; linked: $pyf_py_tan
  ;; linked: $pyf_py_atan2
  ;; linked: $pyf_f12
  ;; linked: $pyf_f13
  ;; linked: $pyf_py_pow_error
  ;; linked: $pyf_py_pow
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
