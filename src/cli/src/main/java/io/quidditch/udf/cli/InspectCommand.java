package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.ModuleInfo;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.harness.UdfSource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf inspect}: imports, exports, entry signature, sizes, digest and manifest. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "Show a UDF's imports, exports, entry signature, size, digest and manifest.")
public final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;
  @Mixin EngineOptions engine;

  @Parameters(
      index = "0",
      paramLabel = "NAME[@VERSION]|FILE",
      description = "A registered UDF or a module file.")
  String target;

  @Mixin FormatOptions output;

  @Override
  public Integer call() {
    UdfSource source = Commands.loader(registry).resolve(target, null, null);
    java.util.List<String> signers =
        io.quidditch.udf.core.signing.ModuleVerifier.signerKeyIds(source.wasm());
    UdfRuntime runtime = engine.runtime(registry);
    ModuleInfo info = runtime.inspect(source.wasm());
    LoadedUdf udf = runtime.load(source.wasm(), source.manifest());
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("udf", source.origin());
      n.put("entry", source.manifest().functionName());
      n.put("entry_signature", udf.entrySignature());
      n.put("returns", udf.returns().yamlName());
      n.set("module", Views.module(info));
      Views.fields(n, info, source.manifest());
      com.fasterxml.jackson.databind.node.ArrayNode sig = n.putArray("signed_by");
      signers.forEach(sig::add);
      n.set("manifest", ManifestCodec.toTree(source.manifest()));
      out.println(Json.pretty(n));
      return ExitCode.OK;
    }
    out.println("udf:     " + source.origin());
    out.println(
        "entry:   "
            + source.manifest().functionName()
            + " "
            + udf.entrySignature()
            + " -> "
            + udf.returns().yamlName());
    Views.printModule(out, info);
    Views.printFields(out, spec.commandLine().getErr(), "inspect", info, source.manifest());
    out.println(
        "signed:  " + (signers.isEmpty() ? "no" : "by key(s) " + String.join(", ", signers)));
    out.println("manifest:");
    for (String line : ManifestCodec.toYaml(source.manifest()).split("\n")) {
      out.println("  " + line);
    }
    return ExitCode.OK;
  }
}
