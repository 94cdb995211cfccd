(module
  (import "env" "get_field_string" (func $get_field_string (param i64 i32 i32 i32 i32) (result i32)))
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 1328))
  (global $heap (mut i32) (i32.const 1328))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1108))
  (global $msg_list_index i32 (i32.const 1138))
  (global $msg_empty_sep i32 (i32.const 1177))
  (global $msg_overflow i32 (i32.const 1208))
  (global $msg_no_return i32 (i32.const 1265))
  (data (i32.const 1024) "\00\00\00\00")
  (data (i32.const 1028) "\05\00\00\00\74\69\74\6c\65")
  (data (i32.const 1037) "\06\00\00\00\74\65\72\6d\73\3d")
  (data (i32.const 1047) "\06\00\00\00\20\68\69\74\73\3d")
  (data (i32.const 1057) "\04\00\00\00\20\6f\66\20")
  (data (i32.const 1065) "\08\00\00\00\3b\20\77\6f\72\64\73\3d")
  (data (i32.const 1077) "\03\00\00\00\61\6c\6c")
  (data (i32.const 1084) "\05\00\00\00\71\75\65\72\79")
  (data (i32.const 1093) "\04\00\00\00\6d\6f\64\65")
  (data (i32.const 1101) "\03\00\00\00\61\6e\79")
  (data (i32.const 1108) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1138) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1177) "\1b\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\65\6d\70\74\79\20\73\65\70\61\72\61\74\6f\72")
  (data (i32.const 1208) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1265) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (func $doc_str (param $name i32) (param $dflt i32) (result i32) (local $buf i32) (local $rc i32)
    (local.set $buf (call $str_new (i32.const 256)))
    (i32.store (i32.const 0) (i32.const 256))
    (local.set $rc (call $get_field_string (global.get $ctx) (i32.add (local.get $name) (i32.const 4)) (i32.load (local.get $name)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))
    (if (i32.eq (local.get $rc) (i32.const -2)) (then
      (local.set $buf (call $str_new (i32.load (i32.const 0))))
      (local.set $rc (call $get_field_string (global.get $ctx) (i32.add (local.get $name) (i32.const 4)) (i32.load (local.get $name)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))))
    (if (i32.ne (local.get $rc) (i32.const 0)) (then (return (local.get $dflt))))
    (i32.store (local.get $buf) (i32.load (i32.const 0)))
    (local.get $buf))
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
  (func $f_filter (param $v_query i32) (param $v_mode i32) (result i32)
    (local $t0 i32)
    (local $v_words i32)
    (local $t2 i32)
    (local $t3 i32)
    (local $t4 i64)
    (local $v_t.c0 i32)
    (local $v_terms i32)
    (local $t7 i32)
    (local $t8 i64)
    (local $v_t.c1 i32)
    (local $t10 i64)
    (local $t11 i64)
    (local $t12 i64)
    (local $v_hits i64)
    (local $t14 i32)
    (local $t15 i32)
    (local $t16 i64)
    (local $v_item.c2 i32)
    (local $t18 i32)
    (local $t19 i32)
    (local $t20 i32)
    (local $t21 i64)
    (local $v_t.c3 i32)
    (local $t23 i32)
    (local $t24 i32)
    (local $t25 i64)
    (local $v_t.c4 i32)
    (local.set $v_words (call $str_split (call $str_case (call $doc_str (local.tee $t0 (i32.const 1028)) (i32.const 1024)) (i32.const 0)) (i32.const 0)))
    (local.set $v_terms (block (result i32)
    (local.set $t2 (call $list_new (i32.const 0)))
    (local.set $t3 (call $str_split (call $str_case (local.get $v_query) (i32.const 0)) (i32.const 0)))
    (local.set $t4 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t4) (i64.extend_i32_u (i32.load (local.get $t3)))))
      (local.set $v_t.c0 (i32.load (call $list_addr (local.get $t3) (local.get $t4))))
      (local.set $t4 (i64.add (local.get $t4) (i64.const 1)))
      (block $cnt0
    (if (i64.gt_s (i64.extend_i32_u (i32.load (local.get $v_t.c0))) (i64.const 1)) (then
    (call $list_append (local.get $t2) (i64.extend_i32_u (local.get $v_t.c0)))
    ) (else
    ))
      )
      (br $top0)))
    (local.get $t2)))
    (local.set $v_hits (block (result i64)
    (local.set $t10 (i64.const 0))
    (local.set $t7 (local.get $v_terms))
    (local.set $t8 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t8) (i64.extend_i32_u (i32.load (local.get $t7)))))
      (local.set $v_t.c1 (i32.load (call $list_addr (local.get $t7) (local.get $t8))))
      (local.set $t8 (i64.add (local.get $t8) (i64.const 1)))
      (block $cnt1
    (if (call $list_has (local.get $v_words) (i64.extend_i32_u (local.get $v_t.c1)) (i32.const 2)) (then
    (local.set $t10 (block (result i64) (local.set $t11 (local.get $t10)) (local.set $t12 (i64.add (local.get $t11) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t11) (i64.const -1)) (local.get $t12)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t12)))
    ) (else
    ))
      )
      (br $top1)))
    (local.get $t10)))
    (call $log (i32.const 1) (i32.add (local.tee $t18 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1037) (call $list_brackets (block (result i32)
    (local.set $t14 (call $list_new (i32.const 0)))
    (local.set $t15 (local.get $v_terms))
    (local.set $t16 (i64.const 0))
    (block $brk2 (loop $top2
      (br_if $brk2 (i64.ge_s (local.get $t16) (i64.extend_i32_u (i32.load (local.get $t15)))))
      (local.set $v_item.c2 (i32.load (call $list_addr (local.get $t15) (local.get $t16))))
      (local.set $t16 (i64.add (local.get $t16) (i64.const 1)))
      (block $cnt2
    (call $list_append (local.get $t14) (i64.extend_i32_u (call $str_repr (local.get $v_item.c2))))
      )
      (br $top2)))
    (local.get $t14)))) (i32.const 1047)) (call $int_to_str (local.get $v_hits))) (i32.const 1057)) (call $int_to_str (i64.extend_i32_u (i32.load (local.get $v_terms))))) (i32.const 1065)) (call $int_to_str (i64.extend_i32_u (i32.load (local.get $v_words)))))) (i32.const 4)) (i32.load (local.get $t18)))
    (if (call $str_eq (local.get $v_mode) (i32.const 1077)) (then
    (return (block (result i32)
    (local.set $t19 (i32.const 1))
    (block $donet19
    (local.set $t20 (local.get $v_terms))
    (local.set $t21 (i64.const 0))
    (block $brk3 (loop $top3
      (br_if $brk3 (i64.ge_s (local.get $t21) (i64.extend_i32_u (i32.load (local.get $t20)))))
      (local.set $v_t.c3 (i32.load (call $list_addr (local.get $t20) (local.get $t21))))
      (local.set $t21 (i64.add (local.get $t21) (i64.const 1)))
      (block $cnt3
    (if (i32.eqz (call $list_has (local.get $v_words) (i64.extend_i32_u (local.get $v_t.c3)) (i32.const 2))) (then (local.set $t19 (i32.const 0)) (br $donet19)))
      )
      (br $top3)))
    )
    (local.get $t19)))
    ) (else
    ))
    (return (block (result i32)
    (local.set $t23 (i32.const 0))
    (block $donet23
    (local.set $t24 (local.get $v_terms))
    (local.set $t25 (i64.const 0))
    (block $brk4 (loop $top4
      (br_if $brk4 (i64.ge_s (local.get $t25) (i64.extend_i32_u (i32.load (local.get $t24)))))
      (local.set $v_t.c4 (i32.load (call $list_addr (local.get $t24) (local.get $t25))))
      (local.set $t25 (i64.add (local.get $t25) (i64.const 1)))
      (block $cnt4
    (if (call $list_has (local.get $v_words) (i64.extend_i32_u (local.get $v_t.c4)) (i32.const 2)) (then (local.set $t23 (i32.const 1)) (br $donet23)))
      )
      (br $top4)))
    )
    (local.get $t23)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter (call $param_str (i32.const 1084) (i32.const 1024)) (call $param_str (i32.const 1093) (i32.const 1101))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_concat
  ;; linked: $str_cmp
  ;; linked: $str_eq
  ;; linked: $norm_index
  ;; linked: $clamp
  ;; linked: $str_slice
  ;; linked: $str_case
  ;; linked: $is_space
  ;; linked: $match_at
  ;; linked: $str_split
  ;; linked: $int_to_str
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $list_brackets
  ;; linked: $str_repr
  ;; linked: $hex_digit
  ;; linked: $list_has
)
