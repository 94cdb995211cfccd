package io.quidditch.udf.server;

import java.nio.file.Path;

/**
 * How the server runs.
 *
 * @param token required on mutating calls when not null
 * @param maxBodyBytes the largest request body (and decoded module) accepted
 */
public record ServerConfig(String host, int port, String token, Path home, long maxBodyBytes) {

  /** Loopback, as the server binds unless told otherwise. */
  public boolean loopback() {
    return host.equals("127.0.0.1")
        || host.equals("localhost")
        || host.equals("::1")
        || host.startsWith("127.");
  }
}
