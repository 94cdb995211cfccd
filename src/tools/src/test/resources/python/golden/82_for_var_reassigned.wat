(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1184))
  (global $heap (mut i32) (i32.const 1184))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1034))
  (global $msg_overflow i32 (i32.const 1064))
  (global $msg_no_return i32 (i32.const 1121))
  (data (i32.const 1024) "\01\00\00\00\20")
  (data (i32.const 1029) "\01\00\00\00\6e")
  (data (i32.const 1034) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1064) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1121) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_filter (param $v_n i64) (result i64)
    (local $v_total i64)
    (local $v_i.loop0 i64)
    (local $t2 i64)
    (local $t3 i64)
    (local $v_i i64)
    (local $t5 i64)
    (local $t6 i64)
    (local $t7 i64)
    (local $t8 i64)
    (local $t9 i64)
    (local $t10 i64)
    (local $v_j.loop1 i64)
    (local $t12 i64)
    (local $t13 i64)
    (local $v_j i64)
    (local $t15 i64)
    (local $t16 i64)
    (local $t17 i64)
    (local $t18 i64)
    (local $t19 i64)
    (local $v_k i64)
    (local $v_k.loop2 i64)
    (local $t22 i64)
    (local $t23 i64)
    (local $t24 i64)
    (local $t25 i64)
    (local $t26 i64)
    (local $t27 i32)
    (local.set $v_total (i64.const 0))
    (local.set $v_i.loop0 (i64.const 0))
    (local.set $t2 (local.get $v_n))
    (local.set $t3 (i64.const 1))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $v_i.loop0) (local.get $t2)))
      (block $cnt0
    (local.set $v_i (local.get $v_i.loop0))
    (local.set $v_total (block (result i64) (local.set $t5 (local.get $v_total)) (local.set $t7 (local.get $v_i)) (local.set $t6 (i64.add (local.get $t5) (local.get $t7))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t5) (local.get $t6)) (i64.xor (local.get $t7) (local.get $t6))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t6)))
    (local.set $v_i (call $mul_ovf (local.get $v_i) (i64.const 10)))
    (local.set $v_total (block (result i64) (local.set $t8 (local.get $v_total)) (local.set $t10 (local.get $v_i)) (local.set $t9 (i64.add (local.get $t8) (local.get $t10))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t8) (local.get $t9)) (i64.xor (local.get $t10) (local.get $t9))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t9)))
      )
      (local.set $v_i.loop0 (i64.add (local.get $v_i.loop0) (i64.const 1)))
      (br $top0)))
    (local.set $v_j.loop1 (local.get $v_n))
    (local.set $t12 (i64.const 0))
    (local.set $t13 (call $sub_ovf (i64.const 0) (i64.const 2)))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.le_s (local.get $v_j.loop1) (local.get $t12)))
      (block $cnt1
    (local.set $v_j (local.get $v_j.loop1))
    (local.set $v_j (block (result i64) (local.set $t15 (local.get $v_j)) (local.set $t16 (i64.add (local.get $t15) (i64.const 100))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t15) (i64.const -1)) (local.get $t16)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t16)))
    (local.set $v_total (block (result i64) (local.set $t17 (local.get $v_total)) (local.set $t19 (local.get $v_j)) (local.set $t18 (i64.add (local.get $t17) (local.get $t19))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t17) (local.get $t18)) (i64.xor (local.get $t19) (local.get $t18))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t18)))
      )
      (local.set $v_j.loop1 (i64.add (local.get $v_j.loop1) (i64.const -2)))
      (br $top1)))
    (local.set $v_k (i64.const 7))
    (local.set $v_k.loop2 (i64.const 0))
    (local.set $t22 (i64.const 3))
    (local.set $t23 (i64.const 1))
    (block $brk2 (loop $top2
      (br_if $brk2 (i64.ge_s (local.get $v_k.loop2) (local.get $t22)))
      (block $cnt2
    (local.set $v_k (local.get $v_k.loop2))
    (if (i64.eq (local.get $v_k) (i64.const 1)) (then
    (local.set $v_k (i64.const 50))
    ) (else
    ))
    (local.set $v_total (block (result i64) (local.set $t24 (local.get $v_total)) (local.set $t26 (local.get $v_k)) (local.set $t25 (i64.add (local.get $t24) (local.get $t26))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t24) (local.get $t25)) (i64.xor (local.get $t26) (local.get $t25))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t25)))
      )
      (local.set $v_k.loop2 (i64.add (local.get $v_k.loop2) (i64.const 1)))
      (br $top2)))
    (call $log (i32.const 1) (i32.add (local.tee $t27 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (local.get $v_total)) (i32.const 1024)) (call $int_to_str (local.get $v_k))) (i32.const 1024)) (call $int_to_str (local.get $v_i))) (i32.const 1024)) (call $int_to_str (local.get $v_j))))) (i32.const 4)) (i32.and (i32.load (local.get $t27)) (i32.const 1073741823)))
    (return (local.get $v_total))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1029) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $sub_ovf
  ;; linked: $mul_ovf
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_concat
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
