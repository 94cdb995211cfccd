package io.quidditch.udf.core.runtime;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import io.quidditch.udf.core.HostDialect;
import io.quidditch.udf.core.LinkException;
import io.quidditch.udf.core.Permission;
import io.quidditch.udf.core.abi.AbiCodes;
import io.quidditch.udf.core.abi.AbiFunction;
import io.quidditch.udf.core.abi.FieldSource;
import io.quidditch.udf.core.abi.PlainDocument;
import io.quidditch.udf.core.abi.WasmType;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Links a module's imports to the host ABI, for one instance and its {@link CallState}. */
final class HostImports {
  static final String WASI_MODULE = "wasi_snapshot_preview1";
  private static final long PAGE = 65536L;

  private static final int NAME_SLOTS = 8;

  private final CallState state;
  // one instance is used by one thread at a time, so a host result can reuse one array
  private final long[] ret = new long[1];
  // names the guest passed recently, by pointer and length; checked byte by byte before reuse
  private final int[] namePtr = new int[NAME_SLOTS];
  private final byte[][] nameBytes = new byte[NAME_SLOTS][];
  private final String[] nameText = new String[NAME_SLOTS];
  // each known name as the words sameBytes compares: whole longs, then one overlapping tail
  private final long[][] nameWords = new long[NAME_SLOTS][];
  private int nextNameSlot;

  private HostImports(CallState state, boolean goCodes) {
    this.goCodes = goCodes;
    this.state = state;
  }

  /**
   * Checks every import without building anything, so a bad module fails at load time.
   *
   * @return the ABI function chosen for each function import, in import order (null for WASI)
   */
  static List<AbiFunction> check(
      WasmModule module, Set<Permission> granted, boolean exportsMemory) {
    List<AbiFunction> chosen = new ArrayList<>();
    var section = module.importSection();
    if (section.importCount() > 10_000) {
      throw new LinkException(
          "module has "
              + section.importCount()
              + " imports; the host ABI offers "
              + AbiFunction.values().length
              + " functions");
    }
    for (int i = 0; i < section.importCount(); i++) {
      Import imp = section.getImport(i);
      String what = imp.module() + "." + imp.name();
      if (!(imp instanceof FunctionImport)) {
        throw new LinkException(
            "module imports "
                + ModuleLoader.kind(imp.importType())
                + " "
                + what
                + ", which the host does not provide; define it inside the module");
      }
      FunctionType type = module.typeSection().getType(((FunctionImport) imp).typeIndex());
      List<WasmType> params = ModuleLoader.types(type.params());
      List<WasmType> results = ModuleLoader.types(type.returns());
      if (WASI_MODULE.equals(imp.module())) {
        checkWasi(imp.name(), granted);
        chosen.add(null);
        continue;
      }
      AbiFunction f = AbiFunction.find(imp.module(), imp.name(), params, results);
      if (f == null) {
        String sig = AbiFunction.signature(params, results);
        if (AbiFunction.MODULE.equals(imp.module()) && AbiFunction.knowsName(imp.name())) {
          throw new LinkException(
              "import "
                  + what
                  + " has signature "
                  + sig
                  + "; the ABI offers "
                  + AbiFunction.signaturesOf(imp.name()));
        }
        throw new LinkException(
            "module imports "
                + what
                + " "
                + sig
                + ", which the host ABI does not offer; see shared/ABI.md for the functions");
      }
      if (f.permission() != null && !granted.contains(f.permission())) {
        throw new LinkException(
            "import "
                + what
                + " needs permission "
                + f.permission().yamlName()
                + ", which udf.yaml does not grant; add it to permissions or drop the import");
      }
      if (f.takesPointers() && !exportsMemory) {
        throw new LinkException(
            "module imports "
                + what
                + " but exports no 'memory'; export the memory the host writes into");
      }
      chosen.add(f);
    }
    return chosen;
  }

  private static void checkWasi(String name, Set<Permission> granted) {
    if ((name.equals("fd_write") || name.equals("fd_pwrite"))
        && !granted.contains(Permission.WRITE_LOG)) {
      throw new LinkException(
          "import "
              + WASI_MODULE
              + "."
              + name
              + " needs permission write_log, which udf.yaml does not grant");
    }
  }

