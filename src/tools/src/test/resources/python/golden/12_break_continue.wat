(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1200))
  (global $heap (mut i32) (i32.const 1200))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_overflow i32 (i32.const 1033))
  (global $msg_zero_mod i32 (i32.const 1090))
  (global $msg_no_return i32 (i32.const 1135))
  (data (i32.const 1024) "\05\00\00\00\6c\69\6d\69\74")
  (data (i32.const 1033) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1090) "\29\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\6d\6f\64\75\6c\6f\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1135) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_filter (param $v_limit i64) (result i64)
    (local $v_found i64)
    (local $v_i i64)
    (local $t2 i64)
    (local $t3 i64)
    (local $t4 i64)
    (local.set $v_found (i64.const 0))
    (local.set $v_i (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i32.eqz (i32.const 1)))
      (block $cnt0
    (local.set $v_i (i64.add (local.get $v_i) (i64.const 1)))
    (if (i64.eq (call $mod (local.get $v_i) (i64.const 3)) (i64.const 0)) (then
    (br $cnt0)
    ) (else
    ))
    (if (i64.gt_s (local.get $v_i) (local.get $v_limit)) (then
    (br $brk0)
    ) (else
    ))
    (local.set $v_found (block (result i64) (local.set $t2 (local.get $v_found)) (local.set $t4 (local.get $v_i)) (local.set $t3 (i64.add (local.get $t2) (local.get $t4))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t2) (local.get $t3)) (i64.xor (local.get $t4) (local.get $t3))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t3)))
      )
      (br $top0)))
    (return (local.get $v_found))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1024) (i32.const 4)) (i32.const 5) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $mod
)
