package io.quidditch.udf.core.runtime;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.ValType;
import io.quidditch.udf.core.Digests;
import io.quidditch.udf.core.InvalidModuleException;
import io.quidditch.udf.core.ModuleInfo;
import io.quidditch.udf.core.abi.AbiFunction;
import io.quidditch.udf.core.abi.WasmType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses and validates module bytes, and describes a module's imports and exports. */
public final class ModuleLoader {

  /** The most bytes a module may have. */
  /** The largest module loaded: parsing and compiling cost grows with it (UDFs are kilobytes). */
  public static final int MAX_MODULE_BYTES = 8 * 1024 * 1024;

  /** The most functions a module may define (a Rust module with its std has a few thousand). */
  public static final int MAX_FUNCTIONS = 20_000;

  private ModuleLoader() {}

  /** Parses with full validation, turning every parser failure into one invalid_module error. */
  static WasmModule parse(byte[] bytes) {
    if (bytes.length == 0) {
      throw new InvalidModuleException(
          "module is empty (0 bytes); pass a .wasm file produced by a compiler");
    }
    if (bytes.length > MAX_MODULE_BYTES) {
      throw new InvalidModuleException(
          "module is "
              + bytes.length
              + " bytes, over the "
              + MAX_MODULE_BYTES / (1024 * 1024)
              + " MiB limit; strip it (wasm-opt -Oz, no debug sections) or split it");
    }
    if (bytes.length < 8
        || bytes[0] != 0
        || bytes[1] != 'a'
        || bytes[2] != 's'
        || bytes[3] != 'm') {
      throw new InvalidModuleException(
          "not a WebAssembly module (no \\0asm header); pass a .wasm file, or compile .wat first");
    }
    WasmModule module;
    try {
      module = Parser.parse(bytes);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError | AssertionError e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InvalidModuleException(
          "module is not valid WebAssembly: "
              + oneLine(msg)
              + "; rebuild it with a wasm32 toolchain");
    }
    int functions = module.functionSection().functionCount();
    if (functions > MAX_FUNCTIONS) {
      throw new InvalidModuleException(
          "module defines "
              + functions
              + " functions, over the limit of "
              + MAX_FUNCTIONS
              + "; a UDF needs far fewer: strip unused code (wasm-opt, --gc-sections)");
    }
    // A start function runs when an instance is made: before any call, outside every time limit,
    // and even while a module is only being validated. No UDF needs one.
    if (module.startSection().isPresent()) {
      throw new InvalidModuleException(
          "module has a start function (function "
              + module.startSection().get().startIndex()
              + "), which would run outside every time limit; UDFs may not have one: remove the"
              + " start section (in WAT, the (start ...) field) and do the set-up in the entry"
              + " function");
    }
    return module;
  }

  static String oneLine(String msg) {
    String m = msg.replaceAll("\\s+", " ").trim();
    return m.length() > 200 ? m.substring(0, 200) + "..." : m;
  }

  /** Describes a parsed module. */
  static ModuleInfo describe(WasmModule module, byte[] bytes) {
    List<ModuleInfo.ImportInfo> imports = new ArrayList<>();
    Integer memInitial = null;
    Integer memMax = null;
    var importSection = module.importSection();
    for (int i = 0; i < importSection.importCount(); i++) {
      Import imp = importSection.getImport(i);
      String sig = null;
      if (imp instanceof FunctionImport) {
        sig = signature(module.typeSection().getType(((FunctionImport) imp).typeIndex()));
      }
      if (imp instanceof MemoryImport) {
        MemoryLimits limits = ((MemoryImport) imp).limits();
        memInitial = limits.initialPages();
        memMax = limits.maximumPages();
      }
      imports.add(new ModuleInfo.ImportInfo(imp.module(), imp.name(), kind(imp.importType()), sig));
    }
    var memories = module.memorySection();
    if (memories.isPresent() && memories.get().memoryCount() > 0) {
      MemoryLimits limits = memories.get().getMemory(0).limits();
      memInitial = limits.initialPages();
      memMax = limits.maximumPages() >= MemoryLimits.MAX_PAGES ? null : limits.maximumPages();
    }
    List<ModuleInfo.ExportInfo> exports = new ArrayList<>();
    var exportSection = module.exportSection();
    for (int i = 0; i < exportSection.exportCount(); i++) {
      Export e = exportSection.getExport(i);
      String sig = null;
      if (e.exportType() == ExternalType.FUNCTION) {
        sig = signature(functionType(module, e.index()));
      }
      exports.add(new ModuleInfo.ExportInfo(e.name(), kind(e.exportType()), sig));
    }
    List<String> custom = new ArrayList<>();
    for (CustomSection c : module.customSections()) {
      custom.add(c.name());
    }
    return new ModuleInfo(
        Digests.sha256(bytes),
        bytes.length,
        imports,
        exports,
        memInitial,
        memMax,
        custom,
        constantNames(module),
        stringCodes(module));
  }