  /** Builds the import values for one instance. */
  static ImportValues link(
      WasmModule module, List<AbiFunction> chosen, CallState state, HostDialect dialect) {
    HostImports host = new HostImports(state, dialect == HostDialect.QUIDDITCH_GO);
    List<ImportFunction> functions = new ArrayList<>();
    Map<String, HostFunction> wasi = null;
    var section = module.importSection();
    for (int i = 0; i < section.importCount(); i++) {
      FunctionImport imp = (FunctionImport) section.getImport(i);
      FunctionType type = module.typeSection().getType(imp.typeIndex());
      AbiFunction f = chosen.get(i);
      if (f == null) {
        if (wasi == null) {
          wasi = host.wasiFunctions();
        }
        HostFunction w = wasi.get(imp.name());
        if (w == null) {
          throw new LinkException(
              "module imports "
                  + WASI_MODULE
                  + "."
                  + imp.name()
                  + ", which is not part of WASI preview 1");
        }
        functions.add(
            new HostFunction(w.module(), w.name(), w.functionType(), host.guarded(w.handle())));
        continue;
      }
      functions.add(new HostFunction(AbiFunction.MODULE, imp.name(), type, host.new HostCall(f)));
    }
    return ImportValues.builder().withFunctions(functions).build();
  }

  private Map<String, HostFunction> wasiFunctions() {
    OutputStream out = new LogStream(1);
    OutputStream err = new LogStream(2);
    WasiOptions options =
        WasiOptions.builder()
            .withStdout(out)
            .withStderr(err)
            .withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
            .withRandom(new Random(0))
            .build();
    WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build();
    Map<String, HostFunction> out2 = new HashMap<>();
    for (HostFunction f : wasi.toHostFunctions()) {
      out2.put(f.name(), f);
    }
    return out2;
  }

  /** WASI stdout/stderr turned into log lines of the current call. */
  private final class LogStream extends OutputStream {
    private final int level;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LogStream(int level) {
      this.level = level;
    }

    @Override
    public void write(int b) {
      CallWatchdog.Guard g = state.guard;
      if (g != null && g.expired()) {
        // a guest writing in a loop inside one fd_write: stop it at its deadline
        throw new com.dylibso.chicory.runtime.ChicoryInterruptedException("call timed out");
      }
      if (b == '\n') {
        flushLine();
      } else if (line.size() < state.limits.maxLogLineBytes()) {
        line.write(b);
      }
    }

    @Override
    public void flush() {
      if (line.size() > 0) {
        flushLine();
      }
    }

    private void flushLine() {
      state.log(level, line.toString(StandardCharsets.UTF_8));
      line.reset();
    }
  }

  /**
   * One ABI function of this instance. Every ABI import is this one class, so the call site in the
   * compiled module that calls imports sees a single handle type and the JIT can inline through it;
   * nested wrapper lambdas (guard, trace, function) made that site and each wrapper's inner call
   * megamorphic.
   */
  private final class HostCall implements WasmFunctionHandle {
    private final AbiFunction f;

    HostCall(AbiFunction f) {
      this.f = f;
    }

    @Override
    public long[] apply(Instance inst, long... a) {
      // no interrupt lands while a host function runs, when the document asks (see CallWatchdog)
      CallWatchdog.Guard g = state.hostGuard;
      long[] r;
      if (g == null) {
        r = call(f, inst, a);
      } else {
        g.enterHost();
        try {
          r = call(f, inst, a);
        } finally {
          g.leaveHost();
        }
      }
      if (state.listener != null) {
        state.listener.onCall(
            f,
            describe(f, inst, a),
            r == null ? "()" : describeResult(f, r[0]),
            r == null ? null : f.meaning(r[0]));
      }
      return r;
    }
  }

  /** A WASI function under the same interrupt rule as the ABI's. */
  private WasmFunctionHandle guarded(WasmFunctionHandle h) {
    return (inst, a) -> {
      CallWatchdog.Guard g = state.hostGuard;
      if (g == null) {
        return h.apply(inst, a);
      }
      g.enterHost();
      try {
        return h.apply(inst, a);
      } finally {
        g.leaveHost();
      }
    };
  }

  private String describe(AbiFunction f, Instance inst, long[] a) {
    StringBuilder out = new StringBuilder();
    int nameAt = f.params().size() > 0 && f.params().get(0) == WasmType.I64 ? 1 : 0;
    boolean takesName =
        f != AbiFunction.GET_SCORE
            && f != AbiFunction.GET_DOCUMENT_ID
            && f != AbiFunction.LOG
            && f != AbiFunction.LOG_MESSAGE;
    for (int i = 0; i < a.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      if (takesName && i == nameAt) {
        String n;
        try {
          n = name(inst, a[i], a[i + 1]);
        } catch (RuntimeException e) {
          n = "<outside memory>";
        }
        out.append('"').append(n).append('"');
        i++;
      } else {
        out.append(a[i]);
      }
    }
    return out.toString();
  }

