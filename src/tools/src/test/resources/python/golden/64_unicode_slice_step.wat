(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1328))
  (global $heap (mut i32) (i32.const 1328))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1132))
  (global $msg_overflow i32 (i32.const 1162))
  (global $msg_no_return i32 (i32.const 1219))
  (global $msg_slice_step i32 (i32.const 1277))
  (data (i32.const 1024) "\01\00\00\00\7c")
  (data (i32.const 1032) "\0c\00\00\80\43\00\00\00\72\00\00\00\e8\00\00\00\6d\00\00\00\65\00\00\00\20\00\00\00\62\00\00\00\72\00\00\00\fb\00\00\00\6c\00\00\00\e9\00\00\00\65\00\00\00")
  (data (i32.const 1084) "\02\00\00\80\e9\00\00\00\61\00\00\00")
  (data (i32.const 1096) "\02\00\00\80\61\00\00\00\e9\00\00\00")
  (data (i32.const 1108) "\01\00\00\00\73")
  (data (i32.const 1113) "\00\00\00\00")
  (data (i32.const 1117) "\01\00\00\00\61")
  (data (i32.const 1122) "\01\00\00\00\62")
  (data (i32.const 1127) "\01\00\00\00\6b")
  (data (i32.const 1132) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1162) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1219) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1277) "\25\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\73\6c\69\63\65\20\73\74\65\70\20\63\61\6e\6e\6f\74\20\62\65\20\7a\65\72\6f")
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
  (func $f_filter (param $v_s i32) (param $v_a i64) (param $v_b i64) (param $v_k i64) (result i32)
    (local $t0 i32)
    (local $t1 i32)
    (local $t2 i32)
    (local $t3 i32)
    (local $t4 i32)
    (call $log (i32.const 1) (i32.add (local.tee $t0 (call $str_utf8 (call $str_slice_step (local.get $v_s) (i64.const 0) (i64.const 0) (call $sub_ovf (i64.const 0) (i64.const 1)) (i32.const 0)))) (i32.const 4)) (i32.and (i32.load (local.get $t0)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t1 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_slice_step (local.get $v_s) (local.get $v_a) (local.get $v_b) (local.get $v_k) (i32.const 3)) (i32.const 1024)) (call $str_slice_step (local.get $v_s) (local.get $v_a) (i64.const 0) (local.get $v_k) (i32.const 1))) (i32.const 1024)) (call $str_slice_step (local.get $v_s) (i64.const 0) (local.get $v_b) (local.get $v_k) (i32.const 2))) (i32.const 1024)) (call $str_slice_step (local.get $v_s) (i64.const 0) (i64.const 0) (local.get $v_k) (i32.const 0))))) (i32.const 4)) (i32.and (i32.load (local.get $t1)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t2 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_slice (local.get $v_s) (local.get $v_a) (local.get $v_b)) (i32.const 1024)) (call $str_slice (local.get $v_s) (call $sub_ovf (i64.const 0) (i64.const 3)) (i64.const 9223372036854775807))) (i32.const 1024)) (call $str_slice (local.get $v_s) (i64.const 0) (call $sub_ovf (i64.const 0) (i64.const 2)))))) (i32.const 4)) (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t3 (call $str_utf8 (call $str_slice_step (i32.const 1032) (i64.const 0) (i64.const 0) (call $sub_ovf (i64.const 0) (i64.const 1)) (i32.const 0)))) (i32.const 4)) (i32.and (i32.load (local.get $t3)) (i32.const 1073741823)))
    (return (if (result i32) (local.tee $t4 (call $str_eq (call $str_slice_step (call $str_slice_step (local.get $v_s) (i64.const 0) (i64.const 0) (call $sub_ovf (i64.const 0) (i64.const 1)) (i32.const 0)) (i64.const 0) (i64.const 0) (call $sub_ovf (i64.const 0) (i64.const 1)) (i32.const 0)) (local.get $v_s))) (then (call $str_eq (call $str_slice_step (i32.const 1084) (i64.const 0) (i64.const 0) (call $sub_ovf (i64.const 0) (i64.const 1)) (i32.const 0)) (i32.const 1096))) (else (local.get $t4))))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1108) (i32.const 1113)) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1117) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1122) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0))) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1127) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $sub_ovf
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
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $clamp
  ;; linked: $str_slice
  ;; linked: $slice_end
  ;; linked: $str_slice_step
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
)