  /**
   * Which host dialect the code seems written against: what it compares the result of {@code
   * get_field_string} or {@code get_document_id} with, in the few instructions after the call
   * (directly, or through the local it is stored in). 1 is a Go-host success; -1 and -2 are the
   * documented codes; a test against zero says nothing, as both dialects have one.
   */
  static io.quidditch.udf.core.HostDialect stringCodes(WasmModule module) {
    java.util.Set<Long> calls = new java.util.HashSet<>();
    var imports = module.importSection();
    int fn = 0;
    for (int i = 0; i < imports.importCount(); i++) {
      var imp = imports.getImport(i);
      if (imp.importType() == ExternalType.FUNCTION) {
        if (imp.module().equals("env")
            && (imp.name().equals("get_field_string") || imp.name().equals("get_document_id"))) {
          calls.add((long) fn);
        }
        fn++;
      }
    }
    var code = module.codeSection();
    if (calls.isEmpty() || code == null) {
      return null;
    }
    int go = 0;
    int documented = 0;
    for (var body : code.functionBodies()) {
      var ins = body.instructions();
      for (int k = 0; k < ins.size(); k++) {
        if (ins.get(k).opcode() != com.dylibso.chicory.wasm.types.OpCode.CALL
            || !calls.contains(ins.get(k).operand(0))) {
          continue;
        }
        long local = -1;
        for (int w = k + 1; w < Math.min(ins.size(), k + 8); w++) {
          var op = ins.get(w).opcode();
          if ((op == com.dylibso.chicory.wasm.types.OpCode.LOCAL_SET
                  || op == com.dylibso.chicory.wasm.types.OpCode.LOCAL_TEE)
              && local < 0) {
            local = ins.get(w).operand(0);
          } else if (op == com.dylibso.chicory.wasm.types.OpCode.I32_CONST
              && w + 1 < ins.size()
              && isComparison(ins.get(w + 1).opcode())) {
            int c = (int) ins.get(w).operand(0);
            if (c == 1) {
              go++;
            } else if (c == -1 || c == -2) {
              documented++;
            }
            break;
          } else if (op == com.dylibso.chicory.wasm.types.OpCode.CALL) {
            break;
          }
        }
      }
    }
    if (go > 0 && documented == 0) {
      return io.quidditch.udf.core.HostDialect.QUIDDITCH_GO;
    }
    if (documented > 0 && go == 0) {
      return io.quidditch.udf.core.HostDialect.DOCUMENTED;
    }
    return null;
  }

  private static boolean isComparison(com.dylibso.chicory.wasm.types.OpCode op) {
    return op == com.dylibso.chicory.wasm.types.OpCode.I32_EQ
        || op == com.dylibso.chicory.wasm.types.OpCode.I32_NE
        || op == com.dylibso.chicory.wasm.types.OpCode.I32_LT_S
        || op == com.dylibso.chicory.wasm.types.OpCode.I32_GE_S
        || op == com.dylibso.chicory.wasm.types.OpCode.I32_GT_S
        || op == com.dylibso.chicory.wasm.types.OpCode.I32_LE_S;
  }

  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile(
          "[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\])*(\\.[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\])*)*");

  /**
   * Names passed as {@code i32.const ptr; i32.const len} into text of an active data segment with a
   * constant offset: how WAT, C, Rust and our Python compiler pass a literal field name.
   */
  static List<String> constantNames(WasmModule module) {
    List<long[]> spans = new ArrayList<>();
    List<byte[]> texts = new ArrayList<>();
    var data = module.dataSection();
    if (data != null) {
      for (var seg : data.dataSegments()) {
        if (seg instanceof com.dylibso.chicory.wasm.types.ActiveDataSegment a
            && !a.offsetInstructions().isEmpty()
            && a.offsetInstructions().get(0).opcode()
                == com.dylibso.chicory.wasm.types.OpCode.I32_CONST) {
          long at = (int) a.offsetInstructions().get(0).operand(0);
          spans.add(new long[] {at, at + a.data().length});
          texts.add(a.data());
        }
      }
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    var code = module.codeSection();
    if (code == null || spans.isEmpty()) {
      return List.of();
    }
    for (var body : code.functionBodies()) {
      var ins = body.instructions();
      for (int k = 1; k < ins.size() && out.size() < 256; k++) {
        if (ins.get(k).opcode() != com.dylibso.chicory.wasm.types.OpCode.I32_CONST
            || ins.get(k - 1).opcode() != com.dylibso.chicory.wasm.types.OpCode.I32_CONST) {
          continue;
        }
        long ptr = (int) ins.get(k - 1).operand(0);
        long len = (int) ins.get(k).operand(0);
        if (len < 1 || len > 128) {
          continue;
        }
        for (int s = 0; s < spans.size(); s++) {
          long[] span = spans.get(s);
          if (ptr >= span[0] && ptr + len <= span[1]) {
            String text =
                new String(
                    texts.get(s),
                    (int) (ptr - span[0]),
                    (int) len,
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            if (NAME.matcher(text).matches()) {
              out.add(text);
            }
            break;
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The type of a function by its index in the function index space (imports first). */
  static FunctionType functionType(WasmModule module, int index) {
    int imported = 0;
    var importSection = module.importSection();
    for (int i = 0; i < importSection.importCount(); i++) {
      Import imp = importSection.getImport(i);
      if (imp instanceof FunctionImport) {
        if (imported == index) {
          return module.typeSection().getType(((FunctionImport) imp).typeIndex());
        }
        imported++;
      }
    }
    return module.functionSection().getFunctionType(index - imported, module.typeSection());
  }

  static String kind(ExternalType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  static String signature(FunctionType type) {
    return AbiFunction.signature(types(type.params()), types(type.returns()));
  }

  /** Maps Chicory value types to ABI ones; reference and vector types map to null. */
  static List<WasmType> types(List<ValType> vals) {
    List<WasmType> out = new ArrayList<>();
    for (ValType v : vals) {
      out.add(type(v));
    }
    return out;
  }

  static WasmType type(ValType v) {
    if (v.equals(ValType.I32)) {
      return WasmType.I32;
    } else if (v.equals(ValType.I64)) {
      return WasmType.I64;
    } else if (v.equals(ValType.F32)) {
      return WasmType.F32;
    } else if (v.equals(ValType.F64)) {
      return WasmType.F64;
    }
    return null;
  }
}
