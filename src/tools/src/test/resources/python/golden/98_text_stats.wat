(module
  (import "env" "get_field_string" (func $get_field_string (param i64 i32 i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 4240))
  (global $heap (mut i32) (i32.const 4240))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $msg_memory i32 (i32.const 1140))
  (global $msg_str_index i32 (i32.const 1170))
  (global $msg_list_index i32 (i32.const 1211))
  (global $msg_empty_sep i32 (i32.const 1250))
  (global $msg_overflow i32 (i32.const 1281))
  (global $msg_empty_seq i32 (i32.const 1338))
  (global $msg_no_return i32 (i32.const 1393))
  (global $msg_uni_prop i32 (i32.const 1451))
  (global $uni_page i32 (i32.const 1624))
  (global $uni_class i32 (i32.const 2952))
  (global $uni_far i32 (i32.const 3416))
  (data (i32.const 1024) "\00\00\00\00")
  (data (i32.const 1028) "\05\00\00\00\74\69\74\6c\65")
  (data (i32.const 1037) "\06\00\00\00\77\6f\72\64\73\3d")
  (data (i32.const 1047) "\08\00\00\00\20\64\69\67\69\74\73\3d")
  (data (i32.const 1059) "\09\00\00\00\20\6e\75\6d\62\65\72\73\3d")
  (data (i32.const 1072) "\01\00\00\00\5b")
  (data (i32.const 1077) "\02\00\00\00\2c\20")
  (data (i32.const 1083) "\01\00\00\00\5d")
  (data (i32.const 1088) "\09\00\00\00\20\6c\6f\6e\67\65\73\74\3d")
  (data (i32.const 1101) "\08\00\00\00\20\73\74\61\72\74\73\3d")
  (data (i32.const 1113) "\06\00\00\00\69\50\68\6f\6e\65")
  (data (i32.const 1123) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1131) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1140) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1170) "\25\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\73\74\72\69\6e\67\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1211) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1250) "\1b\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\65\6d\70\74\79\20\73\65\70\61\72\61\74\6f\72")
  (data (i32.const 1281) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1338) "\33\00\00\00\56\61\6c\75\65\45\72\72\6f\72\3a\20\6d\69\6e\28\29\20\6f\72\20\6d\61\78\28\29\20\61\72\67\20\69\73\20\61\6e\20\65\6d\70\74\79\20\73\65\71\75\65\6e\63\65")
  (data (i32.const 1393) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1451) "\a6\00\00\00\4e\6f\74\49\6d\70\6c\65\6d\65\6e\74\65\64\45\72\72\6f\72\3a\20\74\68\65\20\61\6e\73\77\65\72\20\6e\65\65\64\73\20\61\20\55\6e\69\63\6f\64\65\20\70\72\6f\70\65\72\74\79\20\28\61\6c\70\68\61\62\65\74\69\63\2c\20\63\61\73\65\64\20\6f\72\20\63\61\73\65\2d\69\67\6e\6f\72\61\62\6c\65\29\20\6f\66\20\61\20\63\6f\64\65\20\70\6f\69\6e\74\20\70\61\73\74\20\55\2b\30\35\32\46\20\74\68\61\74\20\69\73\20\6f\75\74\73\69\64\65\20\74\68\65\20\73\75\62\73\65\74\27\73\20\55\6e\69\63\6f\64\65\20\74\61\62\6c\65\73")
  (data (i32.const 1624) "\00\00\00\00\00\00\00\00\00\01\01\01\01\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\01\01\01\01\00\00\00\00\00\00\02\00\00\00\00\00\00\02\00\03\03\03\03\03\03\03\03\03\03\02\00\00\00\00\00\00\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\00\00\00\02\00\02\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\02\00\06\00\00\02\00\02\00\00\07\07\02\08\00\02\02\07\06\00\00\00\00\00\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\00\04\04\04\04\04\04\04\09\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\00\05\05\05\05\05\05\05\0a\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0d\0e\0b\0c\0b\0c\0b\0c\06\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0f\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\10\0b\0c\0b\0c\0b\0c\11\12\13\0b\0c\0b\0c\14\0b\0c\15\15\0b\0c\06\16\17\18\0b\0c\15\19\1a\1b\1c\0b\0c\1d\06\1b\1e\1f\20\0b\0c\0b\0c\0b\0c\21\0b\0c\21\06\06\0b\0c\21\0b\0c\22\22\0b\0c\0b\0c\23\0b\0c\06\24\0b\0c\06\25\24\24\24\24\26\27\28\26\29\28\26\2a\28\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\2b\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\2c\26\2d\28\0b\0c\2e\2f\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\30\06\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\06\06\06\06\06\06\31\0b\0c\32\33\34\34\0b\0c\35\36\37\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\38\39\3a\3b\3c\06\3d\3d\06\3e\06\3f\40\06\06\06\3d\41\06\42\06\43\44\06\45\46\44\47\48\06\06\46\06\49\4a\06\06\4b\06\06\06\06\06\06\06\4c\06\06\4d\06\4e\4d\06\06\06\4f\4d\50\51\51\52\06\06\06\06\06\53\06\24\06\06\06\06\06\06\06\06\54\55\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\56\56\56\56\56\56\56\56\56\56\56\56\56\56\56\56\56\56\02\02\02\02\56\56\56\56\56\56\56\56\56\56\56\56\02\02\02\02\02\02\02\02\02\02\02\02\02\02\56\56\56\56\56\02\02\02\02\02\02\02\56\02\56\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\57\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\0b\0c\0b\0c\56\02\0b\0c\00\00\56\1f\1f\1f\00\58\00\00\00\00\02\02\59\02\5a\5a\5a\00\5b\00\5c\5c\5d\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\00\04\04\04\04\04\04\04\04\04\5e\5f\5f\5f\60\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\61\05\05\05\05\05\05\05\05\05\62\63\63\64\65\66\06\06\06\67\68\69\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\6a\6b\6c\6d\6e\6f\00\0b\0c\70\0b\0c\06\30\30\30\71\71\71\71\71\71\71\71\71\71\71\71\71\71\71\71\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\04\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\05\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\6b\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\00\02\02\02\02\02\02\02\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\72\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\73\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c\0b\0c")
  (data (i32.const 2952) "\00\00\00\00\08\00\00\00\20\00\00\00\06\00\00\00\51\20\00\00\91\e0\ff\ff\11\00\00\00\02\00\00\00\91\e7\02\00\d1\00\00\00\91\79\00\00\51\01\00\00\91\ff\ff\ff\d1\01\00\00\91\18\ff\ff\d1\02\00\00\51\87\ff\ff\91\d4\fe\ff\91\c3\00\00\51\d2\00\00\51\ce\00\00\51\cd\00\00\51\4f\00\00\51\ca\00\00\51\cb\00\00\51\cf\00\00\91\61\00\00\51\d3\00\00\51\d1\00\00\91\a3\00\00\51\d5\00\00\91\82\00\00\51\d6\00\00\51\da\00\00\51\d9\00\00\51\db\00\00\01\00\00\00\91\38\00\00\51\02\00\00\d1\03\00\00\91\fe\ff\ff\d1\04\00\00\d1\05\00\00\91\b1\ff\ff\d1\06\00\00\d1\07\00\00\51\9f\ff\ff\51\c8\ff\ff\51\7e\ff\ff\51\2b\2a\00\51\5d\ff\ff\51\28\2a\00\91\3f\2a\00\51\3d\ff\ff\51\45\00\00\51\47\00\00\91\1f\2a\00\91\1c\2a\00\91\1e\2a\00\91\2e\ff\ff\91\32\ff\ff\91\33\ff\ff\91\36\ff\ff\91\35\ff\ff\91\4f\a5\00\91\4b\a5\00\91\31\ff\ff\91\28\a5\00\91\44\a5\00\91\2f\ff\ff\91\2d\ff\ff\91\f7\29\00\91\41\a5\00\91\fd\29\00\91\2b\ff\ff\91\2a\ff\ff\91\e7\29\00\91\26\ff\ff\91\43\a5\00\91\2a\a5\00\91\bb\ff\ff\91\27\ff\ff\91\b9\ff\ff\91\25\ff\ff\91\15\a5\00\91\12\a5\00\21\00\00\00\a0\54\00\00\51\74\00\00\51\26\00\00\51\25\00\00\51\40\00\00\51\3f\00\00\d1\08\00\00\91\da\ff\ff\91\db\ff\ff\d1\09\00\00\91\e1\ff\ff\91\c0\ff\ff\91\c1\ff\ff\51\08\00\00\91\c2\ff\ff\91\c7\ff\ff\91\d1\ff\ff\91\ca\ff\ff\91\f8\ff\ff\91\aa\ff\ff\91\b0\ff\ff\91\07\00\00\91\8c\ff\ff\51\c4\ff\ff\91\a0\ff\ff\51\f9\ff\ff\51\50\00\00\51\0f\00\00\91\f1\ff\ff")
  (data (i32.const 3416) "\cc\00\00\00\30\05\00\02\60\06\c0\00\6a\06\00\02\f0\06\c0\00\fa\06\00\02\c0\07\c0\00\ca\07\00\02\66\09\c0\00\70\09\00\02\e6\09\c0\00\f0\09\00\02\66\0a\c0\00\70\0a\00\02\e6\0a\c0\00\f0\0a\00\02\66\0b\c0\00\70\0b\00\02\e6\0b\c0\00\f0\0b\00\02\66\0c\c0\00\70\0c\00\02\e6\0c\c0\00\f0\0c\00\02\66\0d\c0\00\70\0d\00\02\e6\0d\c0\00\f0\0d\00\02\50\0e\c0\00\5a\0e\00\02\d0\0e\c0\00\da\0e\00\02\20\0f\c0\00\2a\0f\00\02\40\10\c0\00\4a\10\00\02\90\10\c0\00\9a\10\00\02\69\13\40\00\72\13\00\02\80\16\00\01\81\16\00\02\e0\17\c0\00\ea\17\00\02\10\18\c0\00\1a\18\00\02\46\19\c0\00\50\19\00\02\d0\19\c0\00\da\19\40\00\db\19\00\02\80\1a\c0\00\8a\1a\00\02\90\1a\c0\00\9a\1a\00\02\50\1b\c0\00\5a\1b\00\02\b0\1b\c0\00\ba\1b\00\02\40\1c\c0\00\4a\1c\00\02\50\1c\c0\00\5a\1c\00\02\00\20\00\01\0b\20\00\00\28\20\00\01\2a\20\00\00\2f\20\00\01\30\20\00\00\5f\20\00\01\60\20\00\00\70\20\40\00\71\20\20\00\72\20\00\00\74\20\40\00\7a\20\00\00\7f\20\20\00\80\20\40\00\8a\20\00\00\90\20\20\00\9d\20\00\00\d0\20\00\02\90\21\00\00\60\24\40\00\69\24\00\02\74\24\40\00\7d\24\00\02\88\24\40\00\91\24\00\02\ea\24\40\00\eb\24\00\02\f5\24\40\00\fe\24\00\02\ff\24\40\00\00\25\00\00\76\27\40\00\7f\27\00\00\80\27\40\00\89\27\00\00\8a\27\40\00\93\27\00\00\00\2c\00\02\00\30\00\01\01\30\00\00\05\30\20\00\07\30\00\00\31\30\20\00\36\30\00\00\3b\30\20\00\3d\30\00\00\41\30\20\00\97\30\00\00\9d\30\20\00\a0\30\00\00\a1\30\20\00\fb\30\00\00\fc\30\20\00\00\31\00\02\00\34\20\00\c0\4d\00\02\00\4e\20\00\00\a0\00\02\20\a6\c0\00\2a\a6\00\02\d0\a8\c0\00\da\a8\00\02\00\a9\c0\00\0a\a9\00\02\d0\a9\c0\00\da\a9\00\02\f0\a9\c0\00\fa\a9\00\02\50\aa\c0\00\5a\aa\00\02\f0\ab\c0\00\fa\ab\00\02\00\ac\20\00\a4\d7\00\00\b0\d7\00\02\10\ff\c0\00\1a\ff\00\02\a0\04\c1\00\aa\04\01\02\40\0a\41\00\44\0a\01\02\30\0d\c1\00\3a\0d\01\02\60\0e\41\00\69\0e\01\02\52\10\41\00\5b\10\01\02\66\10\c1\00\70\10\01\02\f0\10\c1\00\fa\10\01\02\36\11\c1\00\40\11\01\02\d0\11\c1\00\da\11\01\02\f0\12\c1\00\fa\12\01\02\50\14\c1\00\5a\14\01\02\d0\14\c1\00\da\14\01\02\50\16\c1\00\5a\16\01\02\c0\16\c1\00\ca\16\01\02\30\17\c1\00\3a\17\01\02\e0\18\c1\00\ea\18\01\02\50\19\c1\00\5a\19\01\02\50\1c\c1\00\5a\1c\01\02\50\1d\c1\00\5a\1d\01\02\a0\1d\c1\00\aa\1d\01\02\60\6a\c1\00\6a\6a\01\02\c0\6a\c1\00\ca\6a\01\02\50\6b\c1\00\5a\6b\01\02\ce\d7\c1\00\d8\d7\c1\00\e2\d7\c1\00\ec\d7\c1\00\f6\d7\c1\00\00\d8\01\02\40\e1\c1\00\4a\e1\01\02\f0\e2\c1\00\fa\e2\01\02\50\e9\c1\00\5a\e9\01\02\00\f0\01\00\00\f1\41\00\0b\f1\01\00\00\fb\01\02\f0\fb\c1\00\fa\fb\01\02")
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
  (func $f_filter (result i32)
    (local $t0 i32)
    (local $v_title i32)
    (local $v_words i32)
    (local $t3 i32)
    (local $t4 i64)
    (local $v_ch.c0 i32)
    (local $t6 i64)
    (local $t7 i64)
    (local $t8 i64)
    (local $v_digits i64)
    (local $t10 i32)
    (local $t11 i32)
    (local $t12 i64)
    (local $v_w.c1 i32)
    (local $v_numbers i32)
    (local $t15 i32)
    (local $t16 i32)
    (local $t17 i64)
    (local $v_w.c2 i32)
    (local $t19 i32)
    (local $t20 i64)
    (local $t21 i64)
    (local $t22 i64)
    (local $v_longest i64)
    (local $t24 i32)
    (local $t25 i32)
    (local $t26 i64)
    (local $v_item.c3 i32)
    (local $t28 i32)
    (local $t29 i32)
    (local.set $v_title (call $doc_str (local.tee $t0 (call $str_utf8 (i32.const 1028))) (i32.const 1024)))
    (local.set $v_words (call $str_split (local.get $v_title) (i32.const 0)))
    (local.set $v_digits (block (result i64)
    (local.set $t6 (i64.const 0))
    (local.set $t3 (local.get $v_title))
    (local.set $t4 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t4) (i64.extend_i32_u (i32.and (i32.load (local.get $t3)) (i32.const 1073741823)))))
      (local.set $v_ch.c0 (call $str_char (local.get $t3) (local.get $t4)))
      (local.set $t4 (i64.add (local.get $t4) (i64.const 1)))
      (block $cnt0
    (if (call $str_is (local.get $v_ch.c0) (i32.const 2)) (then
    (local.set $t6 (block (result i64) (local.set $t7 (local.get $t6)) (local.set $t8 (i64.add (local.get $t7) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t7) (i64.const -1)) (local.get $t8)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t8)))
    ) (else
    ))
      )
      (br $top0)))
    (local.get $t6)))
    (local.set $v_numbers (block (result i32)
    (local.set $t10 (call $list_new (i32.const 0)))
    (local.set $t11 (local.get $v_words))
    (local.set $t12 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t12) (i64.extend_i32_u (i32.and (i32.load (local.get $t11)) (i32.const 1073741823)))))
      (local.set $v_w.c1 (i32.load (call $list_addr (local.get $t11) (local.get $t12))))
      (local.set $t12 (i64.add (local.get $t12) (i64.const 1)))
      (block $cnt1
    (if (call $str_is (local.get $v_w.c1) (i32.const 2)) (then
    (call $list_append (local.get $t10) (i64.extend_i32_u (local.get $v_w.c1)))
    ) (else
    ))
      )
      (br $top1)))
    (local.get $t10)))
    (local.set $v_longest (if (result i64) (i64.gt_s (i64.extend_i32_u (i32.load (local.get $v_words))) (i64.const 0)) (then (block (result i64) (local.set $t19 (block (result i32)
    (local.set $t15 (call $list_new (i32.const 0)))
    (local.set $t16 (local.get $v_words))
    (local.set $t17 (i64.const 0))
    (block $brk2 (loop $top2
      (br_if $brk2 (i64.ge_s (local.get $t17) (i64.extend_i32_u (i32.and (i32.load (local.get $t16)) (i32.const 1073741823)))))
      (local.set $v_w.c2 (i32.load (call $list_addr (local.get $t16) (local.get $t17))))
      (local.set $t17 (i64.add (local.get $t17) (i64.const 1)))
      (block $cnt2
    (call $list_append (local.get $t15) (i64.extend_i32_u (i32.and (i32.load (local.get $v_w.c2)) (i32.const 1073741823))))
      )
      (br $top2)))
    (local.get $t15))) (if (i32.eqz (i32.load (local.get $t19))) (then (call $trap (global.get $msg_empty_seq)))) (local.set $t20 (i64.const 0)) (local.set $t21 (i64.load (call $list_addr (local.get $t19) (local.get $t20)))) (block $mm_done (loop $mm_next (local.set $t20 (i64.add (local.get $t20) (i64.const 1))) (br_if $mm_done (i64.ge_s (local.get $t20) (i64.extend_i32_u (i32.load (local.get $t19))))) (local.set $t22 (i64.load (call $list_addr (local.get $t19) (local.get $t20)))) (if (i64.gt_s (local.get $t22) (local.get $t21)) (then (local.set $t21 (local.get $t22)))) (br $mm_next))) (local.get $t21))) (else (i64.const 0))))
    (call $log (i32.const 1) (i32.add (local.tee $t28 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1037) (call $int_to_str (i64.extend_i32_u (i32.load (local.get $v_words))))) (i32.const 1047)) (call $int_to_str (local.get $v_digits))) (i32.const 1059)) (call $str_concat (call $str_concat (i32.const 1072) (call $str_join (i32.const 1077) (block (result i32)
    (local.set $t24 (call $list_new (i32.const 0)))
    (local.set $t25 (local.get $v_numbers))
    (local.set $t26 (i64.const 0))
    (block $brk3 (loop $top3
      (br_if $brk3 (i64.ge_s (local.get $t26) (i64.extend_i32_u (i32.and (i32.load (local.get $t25)) (i32.const 1073741823)))))
      (local.set $v_item.c3 (i32.load (call $list_addr (local.get $t25) (local.get $t26))))
      (local.set $t26 (i64.add (local.get $t26) (i64.const 1)))
      (block $cnt3
    (call $list_append (local.get $t24) (i64.extend_i32_u (call $str_repr (local.get $v_item.c3))))
      )
      (br $top3)))
    (local.get $t24)))) (i32.const 1083))) (i32.const 1088)) (call $int_to_str (local.get $v_longest))))) (i32.const 4)) (i32.and (i32.load (local.get $t28)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t29 (call $str_utf8 (call $str_concat (call $str_concat (call $str_repr (call $str_strip (local.get $v_title))) (i32.const 1101)) (select (i32.const 1123) (i32.const 1131) (call $str_startswith (call $str_strip (local.get $v_title)) (i32.const 1113)))))) (i32.const 4)) (i32.and (i32.load (local.get $t29)) (i32.const 1073741823)))
    (return (i64.gt_s (local.get $v_digits) (i64.const 0)))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result i32)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (call $f_filter))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $str_repr
  ;; linked: $repr_width
  ;; linked: $printable
  ;; linked: $put_cp
  ;; linked: $put_hex
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $str_of_cp
  ;; linked: $cp_copy
  ;; linked: $cps_wide
  ;; linked: $str_sub
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $mem_eq
  ;; linked: $norm_index
  ;; linked: $str_at
  ;; linked: $str_char
  ;; linked: $uni_class_of
  ;; linked: $uni_far
  ;; linked: $uni_flags
  ;; linked: $str_is
  ;; linked: $is_space
  ;; linked: $str_strip
  ;; linked: $match_at
  ;; linked: $str_startswith
  ;; linked: $find_from
  ;; linked: $str_join
  ;; linked: $str_split
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
