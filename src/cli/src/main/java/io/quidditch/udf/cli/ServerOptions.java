package io.quidditch.udf.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/**
 * {@code --server URL} and {@code --token} (else {@code $QUIDUDF_TOKEN}) of the remote commands.
 */
public final class ServerOptions {
  @Option(
      names = "--server",
      required = true,
      paramLabel = "URL",
      description = "A running 'quidudf serve' (http://HOST:PORT).")
  URI server;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "Token for a call that changes the server (default: $QUIDUDF_TOKEN).")
  String token;

  /** A client of the server these options name. */
  ServerClient client() {
    return new ServerClient(server, ServerClient.token(token, System.getenv()));
  }
}
