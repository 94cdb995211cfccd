(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $c_scratch i32 (i32.const 2000))
  (global $c_sp (mut i32) (i32.const 10192))
  (global $heap_base i32 (i32.const 10192))
  (global $heap (mut i32) (i32.const 10192))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1033))
  (global $msg_no_return i32 (i32.const 1063))
  (global $msg_float_parse i32 (i32.const 1121))
  (global $uni_far i32 (i32.const 1172))
  (data (i32.const 1024) "\01\00\00\00\73")
  (data (i32.const 1029) "\00\00\00\00")
  (data (i32.const 1033) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1063) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1121) "\2d\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\63\6f\75\6c\64\20\6e\6f\74\20\63\6f\6e\76\65\72\74\20\73\74\72\69\6e\67\20\74\6f\20\66\6c\6f\61\74")
  (data (i32.const 1172) "\cc\00\00\00\30\05\00\02\60\06\c0\00\6a\06\00\02\f0\06\c0\00\fa\06\00\02\c0\07\c0\00\ca\07\00\02\66\09\c0\00\70\09\00\02\e6\09\c0\00\f0\09\00\02\66\0a\c0\00\70\0a\00\02\e6\0a\c0\00\f0\0a\00\02\66\0b\c0\00\70\0b\00\02\e6\0b\c0\00\f0\0b\00\02\66\0c\c0\00\70\0c\00\02\e6\0c\c0\00\f0\0c\00\02\66\0d\c0\00\70\0d\00\02\e6\0d\c0\00\f0\0d\00\02\50\0e\c0\00\5a\0e\00\02\d0\0e\c0\00\da\0e\00\02\20\0f\c0\00\2a\0f\00\02\40\10\c0\00\4a\10\00\02\90\10\c0\00\9a\10\00\02\69\13\40\00\72\13\00\02\80\16\00\01\81\16\00\02\e0\17\c0\00\ea\17\00\02\10\18\c0\00\1a\18\00\02\46\19\c0\00\50\19\00\02\d0\19\c0\00\da\19\40\00\db\19\00\02\80\1a\c0\00\8a\1a\00\02\90\1a\c0\00\9a\1a\00\02\50\1b\c0\00\5a\1b\00\02\b0\1b\c0\00\ba\1b\00\02\40\1c\c0\00\4a\1c\00\02\50\1c\c0\00\5a\1c\00\02\00\20\00\01\0b\20\00\00\28\20\00\01\2a\20\00\00\2f\20\00\01\30\20\00\00\5f\20\00\01\60\20\00\00\70\20\40\00\71\20\20\00\72\20\00\00\74\20\40\00\7a\20\00\00\7f\20\20\00\80\20\40\00\8a\20\00\00\90\20\20\00\9d\20\00\00\d0\20\00\02\90\21\00\00\60\24\40\00\69\24\00\02\74\24\40\00\7d\24\00\02\88\24\40\00\91\24\00\02\ea\24\40\00\eb\24\00\02\f5\24\40\00\fe\24\00\02\ff\24\40\00\00\25\00\00\76\27\40\00\7f\27\00\00\80\27\40\00\89\27\00\00\8a\27\40\00\93\27\00\00\00\2c\00\02\00\30\00\01\01\30\00\00\05\30\20\00\07\30\00\00\31\30\20\00\36\30\00\00\3b\30\20\00\3d\30\00\00\41\30\20\00\97\30\00\00\9d\30\20\00\a0\30\00\00\a1\30\20\00\fb\30\00\00\fc\30\20\00\00\31\00\02\00\34\20\00\c0\4d\00\02\00\4e\20\00\00\a0\00\02\20\a6\c0\00\2a\a6\00\02\d0\a8\c0\00\da\a8\00\02\00\a9\c0\00\0a\a9\00\02\d0\a9\c0\00\da\a9\00\02\f0\a9\c0\00\fa\a9\00\02\50\aa\c0\00\5a\aa\00\02\f0\ab\c0\00\fa\ab\00\02\00\ac\20\00\a4\d7\00\00\b0\d7\00\02\10\ff\c0\00\1a\ff\00\02\a0\04\c1\00\aa\04\01\02\40\0a\41\00\44\0a\01\02\30\0d\c1\00\3a\0d\01\02\60\0e\41\00\69\0e\01\02\52\10\41\00\5b\10\01\02\66\10\c1\00\70\10\01\02\f0\10\c1\00\fa\10\01\02\36\11\c1\00\40\11\01\02\d0\11\c1\00\da\11\01\02\f0\12\c1\00\fa\12\01\02\50\14\c1\00\5a\14\01\02\d0\14\c1\00\da\14\01\02\50\16\c1\00\5a\16\01\02\c0\16\c1\00\ca\16\01\02\30\17\c1\00\3a\17\01\02\e0\18\c1\00\ea\18\01\02\50\19\c1\00\5a\19\01\02\50\1c\c1\00\5a\1c\01\02\50\1d\c1\00\5a\1d\01\02\a0\1d\c1\00\aa\1d\01\02\60\6a\c1\00\6a\6a\01\02\c0\6a\c1\00\ca\6a\01\02\50\6b\c1\00\5a\6b\01\02\ce\d7\c1\00\d8\d7\c1\00\e2\d7\c1\00\ec\d7\c1\00\f6\d7\c1\00\00\d8\01\02\40\e1\c1\00\4a\e1\01\02\f0\e2\c1\00\fa\e2\01\02\50\e9\c1\00\5a\e9\01\02\00\f0\01\00\00\f1\41\00\0b\f1\01\00\00\fb\01\02\f0\fb\c1\00\fa\fb\01\02")
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
  ;; linked: $str_new_wide
  ;; linked: $str_len
  ;; linked: $str_fit
  ;; linked: $uni_far
  ;; linked: $is_space
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_num_ascii
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
