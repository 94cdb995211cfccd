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
final class ModuleLoader {

  /** The most bytes a module may have. */
  static final int MAX_MODULE_BYTES = 64 * 1024 * 1024;

  private ModuleLoader() {}

  /** Parses with full validation, turning every parser failure into one invalid_module error. */
  static WasmModule parse(byte[] bytes) {
    if (bytes.length == 0) {
      throw new InvalidModuleException(
          "module is empty (0 bytes); pass a .wasm file produced by a compiler");
    }
    if (bytes.length > MAX_MODULE_BYTES) {
      throw new InvalidModuleException(
          "module is " + bytes.length + " bytes, over the " + MAX_MODULE_BYTES + "-byte limit");
    }
    if (bytes.length < 8
        || bytes[0] != 0
        || bytes[1] != 'a'
        || bytes[2] != 's'
        || bytes[3] != 'm') {
      throw new InvalidModuleException(
          "not a WebAssembly module (no \\0asm header); pass a .wasm file, or compile .wat first");
    }
    try {
      return Parser.parse(bytes);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError | AssertionError e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InvalidModuleException(
          "module is not valid WebAssembly: "
              + oneLine(msg)
              + "; rebuild it with a wasm32 toolchain");
    }
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
        Digests.sha256(bytes), bytes.length, imports, exports, memInitial, memMax, custom);
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
