package io.quidditch.udf.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slowloris: more clients than the server has threads, each sending its request body a byte every
 * two seconds, must not keep the server from answering others.
 */
class SlowClientsIT {
  private static final int CLIENTS = 400;

  @TempDir Path home;

  @Test
  void clientsDrippingTheirBodiesDoNotStarveHealth() throws Exception {
    UdfServer server =
        new UdfServer(
            new ServerConfig("127.0.0.1", 0, null, home, 10 << 20),
            UdfRuntime.builder().build(),
            ModulePolicy.none());
    int port = server.start();
    List<Socket> sockets = new ArrayList<>();
    // one thread paces the attack: a byte on every connection every two seconds
    ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
    try {
      for (int i = 0; i < CLIENTS; i++) {
        Socket s = new Socket("127.0.0.1", port);
        sockets.add(s);
        OutputStream out = s.getOutputStream();
        out.write(
            ("POST /api/v1/query HTTP/1.1\r\nHost: 127.0.0.1:"
                    + port
                    + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      drip.scheduleAtFixedRate(
          () -> {
            for (Socket s : sockets) {
              try {
                s.getOutputStream().write(' ');
                s.getOutputStream().flush();
              } catch (Exception e) {
                // the server closed the connection: what it should do
              }
            }
          },
          2,
          2,
          TimeUnit.SECONDS);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
    } finally {
      drip.shutdownNow();
      sockets.forEach(
          s -> {
            try {
              s.close();
            } catch (Exception e) {
              // closing anyway
            }
          });
      server.stop(Duration.ofSeconds(1));
    }
  }
}