  private static String describeResult(AbiFunction f, long raw) {
    if (f.results().isEmpty()) {
      return "()";
    }
    return f.results().get(0) == WasmType.F64
        ? String.valueOf(Double.longBitsToDouble(raw))
        : String.valueOf(raw);
  }

  private long[] call(AbiFunction f, Instance inst, long[] a) {
    switch (f) {
      case HAS_FIELD:
        return i32(has(inst, a));
      case GET_FIELD_STRING:
        return i32(fieldString(inst, a));
      case GET_FIELD_I64:
        return i32(fieldNumber(inst, a, false));
      case GET_FIELD_F64:
        return i32(fieldNumber(inst, a, true));
      case GET_FIELD_BOOL:
        return i32(fieldBool(inst, a));
      case GET_DOCUMENT_ID:
        return i32(documentId(inst, a));
      case GET_SCORE:
        return i64(Double.doubleToRawLongBits(doc().score()));
      case GET_FIELD_INT64:
        {
          FieldSource d = doc();
          String n = name(inst, a[1], a[2]);
          return i64(d.isKind(n, FieldSource.Kind.NUMBER) ? d.i64(n) : 0L);
        }
      case GET_FIELD_FLOAT64:
        {
          FieldSource d = doc();
          String n = name(inst, a[1], a[2]);
          return i64(
              Double.doubleToRawLongBits(d.isKind(n, FieldSource.Kind.NUMBER) ? d.f64(n) : 0.0));
        }
      case GET_FIELD_BOOL_DIRECT:
        {
          FieldSource d = doc();
          String n = name(inst, a[1], a[2]);
          return i32(d.isKind(n, FieldSource.Kind.BOOLEAN) && d.bool(n) ? 1 : 0);
        }
      case GET_PARAM_STRING:
        return i32(paramString(inst, a));
      case GET_PARAM_I64:
        return i32(paramNumber(inst, a, false));
      case GET_PARAM_F64:
        return i32(paramNumber(inst, a, true));
      case GET_PARAM_BOOL:
        return i32(paramBool(inst, a));
      case LOG:
        state.log((int) a[0], logText(inst, a[1], a[2]));
        return null;
      case LOG_MESSAGE:
        state.log(1, logText(inst, a[0], a[1]));
        return null;
      default:
        throw new IllegalStateException("no host implementation for " + f);
    }
  }

  private long[] i32(int v) {
    ret[0] = v;
    return ret;
  }

  private long[] i64(long v) {
    ret[0] = v;
    return ret;
  }

  private FieldSource doc() {
    if (state.document == null) {
      throw new HostTrapException("a document function was called outside a UDF call");
    }
    return state.document;
  }

  private int has(Instance inst, long[] a) {
    return doc().has(name(inst, a[1], a[2])) ? 1 : 0;
  }

  /**
   * Whether get_field_string and get_document_id answer as Quidditch's Go host does: 1 when the
   * value was written, 0 when it was not (missing, or longer than the capacity, whose length is
   * still reported). The capacity holds either way.
   */
  private final boolean goCodes;

  private int goStyle(int documented) {
    return !goCodes ? documented : documented == AbiCodes.OK ? 1 : 0;
  }

  private int fieldString(Instance inst, long[] a) {
    byte[] bytes = doc().utf8(name(inst, a[1], a[2]));
    return goStyle(writeBytes(inst, bytes, (int) a[3], (int) a[4], "get_field_string", false));
  }

  private int documentId(Instance inst, long[] a) {
    return goStyle(writeString(inst, doc().id(), (int) a[1], (int) a[2], "get_document_id", false));
  }

  /** get_field_i64 and get_field_f64: one number written as 8 bytes, or missing. */
  private int fieldNumber(Instance inst, long[] a, boolean f64) {
    FieldSource d = doc();
    String n = name(inst, a[1], a[2]);
    if (!d.isKind(n, FieldSource.Kind.NUMBER)) {
      return AbiCodes.FIELD_MISSING;
    }
    Memory mem = memory(inst);
    int out = (int) a[3];
    checkRange(mem, out, 8, f64 ? "get_field_f64 out_ptr" : "get_field_i64 out_ptr");
    if (f64) {
      mem.writeF64(out, d.f64(n));
    } else {
      mem.writeLong(out, d.i64(n));
    }
    return AbiCodes.OK;
  }

  private int fieldBool(Instance inst, long[] a) {
    FieldSource d = doc();
    String n = name(inst, a[1], a[2]);
    if (!d.isKind(n, FieldSource.Kind.BOOLEAN)) {
      return AbiCodes.FIELD_MISSING;
    }
    Memory mem = memory(inst);
    int out = (int) a[3];
    checkRange(mem, out, 4, "get_field_bool out_ptr");
    mem.writeI32(out, d.bool(n) ? 1 : 0);
    return AbiCodes.OK;
  }

