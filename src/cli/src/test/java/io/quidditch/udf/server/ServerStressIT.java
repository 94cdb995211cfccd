package io.quidditch.udf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Thousands of concurrent requests against one server: a stress run, so it is in the integration
 * phase rather than among the unit tests.
 */
class ServerStressIT extends ServerHarness {
  @Test
  void manyConcurrentClientsEndWithZeroErrorsAndAnIntactRegistry() throws Exception {
    start(null, 10 << 20, 64);
    post("/api/v1/udfs", upload("custom-score", "1.0.0", CUSTOM_SCORE, CS_PARAMS));
    post("/api/v1/udfs", upload("string-distance", "1.0.0", STRING_DISTANCE, SD_PARAMS));
    StringBuilder docs = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      docs.append("{\"title\":\"item ")
          .append(i)
          .append("\",\"base_score\":")
          .append(i / 200.0)
          .append("}\n");
    }
    post("/api/v1/indexes/items/documents", docs.toString());
    int clients = 16;
    int requests = 200;
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger registered = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < requests; i++) {
                  Resp r;
                  int kind = i % 10;
                  if (kind == 0) {
                    r =
                        post(
                            "/api/v1/udfs",
                            upload(
                                "custom-score", "2." + client + "." + i, CUSTOM_SCORE, CS_PARAMS));
                    if (r.status() == 201) {
                      registered.incrementAndGet();
                    }
                  } else if (kind < 6) {
                    r =
                        post(
                            "/api/v1/udfs/custom-score/test",
                            "{\"version\":\"1.0.0\",\"document\":{\"base_score\":0.7}}");
                  } else {
                    r =
                        post(
                            "/api/v1/query",
                            "{\"index\":\"items\",\"query\":{\"wasm_udf\":{\"name\":\"custom-score\",\"version\":\"1.0.0\"}},\"size\":5}");
                  }
                  if (r.status() >= 300) {
                    failures.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    assertThat(failures.get()).isZero();
    assertThat(registered.get()).isEqualTo(clients * requests / 10);
    assertThat(get("/api/v1/udfs/custom-score/versions").body().path("versions").size())
        .isEqualTo(1 + clients * requests / 10);
    assertThat(
            get("/api/v1/udfs/custom-score/stats?version=1.0.0").body().path("error_count").asInt())
        .isZero();
  }
}
