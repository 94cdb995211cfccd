(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1248))
  (global $heap (mut i32) (i32.const 1248))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1053))
  (global $msg_list_index i32 (i32.const 1083))
  (global $msg_overflow i32 (i32.const 1122))
  (global $msg_no_return i32 (i32.const 1179))
  (data (i32.const 1024) "\01\00\00\00\7c")
  (data (i32.const 1029) "\01\00\00\00\21")
  (data (i32.const 1034) "\01\00\00\00\2c")
  (data (i32.const 1039) "\01\00\00\00\61")
  (data (i32.const 1044) "\00\00\00\00")
  (data (i32.const 1048) "\01\00\00\00\6e")
  (data (i32.const 1053) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1083) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1122) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1179) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
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
  (func $f_grow (param $v_s i32) (param $v_t i32) (result i32)
    (local.set $v_s (call $str_append (local.get $v_s) (local.get $v_t)))
    (return (call $str_share (local.get $v_s)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func $f_filter (param $v_a i32) (param $v_n i64) (result i64)
    (local $v_s i32)
    (local $v_snapshots i32)
    (local $v_i i64)
    (local $v_t i32)
    (local $v_u i32)
    (local $t5 i32)
    (local $t6 i32)
    (local $t7 i64)
    (local $v_x i32)
    (local $t9 i32)
    (local $t10 i32)
    (local $t11 i32)
    (local.set $v_s (local.get $v_a))
    (local.set $v_snapshots (call $list_new (i32.const 0)))
    (local.set $v_i (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i32.eqz (i64.lt_s (local.get $v_i) (local.get $v_n))))
      (block $cnt0
    (local.set $v_s (call $str_append (local.get $v_s) (call $int_to_str (local.get $v_i))))
    (local.set $v_t (call $str_share (local.get $v_s)))
    (call $list_append (local.get $v_snapshots) (i64.extend_i32_u (call $str_share (local.get $v_s))))
    (local.set $v_s (call $str_append (local.get $v_s) (i32.const 1024)))
    (local.set $v_s (call $str_append (local.get $v_s) (local.get $v_a)))
    (local.set $v_u (call $f_grow (call $str_share (local.get $v_s)) (i32.const 1029)))
    (if (if (result i32) (local.tee $t5 (i64.ge_s (i64.extend_i32_u (i32.and (i32.load (local.get $v_t)) (i32.const 1073741823))) (i64.extend_i32_u (i32.and (i32.load (local.get $v_s)) (i32.const 1073741823))))) (then (local.get $t5)) (else (i64.ne (i64.extend_i32_u (i32.and (i32.load (local.get $v_u)) (i32.const 1073741823))) (i64.add (i64.extend_i32_u (i32.and (i32.load (local.get $v_s)) (i32.const 1073741823))) (i64.const 1))))) (then
    (return (call $sub_ovf (i64.const 0) (i64.const 1)))
    ) (else
    ))
    (local.set $v_i (i64.add (local.get $v_i) (i64.const 1)))
      )
      (br $top0)))
    (local.set $v_s (call $str_append (local.get $v_s) (local.get $v_s)))
    (local.set $t6 (local.get $v_snapshots))
    (local.set $t7 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t7) (i64.extend_i32_u (i32.and (i32.load (local.get $t6)) (i32.const 1073741823)))))
      (local.set $v_x (i32.load (call $list_addr (local.get $t6) (local.get $t7))))
      (local.set $t7 (i64.add (local.get $t7) (i64.const 1)))
      (block $cnt1
    (call $log (i32.const 1) (i32.add (local.tee $t9 (call $str_utf8 (local.get $v_x))) (i32.const 4)) (i32.and (i32.load (local.get $t9)) (i32.const 1073741823)))
      )
      (br $top1)))
    (call $log (i32.const 1) (i32.add (local.tee $t10 (call $str_utf8 (local.get $v_s))) (i32.const 4)) (i32.and (i32.load (local.get $t10)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t11 (call $str_utf8 (call $str_join (i32.const 1034) (local.get $v_snapshots)))) (i32.const 4)) (i32.and (i32.load (local.get $t11)) (i32.const 1073741823)))
    (return (i64.extend_i32_u (i32.and (i32.load (local.get $v_s)) (i32.const 1073741823))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1039) (i32.const 1044)) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1048) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $sub_ovf
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_len
  ;; linked: $cp_copy
  ;; linked: $str_fit
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $norm_index
  ;; linked: $str_join
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