  private int paramString(Instance inst, long[] a) {
    String n = name(inst, a[0], a[1]);
    Object v = state.params.get(n);
    if (v == null) {
      return AbiCodes.PARAM_NOT_FOUND;
    }
    if (!(v instanceof String)) {
      return AbiCodes.PARAM_WRONG_TYPE;
    }
    byte[] value = state.params.utf8(n);
    int rc = writeBytes(inst, value, (int) a[2], (int) a[3], "get_param_string", true);
    if (rc == AbiCodes.OK) {
      noteSharedBuffer(n, (int) a[2], value.length);
    }
    return rc;
  }

  /**
   * Warns (once a call, in the call's log) when a string parameter is written over the bytes of
   * another one this call read: the module keeps two parameters in one buffer, and the first one it
   * read is gone by the time it uses it (Quidditch's geo-filter example does this).
   */
  private void noteSharedBuffer(String name, int ptr, int len) {
    String previous = state.lastParamName;
    if (previous != null
        && !previous.equals(name)
        && !state.sharedBufferNoted
        && ptr < state.lastParamPtr + state.lastParamLen
        && state.lastParamPtr < ptr + Math.max(len, 1)) {
      state.sharedBufferNoted = true;
      state.log(
          2,
          "quidudf: get_param_string wrote '"
              + name
              + "' over '"
              + previous
              + "' (both at offset "
              + ptr
              + "): the module reads two string parameters into one buffer, so it has lost '"
              + previous
              + "' if it still uses it; give each its own buffer");
    }
    state.lastParamName = name;
    state.lastParamPtr = ptr;
    state.lastParamLen = Math.max(len, 1);
  }

  private int paramNumber(Instance inst, long[] a, boolean f64) {
    Object v = state.params.get(name(inst, a[0], a[1]));
    if (v == null) {
      return AbiCodes.PARAM_NOT_FOUND;
    }
    if (!(v instanceof Number num)) {
      return AbiCodes.PARAM_WRONG_TYPE;
    }
    Memory mem = memory(inst);
    int out = (int) a[2];
    if (!inRange(mem, out, 8)) {
      return AbiCodes.PARAM_BUFFER_TOO_SMALL;
    }
    if (f64) {
      mem.writeF64(out, num.doubleValue());
    } else {
      mem.writeLong(out, PlainDocument.asLong(num));
    }
    return AbiCodes.OK;
  }

  private int paramBool(Instance inst, long[] a) {
    Object v = state.params.get(name(inst, a[0], a[1]));
    if (v == null) {
      return AbiCodes.PARAM_NOT_FOUND;
    }
    if (!(v instanceof Boolean b)) {
      return AbiCodes.PARAM_WRONG_TYPE;
    }
    Memory mem = memory(inst);
    int out = (int) a[2];
    if (!inRange(mem, out, 1)) {
      return AbiCodes.PARAM_BUFFER_TOO_SMALL;
    }
    mem.writeByte(out, (byte) (b ? 1 : 0));
    return AbiCodes.OK;
  }

  /**
   * Writes a string into a guest buffer whose capacity is read from {@code lenPtr}.
   *
   * @param paramCodes use the parameter family's codes (1/3) instead of the field family's (-1/-2)
   */
  private int writeString(
      Instance inst, String text, int outPtr, int lenPtr, String fn, boolean paramCodes) {
    return writeBytes(
        inst,
        text == null ? null : text.getBytes(StandardCharsets.UTF_8),
        outPtr,
        lenPtr,
        fn,
        paramCodes);
  }

  private int writeBytes(
      Instance inst, byte[] bytes, int outPtr, int lenPtr, String fn, boolean paramCodes) {
    Memory mem = memory(inst);
    if (paramCodes ? !inRange(mem, lenPtr, 4) : !checkRange(mem, lenPtr, 4, fn + " out_len_ptr")) {
      return AbiCodes.PARAM_BUFFER_TOO_SMALL;
    }
    if (bytes == null) {
      return paramCodes ? AbiCodes.PARAM_NOT_FOUND : AbiCodes.FIELD_MISSING;
    }
    long capacity = Integer.toUnsignedLong(mem.readInt(lenPtr));
    if (bytes.length > state.limits.maxHostStringBytes()) {
      throw new HostTrapException(
          fn
              + ": the value is "
              + bytes.length
              + " bytes, over the host string limit of "
              + state.limits.maxHostStringBytes());
    }
    if (bytes.length > capacity) {
      mem.writeI32(lenPtr, bytes.length);
      return paramCodes ? AbiCodes.PARAM_BUFFER_TOO_SMALL : AbiCodes.FIELD_BUFFER_TOO_SMALL;
    }
    if (paramCodes
        ? !inRange(mem, outPtr, bytes.length)
        : !checkRange(mem, outPtr, bytes.length, fn + " out_ptr")) {
      return AbiCodes.PARAM_BUFFER_TOO_SMALL;
    }
    mem.write(outPtr, bytes);
    mem.writeI32(lenPtr, bytes.length);
    return AbiCodes.OK;
  }

