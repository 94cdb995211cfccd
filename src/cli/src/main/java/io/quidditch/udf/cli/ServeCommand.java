package io.quidditch.udf.cli;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.server.ServerConfig;
import io.quidditch.udf.server.UdfServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quidudf serve}: the UDF HTTP API and a query endpoint, until SIGTERM. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the UDF API (/api/v1/udfs...), document collections and /api/v1/query over HTTP.",
      "Binds 127.0.0.1 unless told otherwise; prints the bound URL; SIGTERM drains in-flight requests.",
      "",
      "  quidudf serve --port 0 --docs products.ndjson"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;
  @Mixin EngineOptions engine;
  @Mixin PolicyOptions policy;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default 127.0.0.1).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port; 0 picks a free one (default 8080).")
  int port;

  @Option(
      names = "--token",
      description = "Require 'Authorization: Bearer TOKEN' on calls that change anything.")
  String token;

  @Option(
      names = "--docs",
      paramLabel = "FILE.ndjson",
      arity = "1..*",
      description = "Preload documents; the index is named after the file.")
  List<Path> docs = new ArrayList<>();

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      defaultValue = "10485760",
      description = "Largest request body and module (default 10 MiB).")
  long maxBody;

  @Option(
      names = "--max-concurrent",
      paramLabel = "N",
      description = "UDF executions at once (default 4 per core).")
  Integer maxConcurrent;

  @Option(
      names = "--drain",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "On SIGTERM, wait this long for in-flight requests (default 10).")
  int drainSeconds;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new BadInputException("--port must be between 0 and 65535");
    }
    int concurrent =
        maxConcurrent != null ? maxConcurrent : 4 * Runtime.getRuntime().availableProcessors();
    if (token != null && token.isBlank()) {
      throw new BadInputException(
          "--token is empty; give a secret (say, openssl rand -hex 16) or leave the option out");
    }
    ServerConfig config = new ServerConfig(host, port, token, registry.home(), maxBody);
    if (!config.loopback() && token == null) {
      throw new BadInputException(
          "binding "
              + host
              + " exposes the server beyond this machine; pass --token, or bind 127.0.0.1");
    }
    UdfServer server =
        new UdfServer(
            config,
            engine.serverRuntime(registry, concurrent),
            policy.policy(),
            Commands.compilers());
    server.preload(docs, ServeCommand::indexName);
    int bound;
    try {
      bound = server.start();
    } catch (RuntimeException e) {
      throw new BadInputException(
          "cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + rootMessage(e)
              + "); pick another --port");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "quidudf serving on http://"
            + (host.contains(":") ? "[" + host + "]" : host)
            + ":"
            + bound);
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop(Duration.ofSeconds(drainSeconds));
                  stopped.countDown();
                  // a drained stop is a clean one: exit 0, not the signal's 143 (this is the
                  // only shutdown hook the server has, so halting skips nothing)
                  System.out.flush();
                  Runtime.getRuntime().halt(ExitCode.OK);
                },
                "quidudf-shutdown"));
    stopped.await();
    return ExitCode.OK;
  }

  static String indexName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    n = n.replaceAll("\\.(nd)?json$", "").replaceAll("[^a-z0-9_-]", "-").replaceAll("^[-_]+", "");
    return n.isEmpty() ? "docs" : n.length() > 64 ? n.substring(0, 64) : n;
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) {
      e = e.getCause();
    }
    return String.valueOf(e.getMessage());
  }
}
