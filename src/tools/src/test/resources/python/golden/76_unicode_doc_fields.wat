(module
  (import "env" "get_field_string" (func $get_field_string (param i64 i32 i32 i32 i32) (result i32)))
  (import "env" "get_document_id" (func $get_document_id (param i64 i32 i32) (result i32)))
  (import "env" "has_field" (func $has_field (param i64 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 3936))
  (global $heap (mut i32) (i32.const 3936))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1150))
  (global $msg_overflow i32 (i32.const 1180))
  (global $msg_no_return i32 (i32.const 1237))
  (global $msg_uni_case i32 (i32.const 1295))
  (global $msg_uni_prop i32 (i32.const 1505))
  (global $uni_page i32 (i32.const 1676))
  (global $uni_class i32 (i32.const 3004))
  (global $uni_special i32 (i32.const 3468))
  (global $uni_cased_far i32 (i32.const 3788))
  (data (i32.const 1024) "\00\00\00\00")
  (data (i32.const 1028) "\05\00\00\00\74\69\74\72\65")
  (data (i32.const 1037) "\01\00\00\00\20")
  (data (i32.const 1044) "\03\00\00\80\70\00\00\00\72\00\00\00\e9\00\00\00")
  (data (i32.const 1060) "\03\00\00\00\6e\6f\6d")
  (data (i32.const 1067) "\01\00\00\00\3f")
  (data (i32.const 1072) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1080) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1092) "\06\00\00\80\70\00\00\00\72\00\00\00\e9\00\00\00\6e\00\00\00\6f\00\00\00\6d\00\00\00")
  (data (i32.const 1120) "\07\00\00\00\74\61\67\73\5b\30\5d")
  (data (i32.const 1131) "\01\00\00\00\2d")
  (data (i32.const 1136) "\0a\00\00\00\6d\65\74\61\2e\76\69\6c\6c\65")
  (data (i32.const 1150) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1180) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1237) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1295) "\ce\00\00\00\4e\6f\74\49\6d\70\6c\65\6d\65\6e\74\65\64\45\72\72\6f\72\3a\20\6c\6f\77\65\72\28\29\20\61\6e\64\20\75\70\70\65\72\28\29\20\6f\66\20\61\20\63\61\73\65\64\20\63\6f\64\65\20\70\6f\69\6e\74\20\70\61\73\74\20\55\2b\30\35\32\46\20\28\41\72\6d\65\6e\69\61\6e\2c\20\47\65\6f\72\67\69\61\6e\2c\20\4c\61\74\69\6e\20\45\78\74\65\6e\64\65\64\20\41\64\64\69\74\69\6f\6e\61\6c\2c\20\47\72\65\65\6b\20\45\78\74\65\6e\64\65\64\2c\20\66\75\6c\6c\77\69\64\74\68\20\4c\61\74\69\6e\20\61\6e\64\20\6f\74\68\65\72\73\29\20\61\72\65\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74\27\73\20\55\6e\69\63\6f\64\65\20\74\61\62\6c\65\73")
  (data (i32.const 1505) "\a6\00\00\00\4e\6f\74\49\6d\70\6c\65\6d\65\6e\74\65\64\45\72\72\6f\72\3a\20\74\68\65\20\61\6e\73\77\65\72\20\6e\65\65\64\73\20\61\20\55\6e\69\63\6f\64\65\20\70\72\6f\70\65\72\74\79\20\28\61\6c\70\68\61\62\65\74\69\63\2c\20\63\61\73\65\64\20\6f\72\20\63\61\73\65\2d\69\67\6e\6f\72\61\62\6c\65\29\20\6f\66\20\61\20\63\6f\64\65\20\70\6f\69\6e\74\20\70\61\73\74\20\55\2b\30\35\32\46\20\74\68\61\74\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74\27\73\20\55\6e\69\63\6f\64\65\20\74\61\62\6c\65\73")
  (data (i32.const 1676) "\00\00\00\00\00\00\00\00\00\01\01\01\01\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\01\01\01\01\00\00\00\00\00\00\02\00\00\00\00\00\00\02\00\03\03\03\03\03\03\03\03\03\03\02\00\00\00\00\00\00\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\00\00\00\02\00\02\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\02\00\06\00\00\02\00\02\00\00\07\07\02\08\00\02\02\07\06\00\00\00\00\00\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\00\04\04\04\04\04\04\04\09\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\00\05\05\05\05\05\05\05\0a\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0d\0e\0b\0c\0b\0c\0b\0c\06\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0f\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\10\0b\0c\0b\0c\0b\0c\11\12\13\0b\0c\0b\0c\14\0b\0c\15\15\0b\0c\06\16\17\18\0b\0c\15\19\1a\1b\1c\0b\0c\1d\06\1b\1e\1f\20\0b\0c\0b\0c\0b\0c\21\0b\0c\21\06\06\0b\0c\21\0b\0c\22\22\0b\0c\0b\0c\23\0b\0c\06\24\0b\0c\06\25\24\24\24\24\26\27\28\26\29\28\26\2a\28\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\2b\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\2c\26\2d\28\0b\0c\2e\2f\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\30\06\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\06\06\06\06\06\06\31\0b\0c\32\33\34\34\0b\0c\35\36\37\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\38\39\3a\3b\3c\06\3d\3d\06\3e\06\3f\40\06\06\06\3d\41\06\42\06\43\44\06\45\46\44\47\48\06\06\46\06\49\4a\06\06\4b\06\06\06\06\06\06\06\4c\06\06\4d\06\4e\4d\06\06\06\4f\4d\50\51\51\52\06\06\06\06\06\53\06\24\06\06\06\06\06\06\06\06\54\55\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\56\56\56\56\56\56\56\56\56\56\56\56\56\56\56\56\56\56\02\02\02\02\56\56\56\56\56\56\56\56\56\56\56\56\02\02\02\02\02\02\02\02\02\02\02\02\02\02\56\56\56\56\56\02\02\02\02\02\02\02\56\02\56\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\57\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\0b\0c\0b\0c\56\02\0b\0c\00\00\56\1f\1f\1f\00\58\00\00\00\00\02\02\59\02\5a\5a\5a\00\5b\00\5c\5c\5d\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\00\04\04\04\04\04\04\04\04\04\5e\5f\5f\5f\60\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\61\05\05\05\05\05\05\05\05\05\62\63\63\64\65\66\06\06\06\67\68\69\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\6a\6b\6c\6d\6e\6f\00\0b\0c\70\0b\0c\06\30\30\30\71\71\71\71\71\71\71\71\71\71\71\71\71\71\71\71\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\00\02\02\02\02\02\02\02\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\72\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\73\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c")
  (data (i32.const 3004) "\00\00\00\00\08\00\00\00\20\00\00\00\06\00\00\00\51\20\00\00\91\e0\ff\ff\11\00\00\00\02\00\00\00\91\e7\02\00\d1\00\00\00\91\79\00\00\51\01\00\00\91\ff\ff\ff\d1\01\00\00\91\18\ff\ff\d1\02\00\00\51\87\ff\ff\91\d4\fe\ff\91\c3\00\00\51\d2\00\00\51\ce\00\00\51\cd\00\00\51\4f\00\00\51\ca\00\00\51\cb\00\00\51\cf\00\00\91\61\00\00\51\d3\00\00\51\d1\00\00\91\a3\00\00\51\d5\00\00\91\82\00\00\51\d6\00\00\51\da\00\00\51\d9\00\00\51\db\00\00\01\00\00\00\91\38\00\00\51\02\00\00\d1\03\00\00\91\fe\ff\ff\d1\04\00\00\d1\05\00\00\91\b1\ff\ff\d1\06\00\00\d1\07\00\00\51\9f\ff\ff\51\c8\ff\ff\51\7e\ff\ff\51\2b\2a\00\51\5d\ff\ff\51\28\2a\00\91\3f\2a\00\51\3d\ff\ff\51\45\00\00\51\47\00\00\91\1f\2a\00\91\1c\2a\00\91\1e\2a\00\91\2e\ff\ff\91\32\ff\ff\91\33\ff\ff\91\36\ff\ff\91\35\ff\ff\91\4f\a5\00\91\4b\a5\00\91\31\ff\ff\91\28\a5\00\91\44\a5\00\91\2f\ff\ff\91\2d\ff\ff\91\f7\29\00\91\41\a5\00\91\fd\29\00\91\2b\ff\ff\91\2a\ff\ff\91\e7\29\00\91\26\ff\ff\91\43\a5\00\91\2a\a5\00\91\bb\ff\ff\91\27\ff\ff\91\b9\ff\ff\91\25\ff\ff\91\15\a5\00\91\12\a5\00\21\00\00\00\a0\54\00\00\51\74\00\00\51\26\00\00\51\25\00\00\51\40\00\00\51\3f\00\00\d1\08\00\00\91\da\ff\ff\91\db\ff\ff\d1\09\00\00\91\e1\ff\ff\91\c0\ff\ff\91\c1\ff\ff\51\08\00\00\91\c2\ff\ff\91\c7\ff\ff\91\d1\ff\ff\91\ca\ff\ff\91\f8\ff\ff\91\aa\ff\ff\91\b0\ff\ff\91\07\00\00\91\8c\ff\ff\51\c4\ff\ff\91\a0\ff\ff\51\f9\ff\ff\51\50\00\00\51\0f\00\00\91\f1\ff\ff")
  (data (i32.const 3468) "\01\00\00\00\df\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\53\00\00\00\53\00\00\00\00\00\00\00\02\00\00\00\69\00\00\00\07\03\00\00\00\00\00\00\01\00\00\00\30\01\00\00\00\00\00\00\00\00\00\00\01\00\00\00\49\01\00\00\00\00\00\00\00\00\00\00\02\00\00\00\bc\02\00\00\4e\00\00\00\00\00\00\00\01\00\00\00\c6\01\00\00\00\00\00\00\00\00\00\00\01\00\00\00\c4\01\00\00\00\00\00\00\00\00\00\00\01\00\00\00\c9\01\00\00\00\00\00\00\00\00\00\00\01\00\00\00\c7\01\00\00\00\00\00\00\00\00\00\00\01\00\00\00\cc\01\00\00\00\00\00\00\00\00\00\00\01\00\00\00\ca\01\00\00\00\00\00\00\00\00\00\00\01\00\00\00\f0\01\00\00\00\00\00\00\00\00\00\00\02\00\00\00\4a\00\00\00\0c\03\00\00\00\00\00\00\01\00\00\00\f3\01\00\00\00\00\00\00\00\00\00\00\01\00\00\00\f1\01\00\00\00\00\00\00\00\00\00\00\01\00\00\00\90\03\00\00\00\00\00\00\00\00\00\00\03\00\00\00\99\03\00\00\08\03\00\00\01\03\00\00\01\00\00\00\b0\03\00\00\00\00\00\00\00\00\00\00\03\00\00\00\a5\03\00\00\08\03\00\00\01\03\00\00")
  (data (i32.const 3788) "\10\00\00\00\31\05\00\00\87\05\00\00\a0\10\00\00\ff\10\00\00\a0\13\00\00\fd\13\00\00\80\1c\00\00\fc\1f\00\00\26\21\00\00\84\21\00\00\b6\24\00\00\e9\24\00\00\00\2c\00\00\2d\2d\00\00\40\a6\00\00\f6\a7\00\00\53\ab\00\00\bf\ab\00\00\00\fb\00\00\17\fb\00\00\21\ff\00\00\5a\ff\00\00\00\04\01\00\bc\05\01\00\80\0c\01\00\f2\0c\01\00\a0\18\01\00\df\18\01\00\40\6e\01\00\7f\6e\01\00\00\e9\01\00\43\e9\01\00")
  (func $doc_str (param $name i32) (param $dflt i32) (result i32) (local $buf i32) (local $rc i32)
    (local.set $buf (call $str_new (i32.const 256)))
    (i32.store (i32.const 0) (i32.const 256))
    (local.set $rc (call $get_field_string (global.get $ctx) (i32.add (local.get $name) (i32.const 4)) (i32.and (i32.load (local.get $name)) (i32.const 1073741823)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))
    (if (i32.eq (local.get $rc) (i32.const -2)) (then
      (local.set $buf (call $str_new (i32.load (i32.const 0))))
      (local.set $rc (call $get_field_string (global.get $ctx) (i32.add (local.get $name) (i32.const 4)) (i32.and (i32.load (local.get $name)) (i32.const 1073741823)) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))))
    (if (i32.ne (local.get $rc) (i32.const 0)) (then (return (local.get $dflt))))
    (i32.store (local.get $buf) (i32.load (i32.const 0)))
    (call $str_from_utf8 (local.get $buf)))
  (func $doc_id (param $dflt i32) (result i32) (local $buf i32) (local $rc i32)
    (local.set $buf (call $str_new (i32.const 256)))
    (i32.store (i32.const 0) (i32.const 256))
    (local.set $rc (call $get_document_id (global.get $ctx) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))
    (if (i32.eq (local.get $rc) (i32.const -2)) (then
      (local.set $buf (call $str_new (i32.load (i32.const 0))))
      (local.set $rc (call $get_document_id (global.get $ctx) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0)))))
    (if (i32.ne (local.get $rc) (i32.const 0)) (then (return (local.get $dflt))))
    (i32.store (local.get $buf) (i32.load (i32.const 0)))
    (call $str_from_utf8 (local.get $buf)))
  (func $f_filter (result i64)
    (local $t0 i32)
    (local $v_titre i32)
    (local $t2 i32)
    (local $t3 i32)
    (local $v_name i32)
    (local $t5 i32)
    (local $t6 i32)
    (local $t7 i32)
    (local $t8 i32)
    (local $t9 i32)
    (local $t10 i32)
    (local $t11 i32)
    (local $t12 i32)
    (local $t13 i64)
    (local $t14 i64)
    (local.set $v_titre (call $doc_str (local.tee $t0 (call $str_utf8 (i32.const 1028))) (i32.const 1024)))
    (call $log (i32.const 1) (i32.add (local.tee $t2 (call $str_utf8 (call $str_concat (call $str_concat (call $str_case (local.get $v_titre) (i32.const 0)) (i32.const 1037)) (call $int_to_str (i64.extend_i32_u (i32.and (i32.load (local.get $v_titre)) (i32.const 1073741823))))))) (i32.const 4)) (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t3 (call $str_utf8 (call $str_concat (call $str_concat (call $doc_id (i32.const 1024)) (i32.const 1037)) (call $int_to_str (i64.extend_i32_u (i32.and (i32.load (call $doc_id (i32.const 1024))) (i32.const 1073741823))))))) (i32.const 4)) (i32.and (i32.load (local.get $t3)) (i32.const 1073741823)))
    (local.set $v_name (call $str_concat (i32.const 1044) (i32.const 1060)))
    (call $log (i32.const 1) (i32.add (local.tee $t8 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $doc_str (local.tee $t5 (call $str_utf8 (local.get $v_name))) (i32.const 1067)) (i32.const 1037)) (select (i32.const 1072) (i32.const 1080) (call $has_field (global.get $ctx) (i32.add (local.tee $t6 (call $str_utf8 (local.get $v_name))) (i32.const 4)) (i32.and (i32.load (local.get $t6)) (i32.const 1073741823))))) (i32.const 1037)) (select (i32.const 1072) (i32.const 1080) (call $has_field (global.get $ctx) (i32.add (local.tee $t7 (call $str_utf8 (i32.const 1092))) (i32.const 4)) (i32.and (i32.load (local.get $t7)) (i32.const 1073741823))))))) (i32.const 4)) (i32.and (i32.load (local.get $t8)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t11 (call $str_utf8 (call $str_concat (call $str_concat (call $doc_str (local.tee $t9 (call $str_utf8 (i32.const 1120))) (i32.const 1024)) (i32.const 1037)) (call $doc_str (local.tee $t10 (call $str_utf8 (i32.const 1136))) (i32.const 1131))))) (i32.const 4)) (i32.and (i32.load (local.get $t11)) (i32.const 1073741823)))
    (return (block (result i64) (local.set $t13 (i64.extend_i32_u (i32.and (i32.load (local.get $v_titre)) (i32.const 1073741823)))) (local.set $t14 (i64.add (local.get $t13) (if (result i64) (call $has_field (global.get $ctx) (i32.add (local.tee $t12 (call $str_utf8 (i32.const 1028))) (i32.const 4)) (i32.and (i32.load (local.get $t12)) (i32.const 1073741823))) (then (i64.const 100)) (else (i64.const 0))))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t13) (i64.const -1)) (local.get $t14)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t14)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $cp_copy
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $uni_class_of
  ;; linked: $uni_cased_far
  ;; linked: $case_props
  ;; linked: $final_sigma
  ;; linked: $str_case
  ;; linked: $str_case_wide
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