  private String name(Instance inst, long ptr, long len) {
    Memory mem = memory(inst);
    int p = (int) ptr;
    int n = (int) len;
    if (n < 0 || n > 4096) {
      throw new HostTrapException(
          "field or parameter name length "
              + Integer.toUnsignedLong(n)
              + " is out of range (0..4096)");
    }
    checkRange(mem, p, n, "name pointer");
    for (int s = 0; s < NAME_SLOTS; s++) {
      byte[] known = nameBytes[s];
      if (known != null
          && namePtr[s] == p
          && known.length == n
          && sameBytes(mem, p, known, nameWords[s])) {
        return nameText[s];
      }
    }
    byte[] bytes = mem.readBytes(p, n);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int s = nextNameSlot;
    nextNameSlot = (s + 1) % NAME_SLOTS;
    namePtr[s] = p;
    nameBytes[s] = bytes;
    nameText[s] = text;
    nameWords[s] = words(bytes);
    return text;
  }

  /**
   * Whether guest memory at {@code p} holds {@code known}: a name of 8 bytes or more is compared as
   * its whole longs and the (overlapping) last long, a shorter one as two ints or its bytes, so a
   * name costs two or three memory reads. The range was checked by the caller.
   */
  private static boolean sameBytes(Memory mem, int p, byte[] known, long[] words) {
    int n = known.length;
    if (n >= 8) {
      int w = 0;
      for (int i = 0; i + 8 <= n; i += 8) {
        if (mem.readLong(p + i) != words[w++]) {
          return false;
        }
      }
      return n % 8 == 0 || mem.readLong(p + n - 8) == words[w];
    }
    if (n >= 4) {
      return mem.readInt(p) == (int) words[0] && mem.readInt(p + n - 4) == (int) words[1];
    }
    for (int i = 0; i < n; i++) {
      if (mem.read(p + i) != known[i]) {
        return false;
      }
    }
    return true;
  }

  /** The words {@link #sameBytes} compares a name with, little-endian as wasm memory is. */
  private static long[] words(byte[] b) {
    int n = b.length;
    if (n >= 8) {
      long[] w = new long[n / 8 + 1];
      int k = 0;
      for (int i = 0; i + 8 <= n; i += 8) {
        w[k++] = littleEndian(b, i, 8);
      }
      w[k] = littleEndian(b, n - 8, 8);
      return w;
    }
    if (n >= 4) {
      return new long[] {littleEndian(b, 0, 4), littleEndian(b, n - 4, 4)};
    }
    return new long[0];
  }

  private static long littleEndian(byte[] b, int at, int width) {
    long v = 0;
    for (int k = width - 1; k >= 0; k--) {
      v = (v << 8) | (b[at + k] & 0xFF);
    }
    return v;
  }

  private String logText(Instance inst, long ptr, long len) {
    Memory mem = memory(inst);
    int p = (int) ptr;
    int n = (int) len;
    checkRange(mem, p, n, "log message pointer");
    int keep = Math.min(n, state.limits.maxLogLineBytes());
    String text = new String(mem.readBytes(p, keep), StandardCharsets.UTF_8);
    return keep < n ? text + "... (" + n + " bytes, truncated)" : text;
  }

  private static Memory memory(Instance inst) {
    Memory mem = inst.memory();
    if (mem == null) {
      throw new HostTrapException("the module has no memory for the host to read or write");
    }
    return mem;
  }

  private static boolean inRange(Memory mem, int ptr, int len) {
    long start = Integer.toUnsignedLong(ptr);
    long length = Integer.toUnsignedLong(len);
    return start + length <= mem.pages() * PAGE;
  }

  private static boolean checkRange(Memory mem, int ptr, int len, String what) {
    if (!inRange(mem, ptr, len)) {
      throw new HostTrapException(
          what
              + " "
              + Integer.toUnsignedLong(ptr)
              + "+"
              + Integer.toUnsignedLong(len)
              + " lies outside the module's memory ("
              + mem.pages() * PAGE
              + " bytes)");
    }
    return true;
  }
}
