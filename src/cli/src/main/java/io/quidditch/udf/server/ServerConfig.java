package io.quidditch.udf.server;

import java.nio.file.Path;

/**
 * How the server runs.
 *
 * @param token required on mutating calls when not null
 * @param maxBodyBytes the largest request body (and decoded module) accepted
 */
public record ServerConfig(String host, int port, String token, Path home, long maxBodyBytes) {

  /**
   * Whether the host is loopback, as the server binds unless told otherwise: every address it
   * resolves to is (a name is not trusted for what it looks like: {@code 127.example.com} is
   * anywhere). A name that does not resolve is not.
   */
  public boolean loopback() {
    try {
      java.net.InetAddress[] all = java.net.InetAddress.getAllByName(host);
      return all.length > 0
          && java.util.Arrays.stream(all).allMatch(java.net.InetAddress::isLoopbackAddress);
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
