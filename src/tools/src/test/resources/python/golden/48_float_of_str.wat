(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 1184))
  (global $c_sp (mut i32) (i32.const 9376))
  (global $heap_base i32 (i32.const 9376))
  (global $heap (mut i32) (i32.const 9376))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1033))
  (global $msg_no_return i32 (i32.const 1063))
  (global $msg_float_parse i32 (i32.const 1121))
  (data (i32.const 1024) "\01\00\00\00\73")
  (data (i32.const 1029) "\00\00\00\00")
  (data (i32.const 1033) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1063) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1121) "\2d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\63\6f\75\6c\64\20\6e\6f\74\20\63\6f\6e\76\65\72\74\20\73\74\72\69\6e\67\20\74\6f\20\66\6c\6f\61\74")
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
  (func $f_filter (param $v_s i32) (result f64)
    (local $v_v f64)
    (local.set $v_v (call $f_parse (local.get $v_s)))
    (if (f64.gt (local.get $v_v) (f64.const 0x1.1ccf385ebc8ap1023)) (then
    (return (f64.neg (f64.const 0x1.0p0)))
    ) (else
    ))
    (return (local.get $v_v))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1024) (i32.const 1029))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $f_parse
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
