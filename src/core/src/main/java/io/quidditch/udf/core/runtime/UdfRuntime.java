package io.quidditch.udf.core.runtime;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.TableLimits;
import io.quidditch.udf.core.Engine;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.HostDialect;
import io.quidditch.udf.core.InvalidModuleException;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ModuleInfo;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.abi.AbiFunction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The core runtime: validates modules, links them to the host ABI, compiles them once and hands out
 * {@link LoadedUdf}s. The single place that embedding code (a CLI, a server, a distributed engine)
 * needs; thread-safe.
 */
public final class UdfRuntime {
  private final Engine engine;
  private final Limits limits;

  /**
   * Parsed modules and their compiled machines by digest: a machine belongs to one module object.
   */
  private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

  private final DiskCompileCache cache;
  private final ExecutionSlots gate;
  private final boolean timed;
  private final InstanceBudget budget;

  /**
   * Linear memory as one flat byte array ({@link FlatMemory}); {@code -Dquidudf.memory=paged}
   * switches to Chicory's paged byte-array memory and {@code bytebuffer} to its ByteBuffer memory,
   * for comparison (src/bench/compare.sh measures them side by side). Shared memories, and memories
   * that may grow past what one array holds, always get Chicory's paged memory.
   */
  private static final Function<MemoryLimits, com.dylibso.chicory.runtime.Memory> MEMORY_FACTORY =
      memoryFactory(System.getProperty("quidudf.memory", "flat"));

  static Function<MemoryLimits, com.dylibso.chicory.runtime.Memory> memoryFactory(String kind) {
    switch (kind) {
      case "bytebuffer":
        return com.dylibso.chicory.runtime.ByteBufferMemory::new;
      case "paged":
        return ByteArrayMemory::new;
      default:
        return limits ->
            FlatMemory.fits(limits) ? new FlatMemory(limits) : new ByteArrayMemory(limits);
    }
  }

