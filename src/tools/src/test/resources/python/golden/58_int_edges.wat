(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1232))
  (global $heap (mut i32) (i32.const 1232))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1033))
  (global $msg_int_parse i32 (i32.const 1063))
  (global $msg_overflow i32 (i32.const 1117))
  (global $msg_no_return i32 (i32.const 1174))
  (data (i32.const 1024) "\01\00\00\00\73")
  (data (i32.const 1029) "\00\00\00\00")
  (data (i32.const 1033) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1063) "\32\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\69\6e\76\61\6c\69\64\20\6c\69\74\65\72\61\6c\20\66\6f\72\20\69\6e\74\28\29\20\77\69\74\68\20\62\61\73\65\20\31\30")
  (data (i32.const 1117) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1174) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_filter (param $v_s i32) (result i64)
    (local $v_low i64)
    (local $v_n i64)
    (local.set $v_low (i64.const -9223372036854775808))
    (local.set $v_n (call $str_to_int (local.get $v_s)))
    (if (i64.eq (local.get $v_n) (local.get $v_low)) (then
    (return (i64.const 7))
    ) (else
    ))
    (return (local.get $v_n))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1024) (i32.const 1029))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $clamp
  ;; linked: $str_slice
  ;; linked: $is_space
  ;; linked: $str_strip
  ;; linked: $str_to_int
  ;; linked: $add_ovf
  ;; linked: $sub_ovf
  ;; linked: $mul_ovf
)
