(module
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1280))
  (global $heap (mut i32) (i32.const 1280))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1029))
  (global $msg_list_index i32 (i32.const 1059))
  (global $msg_overflow i32 (i32.const 1098))
  (global $msg_empty_seq i32 (i32.const 1155))
  (global $msg_no_return i32 (i32.const 1210))
  (data (i32.const 1024) "\01\00\00\00\76")
  (data (i32.const 1029) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1059) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1098) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1155) "\33\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\6d\69\6e\28\29\20\6f\72\20\6d\61\78\28\29\20\61\72\67\20\69\73\20\61\6e\20\65\6d\70\74\79\20\73\65\71\75\65\6e\63\65")
  (data (i32.const 1210) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $f_filter (param $v_v i64) (result i64)
    (local $t0 i32)
    (local $v_xs i32)
    (local $t2 i32)
    (local $t3 i64)
    (local $t4 i64)
    (local $t5 i64)
    (local $t6 i32)
    (local $t7 i64)
    (local $t8 i64)
    (local $t9 i64)
    (local $t10 i64)
    (local $t11 i64)
    (local $t12 i64)
    (local $v_r i64)
    (local $t14 i64)
    (local $t15 i64)
    (local.set $v_xs (block (result i32) (local.set $t0 (call $list_new (i32.const 0))) (call $list_append (local.get $t0) (i64.const 5)) (call $list_append (local.get $t0) (call $sub_ovf (i64.const 0) (i64.const 3))) (call $list_append (local.get $t0) (i64.const 12)) (call $list_append (local.get $t0) (i64.const 8)) (local.get $t0)))
    (local.set $v_r (block (result i64) (local.set $t10 (block (result i64) (local.set $t2 (local.get $v_xs)) (if (i32.eqz (i32.load (local.get $t2))) (then (call $trap (global.get $msg_empty_seq)))) (local.set $t3 (i64.const 0)) (local.set $t4 (i64.load (call $list_addr (local.get $t2) (local.get $t3)))) (block $mm_done (loop $mm_next (local.set $t3 (i64.add (local.get $t3) (i64.const 1))) (br_if $mm_done (i64.ge_s (local.get $t3) (i64.extend_i32_u (i32.load (local.get $t2))))) (local.set $t5 (i64.load (call $list_addr (local.get $t2) (local.get $t3)))) (if (i64.gt_s (local.get $t5) (local.get $t4)) (then (local.set $t4 (local.get $t5)))) (br $mm_next))) (local.get $t4))) (local.set $t12 (block (result i64) (local.set $t6 (local.get $v_xs)) (if (i32.eqz (i32.load (local.get $t6))) (then (call $trap (global.get $msg_empty_seq)))) (local.set $t7 (i64.const 0)) (local.set $t8 (i64.load (call $list_addr (local.get $t6) (local.get $t7)))) (block $mm_done (loop $mm_next (local.set $t7 (i64.add (local.get $t7) (i64.const 1))) (br_if $mm_done (i64.ge_s (local.get $t7) (i64.extend_i32_u (i32.load (local.get $t6))))) (local.set $t9 (i64.load (call $list_addr (local.get $t6) (local.get $t7)))) (if (i64.lt_s (local.get $t9) (local.get $t8)) (then (local.set $t8 (local.get $t9)))) (br $mm_next))) (local.get $t8))) (local.set $t11 (i64.sub (local.get $t10) (local.get $t12))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t10) (local.get $t12)) (i64.xor (local.get $t10) (local.get $t11))) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t11)))
    (if (call $list_has (local.get $v_xs) (local.get $v_v) (i32.const 0)) (then
    (local.set $v_r (block (result i64) (local.set $t14 (local.get $v_r)) (local.set $t15 (i64.add (local.get $t14) (i64.const 100))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t14) (i64.const -1)) (local.get $t15)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t15)))
    ) (else
    ))
    (return (local.get $v_r))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1024) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $list_has
  ;; linked: $sub_ovf
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $norm_index
)