  private UdfRuntime(Builder b) {
    this.engine = b.engine;
    this.limits = b.limits;
    this.cache = b.cacheDir == null ? null : new DiskCompileCache(b.cacheDir);
    this.gate = new ExecutionSlots(b.limits.maxConcurrent(), b.limits.queueTimeout());
    this.timed = b.timed;
    this.budget = new InstanceBudget(b.instanceBudget);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Engine engine() {
    return engine;
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Runs {@code work} once one of the runtime's execution slots is free ({@link
   * Limits#maxConcurrent()}; a waiter gives up after {@link Limits#queueTimeout()} with a timeout
   * error). The one concurrency bound of a server: a request holds a slot while it evaluates.
   */
  public <T> T withSlot(Supplier<T> work) {
    gate.enter();
    try {
      return work.get();
    } finally {
      gate.leave();
    }
  }

  /** Parses and validates a module and describes it, without linking or running it. */
  public ModuleInfo inspect(byte[] wasm) {
    WasmModule module = ModuleLoader.parse(wasm);
    return analysed(() -> ModuleLoader.describe(module, wasm));
  }

  /**
   * Runs a piece of module analysis; an index the parser let through but that points nowhere
   * surfaces here as an exception from Chicory's tables, and means the module is invalid.
   */
  private static <T> T analysed(Supplier<T> step) {
    try {
      return step.get();
    } catch (QuidudfException e) {
      throw e;
    } catch (RuntimeException | AssertionError e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InvalidModuleException(
          "module is not valid WebAssembly: "
              + ModuleLoader.oneLine(m)
              + "; rebuild it with a wasm32 toolchain");
    }
  }

  /**
   * Loads a UDF: validates the module, checks the entry function and every import against the ABI
   * and the manifest's permissions, compiles it (in compiled mode) and makes one instance.
   */
  public LoadedUdf load(byte[] wasm, Manifest manifest) {
    return load(wasm, manifest, limits);
  }

  /** As {@link #load(byte[], Manifest)}, with other base limits (a test spec's timeout, say). */
  public LoadedUdf load(byte[] wasm, Manifest manifest, Limits base) {
    String digest = io.quidditch.udf.core.Digests.sha256(wasm);
    Compiled cached = compiled.get(digest);
    WasmModule module = cached != null ? cached.module : ModuleLoader.parse(wasm);
    ModuleInfo info =
        cached != null ? cached.info : analysed(() -> ModuleLoader.describe(module, wasm));
    EntryPoint entry = analysed(() -> EntryPoint.resolve(module, manifest));
    List<AbiFunction> chosen =
        analysed(() -> HostImports.check(module, manifest.permissions(), info.exportsMemory()));
    Limits effective = base.tightenedBy(manifest.limits());
    MemoryLimits memoryLimits = memoryLimits(info, effective);
    Function<Instance, Machine> machine =
        engine == Engine.COMPILED ? machineFactory(module, info) : null;
    long tableEntries = tableEntries(module);
    long cost =
        InstanceBudget.INSTANCE_OVERHEAD_BYTES
            + (memoryLimits == null ? 0 : (long) memoryLimits.maximumPages() * 65536)
            + tableEntries * InstanceBudget.TABLE_ENTRY_BYTES;
    Supplier<GuestInstance> factory =
        () -> {
          InstanceBudget.Charge charge = budget.charge(cost);
          GuestInstance g;
          try {
            g =
                instantiate(
                    module, chosen, entry, effective, memoryLimits, machine, manifest.abi());
          } catch (RuntimeException | Error e) {
            charge.giveBack();
            throw e;
          }
          g.charged(charge);
          return g;
        };
    GuestInstance first;
    try {
      // the first instance is part of loading; the budget bounds the ones concurrency adds
      first = instantiate(module, chosen, entry, effective, memoryLimits, machine, manifest.abi());
    } catch (QuidudfException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InvalidModuleException(
          "module cannot be instantiated: "
              + ModuleLoader.oneLine(m)
              + "; check its data, tables and start function");
    }
    LoadedUdf loaded = new LoadedUdf(manifest, info, entry, effective, factory, first, timed);
    budget.watch(loaded);
    return loaded;
  }

  /** The most table entries one instance may hold (a function table is usually tens). */
  public static final long MAX_TABLE_ENTRIES = 100_000;

  /**
   * The table entries one instance may come to hold, refused past {@link #MAX_TABLE_ENTRIES} before
   * an instance allocates them (a 63-byte module can declare ten million). A module without {@code
   * table.grow} keeps its tables' first sizes; one with it may grow each to its declared maximum,
   * so it must declare one, in bounds, and is charged that.
   */
  private static long tableEntries(WasmModule module) {
    var tables = module.tableSection();
    if (tables.tableCount() == 0) {
      return 0;
    }
    boolean grows = growsTables(module);
    long total = 0;
    for (int i = 0; i < tables.tableCount(); i++) {
      var limits = tables.getTable(i).limits();
      if (grows && limits.max() >= TableLimits.LIMIT_MAX) {
        throw new QuidudfException(
            ErrorKind.MEMORY,
            "module grows a table (table.grow) that declares no maximum (table "
                + i
                + "); declare one of at most "
                + MAX_TABLE_ENTRIES
                + " entries, as in (table "
                + limits.min()
                + " "
                + Math.max(limits.min(), 1024)
                + " funcref)");
      }
      total += grows ? limits.max() : limits.min();
    }
    if (total > MAX_TABLE_ENTRIES) {
      throw new QuidudfException(
          ErrorKind.MEMORY,
          "module's tables "
              + (grows ? "may grow to " : "start with ")
              + total
              + " entries, over the limit of "
              + MAX_TABLE_ENTRIES
              + "; declare smaller tables");
    }
    return total;
  }

  /** Whether any function of the module has a {@code table.grow} instruction. */
  private static boolean growsTables(WasmModule module) {
    var code = module.codeSection();
    for (int f = 0; f < code.functionBodyCount(); f++) {
      for (var instruction : code.getFunctionBody(f).instructions()) {
        if (instruction.opcode() == OpCode.TABLE_GROW) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The bytes live instances of this runtime are charged now (see {@link
   * Builder#withInstanceBudget}).
   */
  public long instanceBytes() {
    return budget.used();
  }

  /**
   * Forgets a module's parsed and compiled form (after it was removed from a registry), so its
   * classes can be collected once no instance is left.
   */
  public void evict(String sha256) {
    compiled.remove(sha256);
  }

  private static MemoryLimits memoryLimits(ModuleInfo info, Limits limits) {
    if (info.memoryInitialPages() == null) {
      return null;
    }
    int initial = info.memoryInitialPages();
    if (initial > limits.memoryPages()) {
      throw new QuidudfException(
          ErrorKind.MEMORY,
          "module needs "
              + initial
              + " memory pages at start but the limit is "
              + limits.memoryPages()
              + " ("
              + limits.memoryPages() / 16
              + " MiB); shrink its initial memory or raise the limit");
    }
    int max =
        info.memoryMaxPages() == null
            ? limits.memoryPages()
            : Math.min(info.memoryMaxPages(), limits.memoryPages());
    return new MemoryLimits(initial, max);
  }

  private Function<Instance, Machine> machineFactory(WasmModule module, ModuleInfo info) {
    return compiled.computeIfAbsent(
            info.sha256(),
            k -> {
              try {
                return new Compiled(module, info, compile(module));
              } catch (RuntimeException e) {
                throw new InvalidModuleException(
                    "module could not be compiled: "
                        + ModuleLoader.oneLine(String.valueOf(e.getMessage()))
                        + "; the interpreter engine can still run it");
              }
            })
        .factory;
  }

  @SuppressWarnings("removal") // engines that embed us still run a security manager
  private Function<Instance, Machine> compile(WasmModule module) {
    // the compiler defines classes in a class loader of its own
    return java.security.AccessController.doPrivileged(
        (java.security.PrivilegedAction<Function<Instance, Machine>>) () -> compileNow(module));
  }

  private Function<Instance, Machine> compileNow(WasmModule module) {
    if (cache != null) {
      try {
        return compiler(module).withCache(cache).compile();
      } catch (RuntimeException | LinkageError e) {
        // a stale or corrupt entry: forget it and compile afresh
        cache.invalidate(module.digest());
      }
    }
    return compiler(module).compile();
  }

  private static MachineFactoryCompiler.Builder compiler(WasmModule module) {
    return MachineFactoryCompiler.builder(module)
        .withInterpreterFallback(InterpreterFallback.SILENT);
  }

  private static final class Compiled {
    final WasmModule module;
    final ModuleInfo info;
    final Function<Instance, Machine> factory;

    Compiled(WasmModule module, ModuleInfo info, Function<Instance, Machine> factory) {
      this.module = module;
      this.info = info;
      this.factory = factory;
    }
  }

  private static GuestInstance instantiate(
      WasmModule module,
      List<AbiFunction> chosen,
      EntryPoint entry,
      Limits limits,
      MemoryLimits memoryLimits,
      Function<Instance, Machine> machine,
      HostDialect dialect) {
    CallState state = new CallState(limits);
    ImportValues imports = HostImports.link(module, chosen, state, dialect);
    Instance.Builder b =
        Instance.builder(module)
            .withImportValues(imports)
            .withStart(false)
            .withMemoryFactory(MEMORY_FACTORY);
    if (memoryLimits != null) {
      b.withMemoryLimits(memoryLimits);
    }
    if (machine != null) {
      b.withMachineFactory(machine);
    }
    return new GuestInstance(b.build(), entry, state);
  }

  /** Configures a runtime. */
  public static final class Builder {
    private Engine engine = Engine.COMPILED;
    private Limits limits = Limits.defaults();
    private java.nio.file.Path cacheDir;
    private long instanceBudget;
    private boolean timed = true;

    /**
     * Whether calls are stopped at their time limit by quidudf's watchdog thread (the default). A
     * host that bounds the time of its own requests may switch it off.
     */
    public Builder withTimeLimits(boolean value) {
      this.timed = value;
      return this;
    }

    /**
     * The bytes the instances concurrency adds may hold together (each is charged the most its
     * memory may grow to, and its tables); a new instance past it fails with kind busy, after idle
     * pooled ones were dropped. 0, the default, for no budget. Only for hosts that hand every
     * {@link LoadedUdf#evaluator()} back ({@link Evaluator#release()}): an instance that is not
     * handed back holds its charge until it is collected.
     */
    public Builder withInstanceBudget(long bytes) {
      this.instanceBudget = bytes;
      return this;
    }

    /** Keeps compiled modules in this directory across processes (compiled engine only). */
    public Builder withCompileCache(java.nio.file.Path dir) {
      this.cacheDir = dir;
      return this;
    }

    public Builder withEngine(Engine value) {
      this.engine = value;
      return this;
    }

    public Builder withLimits(Limits value) {
      this.limits = value;
      return this;
    }

    public UdfRuntime build() {
      return new UdfRuntime(this);
    }
  }
}
