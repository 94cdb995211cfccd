(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1264))
  (global $heap (mut i32) (i32.const 1264))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_overflow i32 (i32.const 1029))
  (global $msg_zero_div i32 (i32.const 1086))
  (global $msg_zero_mod i32 (i32.const 1143))
  (global $msg_no_return i32 (i32.const 1188))
  (data (i32.const 1024) "\01\00\00\00\6e")
  (data (i32.const 1029) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1086) "\35\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\64\69\76\69\73\69\6f\6e\20\6f\72\20\6d\6f\64\75\6c\6f\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1143) "\29\00\00\00\5a\65\72\6f\44\69\76\69\73\69\6f\6e\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\6d\6f\64\75\6c\6f\20\62\79\20\7a\65\72\6f")
  (data (i32.const 1188) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_filter (param $v_n i64) (result i64)
    (local $v_steps i64)
    (local $t1 i64)
    (local $t2 i64)
    (local.set $v_steps (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i32.eqz (i64.ne (local.get $v_n) (i64.const 1))))
      (block $cnt0
    (if (i64.eq (call $mod (local.get $v_n) (i64.const 2)) (i64.const 0)) (then
    (local.set $v_n (call $floordiv (local.get $v_n) (i64.const 2)))
    ) (else
    (local.set $v_n (block (result i64) (local.set $t1 (call $mul_ovf (i64.const 3) (local.get $v_n))) (local.set $t2 (i64.add (local.get $t1) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t1) (i64.const -1)) (local.get $t2)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t2)))
    ))
    (local.set $v_steps (i64.add (local.get $v_steps) (i64.const 1)))
      )
      (br $top0)))
    (return (local.get $v_steps))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1024) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $mul_ovf
  ;; linked: $floordiv
  ;; linked: $mod
)
