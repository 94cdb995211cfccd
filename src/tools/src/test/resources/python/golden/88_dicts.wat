(module
  (import "env" "get_param_string" (func $get_param_string (param i32 i32 i32 i32) (result i32)))
  (import "env" "get_param_i64" (func $get_param_i64 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap_base i32 (i32.const 6976))
  (global $heap (mut i32) (i32.const 6976))
  (global $heap_limit (mut i32) (i32.const 65536))
  (global $ctx (mut i64) (i64.const 0))
  (global $k_NAMES (mut i32) (i32.const 0))
  (global $k_LIMITS (mut i32) (i32.const 0))
  (global $k_BOOST (mut i32) (i32.const 0))
  (global $msg_memory i32 (i32.const 1160))
  (global $msg_list_index i32 (i32.const 1190))
  (global $msg_overflow i32 (i32.const 1229))
  (global $msg_key i32 (i32.const 1286))
  (global $msg_no_return i32 (i32.const 1300))
  (global $uni_unprintable i32 (i32.const 1360))
  (data (i32.const 1024) "\01\00\00\00\61")
  (data (i32.const 1029) "\01\00\00\00\62")
  (data (i32.const 1034) "\01\00\00\00\63")
  (data (i32.const 1039) "\01\00\00\00\20")
  (data (i32.const 1044) "\01\00\00\00\7a")
  (data (i32.const 1049) "\00\00\00\00")
  (data (i32.const 1053) "\01\00\00\00\5b")
  (data (i32.const 1058) "\02\00\00\00\2c\20")
  (data (i32.const 1064) "\01\00\00\00\5d")
  (data (i32.const 1069) "\04\00\00\00\54\72\75\65")
  (data (i32.const 1077) "\05\00\00\00\46\61\6c\73\65")
  (data (i32.const 1086) "\03\00\00\00\6f\6e\65")
  (data (i32.const 1093) "\03\00\00\00\74\77\6f")
  (data (i32.const 1100) "\05\00\00\00\74\68\72\65\65")
  (data (i32.const 1109) "\04\00\00\00\6e\6f\6e\65")
  (data (i32.const 1117) "\05\00\00\00\62\6f\6f\6b\73")
  (data (i32.const 1126) "\04\00\00\00\74\6f\79\73")
  (data (i32.const 1134) "\05\00\00\00\6d\75\73\69\63")
  (data (i32.const 1143) "\08\00\00\00\63\61\74\65\67\6f\72\79")
  (data (i32.const 1155) "\01\00\00\00\6e")
  (data (i32.const 1160) "\1a\00\00\00\4d\65\6d\6f\72\79\45\72\72\6f\72\3a\20\6f\75\74\20\6f\66\20\6d\65\6d\6f\72\79")
  (data (i32.const 1190) "\23\00\00\00\49\6e\64\65\78\45\72\72\6f\72\3a\20\6c\69\73\74\20\69\6e\64\65\78\20\6f\75\74\20\6f\66\20\72\61\6e\67\65")
  (data (i32.const 1229) "\35\00\00\00\4f\76\65\72\66\6c\6f\77\45\72\72\6f\72\3a\20\69\6e\74\65\67\65\72\20\72\65\73\75\6c\74\20\64\6f\65\73\20\6e\6f\74\20\66\69\74\20\69\6e\20\36\34\20\62\69\74\73")
  (data (i32.const 1286) "\0a\00\00\00\4b\65\79\45\72\72\6f\72\3a\20")
  (data (i32.const 1300) "\36\00\00\00\52\75\6e\74\69\6d\65\45\72\72\6f\72\3a\20\66\75\6e\63\74\69\6f\6e\20\65\6e\64\65\64\20\77\69\74\68\6f\75\74\20\72\65\74\75\72\6e\69\6e\67\20\61\20\76\61\6c\75\65")
  (data (i32.const 1360) "\77\05\00\00\80\00\00\00\a1\00\00\00\ad\00\00\00\ae\00\00\00\78\03\00\00\7a\03\00\00\80\03\00\00\84\03\00\00\8b\03\00\00\8c\03\00\00\8d\03\00\00\8e\03\00\00\a2\03\00\00\a3\03\00\00\30\05\00\00\31\05\00\00\57\05\00\00\59\05\00\00\8b\05\00\00\8d\05\00\00\90\05\00\00\91\05\00\00\c8\05\00\00\d0\05\00\00\eb\05\00\00\ef\05\00\00\f5\05\00\00\06\06\00\00\1c\06\00\00\1d\06\00\00\dd\06\00\00\de\06\00\00\0e\07\00\00\10\07\00\00\4b\07\00\00\4d\07\00\00\b2\07\00\00\c0\07\00\00\fb\07\00\00\fd\07\00\00\2e\08\00\00\30\08\00\00\3f\08\00\00\40\08\00\00\5c\08\00\00\5e\08\00\00\5f\08\00\00\60\08\00\00\6b\08\00\00\70\08\00\00\8f\08\00\00\98\08\00\00\e2\08\00\00\e3\08\00\00\84\09\00\00\85\09\00\00\8d\09\00\00\8f\09\00\00\91\09\00\00\93\09\00\00\a9\09\00\00\aa\09\00\00\b1\09\00\00\b2\09\00\00\b3\09\00\00\b6\09\00\00\ba\09\00\00\bc\09\00\00\c5\09\00\00\c7\09\00\00\c9\09\00\00\cb\09\00\00\cf\09\00\00\d7\09\00\00\d8\09\00\00\dc\09\00\00\de\09\00\00\df\09\00\00\e4\09\00\00\e6\09\00\00\ff\09\00\00\01\0a\00\00\04\0a\00\00\05\0a\00\00\0b\0a\00\00\0f\0a\00\00\11\0a\00\00\13\0a\00\00\29\0a\00\00\2a\0a\00\00\31\0a\00\00\32\0a\00\00\34\0a\00\00\35\0a\00\00\37\0a\00\00\38\0a\00\00\3a\0a\00\00\3c\0a\00\00\3d\0a\00\00\3e\0a\00\00\43\0a\00\00\47\0a\00\00\49\0a\00\00\4b\0a\00\00\4e\0a\00\00\51\0a\00\00\52\0a\00\00\59\0a\00\00\5d\0a\00\00\5e\0a\00\00\5f\0a\00\00\66\0a\00\00\77\0a\00\00\81\0a\00\00\84\0a\00\00\85\0a\00\00\8e\0a\00\00\8f\0a\00\00\92\0a\00\00\93\0a\00\00\a9\0a\00\00\aa\0a\00\00\b1\0a\00\00\b2\0a\00\00\b4\0a\00\00\b5\0a\00\00\ba\0a\00\00\bc\0a\00\00\c6\0a\00\00\c7\0a\00\00\ca\0a\00\00\cb\0a\00\00\ce\0a\00\00\d0\0a\00\00\d1\0a\00\00\e0\0a\00\00\e4\0a\00\00\e6\0a\00\00\f2\0a\00\00\f9\0a\00\00\00\0b\00\00\01\0b\00\00\04\0b\00\00\05\0b\00\00\0d\0b\00\00\0f\0b\00\00\11\0b\00\00\13\0b\00\00\29\0b\00\00\2a\0b\00\00\31\0b\00\00\32\0b\00\00\34\0b\00\00\35\0b\00\00\3a\0b\00\00\3c\0b\00\00\45\0b\00\00\47\0b\00\00\49\0b\00\00\4b\0b\00\00\4e\0b\00\00\55\0b\00\00\58\0b\00\00\5c\0b\00\00\5e\0b\00\00\5f\0b\00\00\64\0b\00\00\66\0b\00\00\78\0b\00\00\82\0b\00\00\84\0b\00\00\85\0b\00\00\8b\0b\00\00\8e\0b\00\00\91\0b\00\00\92\0b\00\00\96\0b\00\00\99\0b\00\00\9b\0b\00\00\9c\0b\00\00\9d\0b\00\00\9e\0b\00\00\a0\0b\00\00\a3\0b\00\00\a5\0b\00\00\a8\0b\00\00\ab\0b\00\00\ae\0b\00\00\ba\0b\00\00\be\0b\00\00\c3\0b\00\00\c6\0b\00\00\c9\0b\00\00\ca\0b\00\00\ce\0b\00\00\d0\0b\00\00\d1\0b\00\00\d7\0b\00\00\d8\0b\00\00\e6\0b\00\00\fb\0b\00\00\00\0c\00\00\0d\0c\00\00\0e\0c\00\00\11\0c\00\00\12\0c\00\00\29\0c\00\00\2a\0c\00\00\3a\0c\00\00\3c\0c\00\00\45\0c\00\00\46\0c\00\00\49\0c\00\00\4a\0c\00\00\4e\0c\00\00\55\0c\00\00\57\0c\00\00\58\0c\00\00\5b\0c\00\00\5d\0c\00\00\5e\0c\00\00\60\0c\00\00\64\0c\00\00\66\0c\00\00\70\0c\00\00\77\0c\00\00\8d\0c\00\00\8e\0c\00\00\91\0c\00\00\92\0c\00\00\a9\0c\00\00\aa\0c\00\00\b4\0c\00\00\b5\0c\00\00\ba\0c\00\00\bc\0c\00\00\c5\0c\00\00\c6\0c\00\00\c9\0c\00\00\ca\0c\00\00\ce\0c\00\00\d5\0c\00\00\d7\0c\00\00\dd\0c\00\00\df\0c\00\00\e0\0c\00\00\e4\0c\00\00\e6\0c\00\00\f0\0c\00\00\f1\0c\00\00\f3\0c\00\00\00\0d\00\00\0d\0d\00\00\0e\0d\00\00\11\0d\00\00\12\0d\00\00\45\0d\00\00\46\0d\00\00\49\0d\00\00\4a\0d\00\00\50\0d\00\00\54\0d\00\00\64\0d\00\00\66\0d\00\00\80\0d\00\00\81\0d\00\00\84\0d\00\00\85\0d\00\00\97\0d\00\00\9a\0d\00\00\b2\0d\00\00\b3\0d\00\00\bc\0d\00\00\bd\0d\00\00\be\0d\00\00\c0\0d\00\00\c7\0d\00\00\ca\0d\00\00\cb\0d\00\00\cf\0d\00\00\d5\0d\00\00\d6\0d\00\00\d7\0d\00\00\d8\0d\00\00\e0\0d\00\00\e6\0d\00\00\f0\0d\00\00\f2\0d\00\00\f5\0d\00\00\01\0e\00\00\3b\0e\00\00\3f\0e\00\00\5c\0e\00\00\81\0e\00\00\83\0e\00\00\84\0e\00\00\85\0e\00\00\86\0e\00\00\8b\0e\00\00\8c\0e\00\00\a4\0e\00\00\a5\0e\00\00\a6\0e\00\00\a7\0e\00\00\be\0e\00\00\c0\0e\00\00\c5\0e\00\00\c6\0e\00\00\c7\0e\00\00\c8\0e\00\00\ce\0e\00\00\d0\0e\00\00\da\0e\00\00\dc\0e\00\00\e0\0e\00\00\00\0f\00\00\48\0f\00\00\49\0f\00\00\6d\0f\00\00\71\0f\00\00\98\0f\00\00\99\0f\00\00\bd\0f\00\00\be\0f\00\00\cd\0f\00\00\ce\0f\00\00\db\0f\00\00\00\10\00\00\c6\10\00\00\c7\10\00\00\c8\10\00\00\cd\10\00\00\ce\10\00\00\d0\10\00\00\49\12\00\00\4a\12\00\00\4e\12\00\00\50\12\00\00\57\12\00\00\58\12\00\00\59\12\00\00\5a\12\00\00\5e\12\00\00\60\12\00\00\89\12\00\00\8a\12\00\00\8e\12\00\00\90\12\00\00\b1\12\00\00\b2\12\00\00\b6\12\00\00\b8\12\00\00\bf\12\00\00\c0\12\00\00\c1\12\00\00\c2\12\00\00\c6\12\00\00\c8\12\00\00\d7\12\00\00\d8\12\00\00\11\13\00\00\12\13\00\00\16\13\00\00\18\13\00\00\5b\13\00\00\5d\13\00\00\7d\13\00\00\80\13\00\00\9a\13\00\00\a0\13\00\00\f6\13\00\00\f8\13\00\00\fe\13\00\00\00\14\00\00\80\16\00\00\81\16\00\00\9d\16\00\00\a0\16\00\00\f9\16\00\00\00\17\00\00\16\17\00\00\1f\17\00\00\37\17\00\00\40\17\00\00\54\17\00\00\60\17\00\00\6d\17\00\00\6e\17\00\00\71\17\00\00\72\17\00\00\74\17\00\00\80\17\00\00\de\17\00\00\e0\17\00\00\ea\17\00\00\f0\17\00\00\fa\17\00\00\00\18\00\00\0e\18\00\00\0f\18\00\00\1a\18\00\00\20\18\00\00\79\18\00\00\80\18\00\00\ab\18\00\00\b0\18\00\00\f6\18\00\00\00\19\00\00\1f\19\00\00\20\19\00\00\2c\19\00\00\30\19\00\00\3c\19\00\00\40\19\00\00\41\19\00\00\44\19\00\00\6e\19\00\00\70\19\00\00\75\19\00\00\80\19\00\00\ac\19\00\00\b0\19\00\00\ca\19\00\00\d0\19\00\00\db\19\00\00\de\19\00\00\1c\1a\00\00\1e\1a\00\00\5f\1a\00\00\60\1a\00\00\7d\1a\00\00\7f\1a\00\00\8a\1a\00\00\90\1a\00\00\9a\1a\00\00\a0\1a\00\00\ae\1a\00\00\b0\1a\00\00\cf\1a\00\00\00\1b\00\00\4d\1b\00\00\50\1b\00\00\7f\1b\00\00\80\1b\00\00\f4\1b\00\00\fc\1b\00\00\38\1c\00\00\3b\1c\00\00\4a\1c\00\00\4d\1c\00\00\89\1c\00\00\90\1c\00\00\bb\1c\00\00\bd\1c\00\00\c8\1c\00\00\d0\1c\00\00\fb\1c\00\00\00\1d\00\00\16\1f\00\00\18\1f\00\00\1e\1f\00\00\20\1f\00\00\46\1f\00\00\48\1f\00\00\4e\1f\00\00\50\1f\00\00\58\1f\00\00\59\1f\00\00\5a\1f\00\00\5b\1f\00\00\5c\1f\00\00\5d\1f\00\00\5e\1f\00\00\5f\1f\00\00\7e\1f\00\00\80\1f\00\00\b5\1f\00\00\b6\1f\00\00\c5\1f\00\00\c6\1f\00\00\d4\1f\00\00\d6\1f\00\00\dc\1f\00\00\dd\1f\00\00\f0\1f\00\00\f2\1f\00\00\f5\1f\00\00\f6\1f\00\00\ff\1f\00\00\10\20\00\00\28\20\00\00\30\20\00\00\5f\20\00\00\70\20\00\00\72\20\00\00\74\20\00\00\8f\20\00\00\90\20\00\00\9d\20\00\00\a0\20\00\00\c1\20\00\00\d0\20\00\00\f1\20\00\00\00\21\00\00\8c\21\00\00\90\21\00\00\27\24\00\00\40\24\00\00\4b\24\00\00\60\24\00\00\74\2b\00\00\76\2b\00\00\96\2b\00\00\97\2b\00\00\f4\2c\00\00\f9\2c\00\00\26\2d\00\00\27\2d\00\00\28\2d\00\00\2d\2d\00\00\2e\2d\00\00\30\2d\00\00\68\2d\00\00\6f\2d\00\00\71\2d\00\00\7f\2d\00\00\97\2d\00\00\a0\2d\00\00\a7\2d\00\00\a8\2d\00\00\af\2d\00\00\b0\2d\00\00\b7\2d\00\00\b8\2d\00\00\bf\2d\00\00\c0\2d\00\00\c7\2d\00\00\c8\2d\00\00\cf\2d\00\00\d0\2d\00\00\d7\2d\00\00\d8\2d\00\00\df\2d\00\00\e0\2d\00\00\5e\2e\00\00\80\2e\00\00\9a\2e\00\00\9b\2e\00\00\f4\2e\00\00\00\2f\00\00\d6\2f\00\00\f0\2f\00\00\fc\2f\00\00\01\30\00\00\40\30\00\00\41\30\00\00\97\30\00\00\99\30\00\00\00\31\00\00\05\31\00\00\30\31\00\00\31\31\00\00\8f\31\00\00\90\31\00\00\e4\31\00\00\f0\31\00\00\1f\32\00\00\20\32\00\00\8d\a4\00\00\90\a4\00\00\c7\a4\00\00\d0\a4\00\00\2c\a6\00\00\40\a6\00\00\f8\a6\00\00\00\a7\00\00\cb\a7\00\00\d0\a7\00\00\d2\a7\00\00\d3\a7\00\00\d4\a7\00\00\d5\a7\00\00\da\a7\00\00\f2\a7\00\00\2d\a8\00\00\30\a8\00\00\3a\a8\00\00\40\a8\00\00\78\a8\00\00\80\a8\00\00\c6\a8\00\00\ce\a8\00\00\da\a8\00\00\e0\a8\00\00\54\a9\00\00\5f\a9\00\00\7d\a9\00\00\80\a9\00\00\ce\a9\00\00\cf\a9\00\00\da\a9\00\00\de\a9\00\00\ff\a9\00\00\00\aa\00\00\37\aa\00\00\40\aa\00\00\4e\aa\00\00\50\aa\00\00\5a\aa\00\00\5c\aa\00\00\c3\aa\00\00\db\aa\00\00\f7\aa\00\00\01\ab\00\00\07\ab\00\00\09\ab\00\00\0f\ab\00\00\11\ab\00\00\17\ab\00\00\20\ab\00\00\27\ab\00\00\28\ab\00\00\2f\ab\00\00\30\ab\00\00\6c\ab\00\00\70\ab\00\00\ee\ab\00\00\f0\ab\00\00\fa\ab\00\00\00\ac\00\00\a4\d7\00\00\b0\d7\00\00\c7\d7\00\00\cb\d7\00\00\fc\d7\00\00\00\f9\00\00\6e\fa\00\00\70\fa\00\00\da\fa\00\00\00\fb\00\00\07\fb\00\00\13\fb\00\00\18\fb\00\00\1d\fb\00\00\37\fb\00\00\38\fb\00\00\3d\fb\00\00\3e\fb\00\00\3f\fb\00\00\40\fb\00\00\42\fb\00\00\43\fb\00\00\45\fb\00\00\46\fb\00\00\c3\fb\00\00\d3\fb\00\00\90\fd\00\00\92\fd\00\00\c8\fd\00\00\cf\fd\00\00\d0\fd\00\00\f0\fd\00\00\1a\fe\00\00\20\fe\00\00\53\fe\00\00\54\fe\00\00\67\fe\00\00\68\fe\00\00\6c\fe\00\00\70\fe\00\00\75\fe\00\00\76\fe\00\00\fd\fe\00\00\01\ff\00\00\bf\ff\00\00\c2\ff\00\00\c8\ff\00\00\ca\ff\00\00\d0\ff\00\00\d2\ff\00\00\d8\ff\00\00\da\ff\00\00\dd\ff\00\00\e0\ff\00\00\e7\ff\00\00\e8\ff\00\00\ef\ff\00\00\fc\ff\00\00\fe\ff\00\00\00\00\01\00\0c\00\01\00\0d\00\01\00\27\00\01\00\28\00\01\00\3b\00\01\00\3c\00\01\00\3e\00\01\00\3f\00\01\00\4e\00\01\00\50\00\01\00\5e\00\01\00\80\00\01\00\fb\00\01\00\00\01\01\00\03\01\01\00\07\01\01\00\34\01\01\00\37\01\01\00\8f\01\01\00\90\01\01\00\9d\01\01\00\a0\01\01\00\a1\01\01\00\d0\01\01\00\fe\01\01\00\80\02\01\00\9d\02\01\00\a0\02\01\00\d1\02\01\00\e0\02\01\00\fc\02\01\00\00\03\01\00\24\03\01\00\2d\03\01\00\4b\03\01\00\50\03\01\00\7b\03\01\00\80\03\01\00\9e\03\01\00\9f\03\01\00\c4\03\01\00\c8\03\01\00\d6\03\01\00\00\04\01\00\9e\04\01\00\a0\04\01\00\aa\04\01\00\b0\04\01\00\d4\04\01\00\d8\04\01\00\fc\04\01\00\00\05\01\00\28\05\01\00\30\05\01\00\64\05\01\00\6f\05\01\00\7b\05\01\00\7c\05\01\00\8b\05\01\00\8c\05\01\00\93\05\01\00\94\05\01\00\96\05\01\00\97\05\01\00\a2\05\01\00\a3\05\01\00\b2\05\01\00\b3\05\01\00\ba\05\01\00\bb\05\01\00\bd\05\01\00\00\06\01\00\37\07\01\00\40\07\01\00\56\07\01\00\60\07\01\00\68\07\01\00\80\07\01\00\86\07\01\00\87\07\01\00\b1\07\01\00\b2\07\01\00\bb\07\01\00\00\08\01\00\06\08\01\00\08\08\01\00\09\08\01\00\0a\08\01\00\36\08\01\00\37\08\01\00\39\08\01\00\3c\08\01\00\3d\08\01\00\3f\08\01\00\56\08\01\00\57\08\01\00\9f\08\01\00\a7\08\01\00\b0\08\01\00\e0\08\01\00\f3\08\01\00\f4\08\01\00\f6\08\01\00\fb\08\01\00\1c\09\01\00\1f\09\01\00\3a\09\01\00\3f\09\01\00\40\09\01\00\80\09\01\00\b8\09\01\00\bc\09\01\00\d0\09\01\00\d2\09\01\00\04\0a\01\00\05\0a\01\00\07\0a\01\00\0c\0a\01\00\14\0a\01\00\15\0a\01\00\18\0a\01\00\19\0a\01\00\36\0a\01\00\38\0a\01\00\3b\0a\01\00\3f\0a\01\00\49\0a\01\00\50\0a\01\00\59\0a\01\00\60\0a\01\00\a0\0a\01\00\c0\0a\01\00\e7\0a\01\00\eb\0a\01\00\f7\0a\01\00\00\0b\01\00\36\0b\01\00\39\0b\01\00\56\0b\01\00\58\0b\01\00\73\0b\01\00\78\0b\01\00\92\0b\01\00\99\0b\01\00\9d\0b\01\00\a9\0b\01\00\b0\0b\01\00\00\0c\01\00\49\0c\01\00\80\0c\01\00\b3\0c\01\00\c0\0c\01\00\f3\0c\01\00\fa\0c\01\00\28\0d\01\00\30\0d\01\00\3a\0d\01\00\60\0e\01\00\7f\0e\01\00\80\0e\01\00\aa\0e\01\00\ab\0e\01\00\ae\0e\01\00\b0\0e\01\00\b2\0e\01\00\00\0f\01\00\28\0f\01\00\30\0f\01\00\5a\0f\01\00\70\0f\01\00\8a\0f\01\00\b0\0f\01\00\cc\0f\01\00\e0\0f\01\00\f7\0f\01\00\00\10\01\00\4e\10\01\00\52\10\01\00\76\10\01\00\7f\10\01\00\bd\10\01\00\be\10\01\00\c3\10\01\00\d0\10\01\00\e9\10\01\00\f0\10\01\00\fa\10\01\00\00\11\01\00\35\11\01\00\36\11\01\00\48\11\01\00\50\11\01\00\77\11\01\00\80\11\01\00\e0\11\01\00\e1\11\01\00\f5\11\01\00\00\12\01\00\12\12\01\00\13\12\01\00\3f\12\01\00\80\12\01\00\87\12\01\00\88\12\01\00\89\12\01\00\8a\12\01\00\8e\12\01\00\8f\12\01\00\9e\12\01\00\9f\12\01\00\aa\12\01\00\b0\12\01\00\eb\12\01\00\f0\12\01\00\fa\12\01\00\00\13\01\00\04\13\01\00\05\13\01\00\0d\13\01\00\0f\13\01\00\11\13\01\00\13\13\01\00\29\13\01\00\2a\13\01\00\31\13\01\00\32\13\01\00\34\13\01\00\35\13\01\00\3a\13\01\00\3b\13\01\00\45\13\01\00\47\13\01\00\49\13\01\00\4b\13\01\00\4e\13\01\00\50\13\01\00\51\13\01\00\57\13\01\00\58\13\01\00\5d\13\01\00\64\13\01\00\66\13\01\00\6d\13\01\00\70\13\01\00\75\13\01\00\00\14\01\00\5c\14\01\00\5d\14\01\00\62\14\01\00\80\14\01\00\c8\14\01\00\d0\14\01\00\da\14\01\00\80\15\01\00\b6\15\01\00\b8\15\01\00\de\15\01\00\00\16\01\00\45\16\01\00\50\16\01\00\5a\16\01\00\60\16\01\00\6d\16\01\00\80\16\01\00\ba\16\01\00\c0\16\01\00\ca\16\01\00\00\17\01\00\1b\17\01\00\1d\17\01\00\2c\17\01\00\30\17\01\00\47\17\01\00\00\18\01\00\3c\18\01\00\a0\18\01\00\f3\18\01\00\ff\18\01\00\07\19\01\00\09\19\01\00\0a\19\01\00\0c\19\01\00\14\19\01\00\15\19\01\00\17\19\01\00\18\19\01\00\36\19\01\00\37\19\01\00\39\19\01\00\3b\19\01\00\47\19\01\00\50\19\01\00\5a\19\01\00\a0\19\01\00\a8\19\01\00\aa\19\01\00\d8\19\01\00\da\19\01\00\e5\19\01\00\00\1a\01\00\48\1a\01\00\50\1a\01\00\a3\1a\01\00\b0\1a\01\00\f9\1a\01\00\00\1c\01\00\09\1c\01\00\0a\1c\01\00\37\1c\01\00\38\1c\01\00\46\1c\01\00\50\1c\01\00\6d\1c\01\00\70\1c\01\00\90\1c\01\00\92\1c\01\00\a8\1c\01\00\a9\1c\01\00\b7\1c\01\00\00\1d\01\00\07\1d\01\00\08\1d\01\00\0a\1d\01\00\0b\1d\01\00\37\1d\01\00\3a\1d\01\00\3b\1d\01\00\3c\1d\01\00\3e\1d\01\00\3f\1d\01\00\48\1d\01\00\50\1d\01\00\5a\1d\01\00\60\1d\01\00\66\1d\01\00\67\1d\01\00\69\1d\01\00\6a\1d\01\00\8f\1d\01\00\90\1d\01\00\92\1d\01\00\93\1d\01\00\99\1d\01\00\a0\1d\01\00\aa\1d\01\00\e0\1e\01\00\f9\1e\01\00\b0\1f\01\00\b1\1f\01\00\c0\1f\01\00\f2\1f\01\00\ff\1f\01\00\9a\23\01\00\00\24\01\00\6f\24\01\00\70\24\01\00\75\24\01\00\80\24\01\00\44\25\01\00\90\2f\01\00\f3\2f\01\00\00\30\01\00\2f\34\01\00\00\44\01\00\47\46\01\00\00\68\01\00\39\6a\01\00\40\6a\01\00\5f\6a\01\00\60\6a\01\00\6a\6a\01\00\6e\6a\01\00\bf\6a\01\00\c0\6a\01\00\ca\6a\01\00\d0\6a\01\00\ee\6a\01\00\f0\6a\01\00\f6\6a\01\00\00\6b\01\00\46\6b\01\00\50\6b\01\00\5a\6b\01\00\5b\6b\01\00\62\6b\01\00\63\6b\01\00\78\6b\01\00\7d\6b\01\00\90\6b\01\00\40\6e\01\00\9b\6e\01\00\00\6f\01\00\4b\6f\01\00\4f\6f\01\00\88\6f\01\00\8f\6f\01\00\a0\6f\01\00\e0\6f\01\00\e5\6f\01\00\f0\6f\01\00\f2\6f\01\00\00\70\01\00\f8\87\01\00\00\88\01\00\d6\8c\01\00\00\8d\01\00\09\8d\01\00\f0\af\01\00\f4\af\01\00\f5\af\01\00\fc\af\01\00\fd\af\01\00\ff\af\01\00\00\b0\01\00\23\b1\01\00\50\b1\01\00\53\b1\01\00\64\b1\01\00\68\b1\01\00\70\b1\01\00\fc\b2\01\00\00\bc\01\00\6b\bc\01\00\70\bc\01\00\7d\bc\01\00\80\bc\01\00\89\bc\01\00\90\bc\01\00\9a\bc\01\00\9c\bc\01\00\a0\bc\01\00\00\cf\01\00\2e\cf\01\00\30\cf\01\00\47\cf\01\00\50\cf\01\00\c4\cf\01\00\00\d0\01\00\f6\d0\01\00\00\d1\01\00\27\d1\01\00\29\d1\01\00\73\d1\01\00\7b\d1\01\00\eb\d1\01\00\00\d2\01\00\46\d2\01\00\e0\d2\01\00\f4\d2\01\00\00\d3\01\00\57\d3\01\00\60\d3\01\00\79\d3\01\00\00\d4\01\00\55\d4\01\00\56\d4\01\00\9d\d4\01\00\9e\d4\01\00\a0\d4\01\00\a2\d4\01\00\a3\d4\01\00\a5\d4\01\00\a7\d4\01\00\a9\d4\01\00\ad\d4\01\00\ae\d4\01\00\ba\d4\01\00\bb\d4\01\00\bc\d4\01\00\bd\d4\01\00\c4\d4\01\00\c5\d4\01\00\06\d5\01\00\07\d5\01\00\0b\d5\01\00\0d\d5\01\00\15\d5\01\00\16\d5\01\00\1d\d5\01\00\1e\d5\01\00\3a\d5\01\00\3b\d5\01\00\3f\d5\01\00\40\d5\01\00\45\d5\01\00\46\d5\01\00\47\d5\01\00\4a\d5\01\00\51\d5\01\00\52\d5\01\00\a6\d6\01\00\a8\d6\01\00\cc\d7\01\00\ce\d7\01\00\8c\da\01\00\9b\da\01\00\a0\da\01\00\a1\da\01\00\b0\da\01\00\00\df\01\00\1f\df\01\00\00\e0\01\00\07\e0\01\00\08\e0\01\00\19\e0\01\00\1b\e0\01\00\22\e0\01\00\23\e0\01\00\25\e0\01\00\26\e0\01\00\2b\e0\01\00\00\e1\01\00\2d\e1\01\00\30\e1\01\00\3e\e1\01\00\40\e1\01\00\4a\e1\01\00\4e\e1\01\00\50\e1\01\00\90\e2\01\00\af\e2\01\00\c0\e2\01\00\fa\e2\01\00\ff\e2\01\00\00\e3\01\00\e0\e7\01\00\e7\e7\01\00\e8\e7\01\00\ec\e7\01\00\ed\e7\01\00\ef\e7\01\00\f0\e7\01\00\ff\e7\01\00\00\e8\01\00\c5\e8\01\00\c7\e8\01\00\d7\e8\01\00\00\e9\01\00\4c\e9\01\00\50\e9\01\00\5a\e9\01\00\5e\e9\01\00\60\e9\01\00\71\ec\01\00\b5\ec\01\00\01\ed\01\00\3e\ed\01\00\00\ee\01\00\04\ee\01\00\05\ee\01\00\20\ee\01\00\21\ee\01\00\23\ee\01\00\24\ee\01\00\25\ee\01\00\27\ee\01\00\28\ee\01\00\29\ee\01\00\33\ee\01\00\34\ee\01\00\38\ee\01\00\39\ee\01\00\3a\ee\01\00\3b\ee\01\00\3c\ee\01\00\42\ee\01\00\43\ee\01\00\47\ee\01\00\48\ee\01\00\49\ee\01\00\4a\ee\01\00\4b\ee\01\00\4c\ee\01\00\4d\ee\01\00\50\ee\01\00\51\ee\01\00\53\ee\01\00\54\ee\01\00\55\ee\01\00\57\ee\01\00\58\ee\01\00\59\ee\01\00\5a\ee\01\00\5b\ee\01\00\5c\ee\01\00\5d\ee\01\00\5e\ee\01\00\5f\ee\01\00\60\ee\01\00\61\ee\01\00\63\ee\01\00\64\ee\01\00\65\ee\01\00\67\ee\01\00\6b\ee\01\00\6c\ee\01\00\73\ee\01\00\74\ee\01\00\78\ee\01\00\79\ee\01\00\7d\ee\01\00\7e\ee\01\00\7f\ee\01\00\80\ee\01\00\8a\ee\01\00\8b\ee\01\00\9c\ee\01\00\a1\ee\01\00\a4\ee\01\00\a5\ee\01\00\aa\ee\01\00\ab\ee\01\00\bc\ee\01\00\f0\ee\01\00\f2\ee\01\00\00\f0\01\00\2c\f0\01\00\30\f0\01\00\94\f0\01\00\a0\f0\01\00\af\f0\01\00\b1\f0\01\00\c0\f0\01\00\c1\f0\01\00\d0\f0\01\00\d1\f0\01\00\f6\f0\01\00\00\f1\01\00\ae\f1\01\00\e6\f1\01\00\03\f2\01\00\10\f2\01\00\3c\f2\01\00\40\f2\01\00\49\f2\01\00\50\f2\01\00\52\f2\01\00\60\f2\01\00\66\f2\01\00\00\f3\01\00\d8\f6\01\00\dd\f6\01\00\ed\f6\01\00\f0\f6\01\00\fd\f6\01\00\00\f7\01\00\74\f7\01\00\80\f7\01\00\d9\f7\01\00\e0\f7\01\00\ec\f7\01\00\f0\f7\01\00\f1\f7\01\00\00\f8\01\00\0c\f8\01\00\10\f8\01\00\48\f8\01\00\50\f8\01\00\5a\f8\01\00\60\f8\01\00\88\f8\01\00\90\f8\01\00\ae\f8\01\00\b0\f8\01\00\b2\f8\01\00\00\f9\01\00\54\fa\01\00\60\fa\01\00\6e\fa\01\00\70\fa\01\00\75\fa\01\00\78\fa\01\00\7d\fa\01\00\80\fa\01\00\87\fa\01\00\90\fa\01\00\ad\fa\01\00\b0\fa\01\00\bb\fa\01\00\c0\fa\01\00\c6\fa\01\00\d0\fa\01\00\da\fa\01\00\e0\fa\01\00\e8\fa\01\00\f0\fa\01\00\f7\fa\01\00\00\fb\01\00\93\fb\01\00\94\fb\01\00\cb\fb\01\00\f0\fb\01\00\fa\fb\01\00\00\00\02\00\e0\a6\02\00\00\a7\02\00\39\b7\02\00\40\b7\02\00\1e\b8\02\00\20\b8\02\00\a2\ce\02\00\b0\ce\02\00\e1\eb\02\00\00\f8\02\00\1e\fa\02\00\00\00\03\00\4b\13\03\00\00\01\0e\00\f0\01\0e\00")
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
  (func $f_filter (param $v_category i32) (param $v_n i64) (result f64)
    (local $v_counts i32)
    (local $t1 i32)
    (local $t2 i32)
    (local $t3 i64)
    (local $v_w i32)
    (local $t5 i64)
    (local $t6 i64)
    (local $t7 i32)
    (local $v_keys i32)
    (local $t9 i32)
    (local $t10 i64)
    (local $v_k i32)
    (local $v___d_18_5 i32)
    (local $v___z0_18_5 i32)
    (local $v___z1_18_5 i32)
    (local $t15 i64)
    (local $t16 i64)
    (local $v___k_18_5 i64)
    (local $t18 i64)
    (local $t19 i64)
    (local $t20 i64)
    (local $h21 i64)
    (local $h22 i32)
    (local $h23 i64)
    (local $h24 i32)
    (local $t25 i64)
    (local $t26 i64)
    (local $v_v i64)
    (local $k28 i32)
    (local $k29 i32)
    (local $t30 i32)
    (local $t31 i32)
    (local $t32 i64)
    (local $v_item.c0 i32)
    (local $t34 i32)
    (local $t35 i32)
    (local $t36 i64)
    (local $v_item.c1 i64)
    (local $t38 i32)
    (local $t39 i32)
    (local $t40 i32)
    (local $t41 i64)
    (local $v_v.c2 i64)
    (local $t43 i32)
    (local $t44 i32)
    (local $t45 i32)
    (local $t46 i64)
    (local $v_v.c4 i64)
    (local $t48 i32)
    (local $t49 i64)
    (local $v_item.c3 i64)
    (local $t51 i32)
    (local $t52 i32)
    (local $t53 i32)
    (local $t54 i32)
    (local $t55 i32)
    (local $t56 i32)
    (local $t57 i32)
    (local $t58 i32)
    (local $t59 i32)
    (local $t60 i32)
    (local $t61 i32)
    (local $t62 i64)
    (local $v_item.c5 i32)
    (local $t64 i32)
    (local $v_total f64)
    (local $v_i i64)
    (local $t67 i64)
    (local $t68 i64)
    (local $t69 i64)
    (local $t70 i32)
    (local $t71 i32)
    (local $t72 i32)
    (local.set $v_counts (call $dict_new))
    (local.set $t2 (block (result i32) (local.set $t1 (call $list_new (i32.const 0))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1024))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1029))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1024))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1034))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1024))) (call $list_append (local.get $t1) (i64.extend_i32_u (i32.const 1029))) (local.get $t1)))
    (local.set $t3 (i64.const 0))
    (block $brk0 (loop $top0
      (br_if $brk0 (i64.ge_s (local.get $t3) (i64.extend_i32_u (i32.and (i32.load (local.get $t2)) (i32.const 1073741823)))))
      (local.set $v_w (i32.load (call $list_addr (local.get $t2) (local.get $t3))))
      (local.set $t3 (i64.add (local.get $t3) (i64.const 1)))
      (block $cnt0
    (call $dict_set (local.get $v_counts) (i64.extend_i32_u (local.get $v_w)) (block (result i64) (local.set $t5 (call $dict_get_or (local.get $v_counts) (i64.extend_i32_u (local.get $v_w)) (i32.const 2) (i64.const 0))) (local.set $t6 (i64.add (local.get $t5) (i64.const 1))) (if (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.get $t5) (i64.const -1)) (local.get $t6)) (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get $t6)) (i32.const 2))
      )
      (br $top0)))
    (call $log (i32.const 1) (i32.add (local.tee $t7 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (i64.extend_i32_u (i32.load (i32.load (local.get $v_counts))))) (i32.const 1039)) (call $int_to_str (call $dict_get (local.get $v_counts) (i64.extend_i32_u (i32.const 1024)) (i32.const 2)))) (i32.const 1039)) (call $int_to_str (call $dict_get_or (local.get $v_counts) (i64.extend_i32_u (i32.const 1044)) (i32.const 2) (call $sub_ovf (i64.const 0) (i64.const 1))))))) (i32.const 4)) (i32.and (i32.load (local.get $t7)) (i32.const 1073741823)))
    (local.set $v_keys (i32.const 1049))
    (local.set $t9 (call $list_copy (i32.load (local.get $v_counts))))
    (local.set $t10 (i64.const 0))
    (block $brk1 (loop $top1
      (br_if $brk1 (i64.ge_s (local.get $t10) (i64.extend_i32_u (i32.and (i32.load (local.get $t9)) (i32.const 1073741823)))))
      (local.set $v_k (i32.load (call $list_addr (local.get $t9) (local.get $t10))))
      (local.set $t10 (i64.add (local.get $t10) (i64.const 1)))
      (block $cnt1
    (local.set $v_keys (call $str_append (local.get $v_keys) (local.get $v_k)))
      )
      (br $top1)))
    (local.set $v___d_18_5 (local.get $v_counts))
    (local.set $v___z0_18_5 (call $list_copy (i32.load (local.get $v___d_18_5))))
    (local.set $v___z1_18_5 (call $list_copy (i32.load offset=4 (local.get $v___d_18_5))))
    (local.set $t18 (i64.const 0))
    (local.set $t19 (block (result i64) (local.set $t15 (i64.extend_i32_u (i32.load (local.get $v___z0_18_5)))) (local.set $t16 (i64.extend_i32_u (i32.load (local.get $v___z1_18_5)))) (select (local.get $t16) (local.get $t15) (i64.lt_s (local.get $t16) (local.get $t15)))))
    (local.set $t20 (i64.const 1))
    (local.set $h21 (i64.extend_i32_u (i32.load (local.get $v___z0_18_5))))
    (local.set $h22 (i32.load offset=8 (local.get $v___z0_18_5)))
    (local.set $h23 (i64.extend_i32_u (i32.load (local.get $v___z1_18_5))))
    (local.set $h24 (i32.load offset=8 (local.get $v___z1_18_5)))
    (if (i32.and (i32.and (i32.and (i64.lt_s (local.get $t19) (i64.const 1073741824)) (i64.gt_s (local.get $t19) (i64.const -1073741824))) (i64.le_s (i64.add (local.get $t19) (i64.const 0)) (local.get $h21))) (i64.le_s (i64.add (local.get $t19) (i64.const 0)) (local.get $h23))) (then
    (local.set $k28 (i32.wrap_i64 (local.get $t18)))
    (local.set $k29 (i32.wrap_i64 (local.get $t19)))
    (block $brk3 (loop $top3
      (br_if $brk3 (i32.ge_s (local.get $k28) (local.get $k29)))
      (local.set $v___k_18_5 (i64.extend_i32_s (local.get $k28)))
      (block $cnt3
    (local.set $v_k (i32.load (i32.add (local.get $h22) (i32.shl (local.get $k28) (i32.const 3)))))
    (local.set $v_v (i64.load (i32.add (local.get $h24) (i32.shl (local.get $k28) (i32.const 3)))))
    (local.set $v_keys (call $str_append (local.get $v_keys) (call $int_to_str (local.get $v_v))))
      )
      (local.set $k28 (i32.add (local.get $k28) (i32.const 1)))
      (br $top3)))
    ) (else
    (block $brk2 (loop $top2
      (br_if $brk2 (i64.ge_s (local.get $t18) (local.get $t19)))
      (local.set $v___k_18_5 (local.get $t18))
      (block $cnt2
    (local.set $v_k (i32.load (i32.add (local.get $h22) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t25 (local.get $v___k_18_5)) (i64.const -1)) (i64.sub (local.get $t25) (local.get $h21))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t25))) (else (call $norm_index (local.get $t25) (i32.wrap_i64 (local.get $h21)) (global.get $msg_list_index)))) (i32.const 3)))))
    (local.set $v_v (i64.load (i32.add (local.get $h24) (i32.shl (if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee $t26 (local.get $v___k_18_5)) (i64.const -1)) (i64.sub (local.get $t26) (local.get $h23))) (i64.const 63))) (then (i32.wrap_i64 (local.get $t26))) (else (call $norm_index (local.get $t26) (i32.wrap_i64 (local.get $h23)) (global.get $msg_list_index)))) (i32.const 3)))))
    (local.set $v_keys (call $str_append (local.get $v_keys) (call $int_to_str (local.get $v_v))))
      )
      (local.set $t18 (i64.add (local.get $t18) (i64.const 1)))
      (br $top2)))
    ))
    (call $log (i32.const 1) (i32.add (local.tee $t38 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $str_concat (local.get $v_keys) (i32.const 1039)) (call $str_concat (call $str_concat (i32.const 1053) (call $str_join (i32.const 1058) (block (result i32)
    (local.set $t30 (call $list_new (i32.const 0)))
    (local.set $t31 (call $list_sorted (i32.load (local.get $v_counts)) (i32.const 2) (i32.const 0)))
    (local.set $t32 (i64.const 0))
    (block $brk4 (loop $top4
      (br_if $brk4 (i64.ge_s (local.get $t32) (i64.extend_i32_u (i32.and (i32.load (local.get $t31)) (i32.const 1073741823)))))
      (local.set $v_item.c0 (i32.load (call $list_addr (local.get $t31) (local.get $t32))))
      (local.set $t32 (i64.add (local.get $t32) (i64.const 1)))
      (block $cnt4
    (call $list_append (local.get $t30) (i64.extend_i32_u (call $str_repr (local.get $v_item.c0))))
      )
      (br $top4)))
    (local.get $t30)))) (i32.const 1064))) (i32.const 1039)) (call $str_concat (call $str_concat (i32.const 1053) (call $str_join (i32.const 1058) (block (result i32)
    (local.set $t34 (call $list_new (i32.const 0)))
    (local.set $t35 (call $list_sorted (i32.load offset=4 (local.get $v_counts)) (i32.const 0) (i32.const 0)))
    (local.set $t36 (i64.const 0))
    (block $brk5 (loop $top5
      (br_if $brk5 (i64.ge_s (local.get $t36) (i64.extend_i32_u (i32.and (i32.load (local.get $t35)) (i32.const 1073741823)))))
      (local.set $v_item.c1 (i64.load (call $list_addr (local.get $t35) (local.get $t36))))
      (local.set $t36 (i64.add (local.get $t36) (i64.const 1)))
      (block $cnt5
    (call $list_append (local.get $t34) (i64.extend_i32_u (call $int_to_str (local.get $v_item.c1))))
      )
      (br $top5)))
    (local.get $t34)))) (i32.const 1064))) (i32.const 1039)) (call $int_to_str (i64.extend_i32_u (i32.load (i32.load offset=4 (local.get $v_counts)))))))) (i32.const 4)) (i32.and (i32.load (local.get $t38)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t51 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.const 1053) (call $str_join (i32.const 1058) (block (result i32)
    (local.set $t43 (call $list_new (i32.const 0)))
    (local.set $t48 (block (result i32)
    (local.set $t44 (call $list_new (i32.const 0)))
    (local.set $t45 (call $list_copy (i32.load offset=4 (local.get $v_counts))))
    (local.set $t46 (i64.const 0))
    (block $brk8 (loop $top8
      (br_if $brk8 (i64.ge_s (local.get $t46) (i64.extend_i32_u (i32.and (i32.load (local.get $t45)) (i32.const 1073741823)))))
      (local.set $v_v.c4 (i64.load (call $list_addr (local.get $t45) (local.get $t46))))
      (local.set $t46 (i64.add (local.get $t46) (i64.const 1)))
      (block $cnt8
    (call $list_append (local.get $t44) (call $mul_ovf (local.get $v_v.c4) (i64.const 2)))
      )
      (br $top8)))
    (local.get $t44)))
    (local.set $t49 (i64.const 0))
    (block $brk7 (loop $top7
      (br_if $brk7 (i64.ge_s (local.get $t49) (i64.extend_i32_u (i32.and (i32.load (local.get $t48)) (i32.const 1073741823)))))
      (local.set $v_item.c3 (i64.load (call $list_addr (local.get $t48) (local.get $t49))))
      (local.set $t49 (i64.add (local.get $t49) (i64.const 1)))
      (block $cnt7
    (call $list_append (local.get $t43) (i64.extend_i32_u (call $int_to_str (local.get $v_item.c3))))
      )
      (br $top7)))
    (local.get $t43)))) (i32.const 1064)) (i32.const 1039)) (select (i32.const 1069) (i32.const 1077) (call $list_has (i32.load (local.get $v_counts)) (i64.extend_i32_u (i32.const 1029)) (i32.const 2)))))) (i32.const 4)) (i32.and (i32.load (local.get $t51)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t55 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (i32.wrap_i64 (call $dict_get_or (block (result i32) (if (i32.eqz (global.get $k_NAMES)) (then (global.set $k_NAMES (block (result i32) (local.set $t52 (call $dict_new)) (call $dict_set (local.get $t52) (i64.const 1) (i64.extend_i32_u (i32.const 1086)) (i32.const 0)) (call $dict_set (local.get $t52) (i64.const 2) (i64.extend_i32_u (i32.const 1093)) (i32.const 0)) (call $dict_set (local.get $t52) (i64.const 3) (i64.extend_i32_u (i32.const 1100)) (i32.const 0)) (local.get $t52))))) (global.get $k_NAMES)) (local.get $v_n) (i32.const 0) (i64.extend_i32_u (i32.const 1109)))) (i32.const 1039)) (select (i32.const 1069) (i32.const 1077) (i32.ge_s (call $dict_find (block (result i32) (if (i32.eqz (global.get $k_NAMES)) (then (global.set $k_NAMES (block (result i32) (local.set $t53 (call $dict_new)) (call $dict_set (local.get $t53) (i64.const 1) (i64.extend_i32_u (i32.const 1086)) (i32.const 0)) (call $dict_set (local.get $t53) (i64.const 2) (i64.extend_i32_u (i32.const 1093)) (i32.const 0)) (call $dict_set (local.get $t53) (i64.const 3) (i64.extend_i32_u (i32.const 1100)) (i32.const 0)) (local.get $t53))))) (global.get $k_NAMES)) (local.get $v_n) (i32.const 0)) (i32.const 0)))) (i32.const 1039)) (select (i32.const 1069) (i32.const 1077) (i32.eqz (i32.ge_s (call $dict_find (block (result i32) (if (i32.eqz (global.get $k_NAMES)) (then (global.set $k_NAMES (block (result i32) (local.set $t54 (call $dict_new)) (call $dict_set (local.get $t54) (i64.const 1) (i64.extend_i32_u (i32.const 1086)) (i32.const 0)) (call $dict_set (local.get $t54) (i64.const 2) (i64.extend_i32_u (i32.const 1093)) (i32.const 0)) (call $dict_set (local.get $t54) (i64.const 3) (i64.extend_i32_u (i32.const 1100)) (i32.const 0)) (local.get $t54))))) (global.get $k_NAMES)) (i64.const 7) (i32.const 0)) (i32.const 0))))))) (i32.const 4)) (i32.and (i32.load (local.get $t55)) (i32.const 1073741823)))
    (call $log (i32.const 1) (i32.add (local.tee $t64 (call $str_utf8 (call $str_concat (call $str_concat (call $str_concat (call $str_concat (call $int_to_str (call $dict_get_or (block (result i32) (if (i32.eqz (global.get $k_LIMITS)) (then (global.set $k_LIMITS (block (result i32) (local.set $t56 (call $dict_new)) (call $dict_set (local.get $t56) (i64.extend_i32_u (i32.const 1117)) (i64.const 10) (i32.const 2)) (call $dict_set (local.get $t56) (i64.extend_i32_u (i32.const 1126)) (i64.const 3) (i32.const 2)) (call $dict_set (local.get $t56) (i64.extend_i32_u (i32.const 1117)) (i64.const 12) (i32.const 2)) (local.get $t56))))) (global.get $k_LIMITS)) (i64.extend_i32_u (local.get $v_category)) (i32.const 2) (i64.const 0))) (i32.const 1039)) (call $int_to_str (i64.extend_i32_u (i32.load (i32.load (block (result i32) (if (i32.eqz (global.get $k_LIMITS)) (then (global.set $k_LIMITS (block (result i32) (local.set $t57 (call $dict_new)) (call $dict_set (local.get $t57) (i64.extend_i32_u (i32.const 1117)) (i64.const 10) (i32.const 2)) (call $dict_set (local.get $t57) (i64.extend_i32_u (i32.const 1126)) (i64.const 3) (i32.const 2)) (call $dict_set (local.get $t57) (i64.extend_i32_u (i32.const 1117)) (i64.const 12) (i32.const 2)) (local.get $t57))))) (global.get $k_LIMITS))))))) (i32.const 1039)) (call $str_concat (call $str_concat (i32.const 1053) (call $str_join (i32.const 1058) (block (result i32)
    (local.set $t59 (call $list_new (i32.const 0)))
    (local.set $t61 (call $list_sorted (i32.load (block (result i32) (if (i32.eqz (global.get $k_LIMITS)) (then (global.set $k_LIMITS (block (result i32) (local.set $t60 (call $dict_new)) (call $dict_set (local.get $t60) (i64.extend_i32_u (i32.const 1117)) (i64.const 10) (i32.const 2)) (call $dict_set (local.get $t60) (i64.extend_i32_u (i32.const 1126)) (i64.const 3) (i32.const 2)) (call $dict_set (local.get $t60) (i64.extend_i32_u (i32.const 1117)) (i64.const 12) (i32.const 2)) (local.get $t60))))) (global.get $k_LIMITS))) (i32.const 2) (i32.const 0)))
    (local.set $t62 (i64.const 0))
    (block $brk9 (loop $top9
      (br_if $brk9 (i64.ge_s (local.get $t62) (i64.extend_i32_u (i32.and (i32.load (local.get $t61)) (i32.const 1073741823)))))
      (local.set $v_item.c5 (i32.load (call $list_addr (local.get $t61) (local.get $t62))))
      (local.set $t62 (i64.add (local.get $t62) (i64.const 1)))
      (block $cnt9
    (call $list_append (local.get $t59) (i64.extend_i32_u (call $str_repr (local.get $v_item.c5))))
      )
      (br $top9)))
    (local.get $t59)))) (i32.const 1064))))) (i32.const 4)) (i32.and (i32.load (local.get $t64)) (i32.const 1073741823)))
    (local.set $v_total (f64.const 0x0.0p0))
    (local.set $t67 (i64.const 0))
    (local.set $t68 (i64.const 3))
    (local.set $t69 (i64.const 1))
    (block $brk10 (loop $top10
      (br_if $brk10 (i64.ge_s (local.get $t67) (local.get $t68)))
      (local.set $v_i (local.get $t67))
      (block $cnt10
    (local.set $v_total (f64.add (local.get $v_total) (f64.mul (f64.reinterpret_i64 (call $dict_get_or (block (result i32) (if (i32.eqz (global.get $k_BOOST)) (then (global.set $k_BOOST (block (result i32) (local.set $t70 (call $dict_new)) (call $dict_set (local.get $t70) (i64.extend_i32_u (i32.const 1117)) (i64.reinterpret_f64 (f64.const 0x1.8p0)) (i32.const 2)) (call $dict_set (local.get $t70) (i64.extend_i32_u (i32.const 1134)) (i64.reinterpret_f64 (f64.const 0x1.3333333333333p0)) (i32.const 2)) (call $dict_set (local.get $t70) (i64.extend_i32_u (i32.const 1126)) (i64.reinterpret_f64 (f64.const 0x1.999999999999ap-1)) (i32.const 2)) (local.get $t70))))) (global.get $k_BOOST)) (i64.extend_i32_u (local.get $v_category)) (i32.const 2) (i64.reinterpret_f64 (f64.const 0x1.0p0)))) (f64.convert_i64_s (local.get $v_i)))))
      )
      (local.set $t67 (i64.add (local.get $t67) (i64.const 1)))
      (br $top10)))
    (if (i32.ge_s (call $dict_find (block (result i32) (if (i32.eqz (global.get $k_BOOST)) (then (global.set $k_BOOST (block (result i32) (local.set $t71 (call $dict_new)) (call $dict_set (local.get $t71) (i64.extend_i32_u (i32.const 1117)) (i64.reinterpret_f64 (f64.const 0x1.8p0)) (i32.const 2)) (call $dict_set (local.get $t71) (i64.extend_i32_u (i32.const 1134)) (i64.reinterpret_f64 (f64.const 0x1.3333333333333p0)) (i32.const 2)) (call $dict_set (local.get $t71) (i64.extend_i32_u (i32.const 1126)) (i64.reinterpret_f64 (f64.const 0x1.999999999999ap-1)) (i32.const 2)) (local.get $t71))))) (global.get $k_BOOST)) (i64.extend_i32_u (local.get $v_category)) (i32.const 2)) (i32.const 0)) (then
    (return (f64.add (f64.reinterpret_i64 (call $dict_get (block (result i32) (if (i32.eqz (global.get $k_BOOST)) (then (global.set $k_BOOST (block (result i32) (local.set $t72 (call $dict_new)) (call $dict_set (local.get $t72) (i64.extend_i32_u (i32.const 1117)) (i64.reinterpret_f64 (f64.const 0x1.8p0)) (i32.const 2)) (call $dict_set (local.get $t72) (i64.extend_i32_u (i32.const 1134)) (i64.reinterpret_f64 (f64.const 0x1.3333333333333p0)) (i32.const 2)) (call $dict_set (local.get $t72) (i64.extend_i32_u (i32.const 1126)) (i64.reinterpret_f64 (f64.const 0x1.999999999999ap-1)) (i32.const 2)) (local.get $t72))))) (global.get $k_BOOST)) (i64.extend_i32_u (local.get $v_category)) (i32.const 2))) (local.get $v_total)))
    ) (else
    ))
    (return (local.get $v_total))
    (call $trap (global.get $msg_no_return))
    (unreachable)
  )
  (func (export "filter") (param $ctx i64) (result f64)
    (global.set $ctx (local.get $ctx))
    (global.set $heap (global.get $heap_base))
    (global.set $k_NAMES (i32.const 0))
    (global.set $k_LIMITS (i32.const 0))
    (global.set $k_BOOST (i32.const 0))
    (call $f_filter (call $param_str (i32.const 1143) (i32.const 1049)) (if (result i64) (i32.eqz (call $get_param_i64 (i32.add (i32.const 1155) (i32.const 4)) (i32.const 1) (i32.const 8))) (then (i64.load (i32.const 8))) (else (i64.const 0)))))
  ;; linked: $trap
  ;; linked: $alloc
  ;; linked: $list_new
  ;; linked: $list_addr
  ;; linked: $list_append
  ;; linked: $list_sorted
  ;; linked: $item_lt
  ;; linked: $dict_new
  ;; linked: $dict_find
  ;; linked: $dict_slot
  ;; linked: $dict_get
  ;; linked: $key_error
  ;; linked: $dict_get_or
  ;; linked: $dict_set
  ;; linked: $list_copy
  ;; linked: $str_repr
  ;; linked: $repr_width
  ;; linked: $printable
  ;; linked: $put_cp
  ;; linked: $put_hex
  ;; linked: $list_has
  ;; linked: $sub_ovf
  ;; linked: $mul_ovf
  ;; linked: $str_new
  ;; linked: $str_new_wide
  ;; linked: $str_new_any
  ;; linked: $str_len
  ;; linked: $str_cp
  ;; linked: $cp_copy
  ;; linked: $str_fit
  ;; linked: $str_concat
  ;; linked: $str_append
  ;; linked: $str_share
  ;; linked: $mem_eq
  ;; linked: $str_eq
  ;; linked: $str_cmp
  ;; linked: $norm_index
  ;; linked: $str_join
  ;; linked: $str_from_utf8
  ;; linked: $utf8_decode
  ;; linked: $str_utf8
  ;; linked: $int_to_str
)
