package io.quidditch.udf.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Notices HTTP clients that hang up while their request is still being worked on (a long query), so
 * the work can stop. Jetty reads nothing from a connection while its request is handled, so it
 * cannot see the client's end close; this reads it instead, a few times a second, while the work
 * runs. The request's body has been read by then, so a byte that arrives is a pipelined next
 * request: the watch stops and the response closes the connection, which HTTP/1.1 lets a server do
 * and obliges a pipelining client to retry.
 */
final class Hangups implements AutoCloseable {
  private static final long EVERY_MS = 200;

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "quidudf-hangups");
            t.setDaemon(true);
            return t;
          });

  /** One request being watched; closing it stops the watch before the response is written. */
  final class Watch implements AutoCloseable {
    private final EndPoint endPoint;
    private final Runnable onHangup;
    private final ByteBuffer one = BufferUtil.allocate(1);
    private ScheduledFuture<?> task;
    private boolean stopped;
    private boolean pipelined;

    private Watch(EndPoint endPoint, Runnable onHangup) {
      this.endPoint = endPoint;
      this.onHangup = onHangup;
    }

    private synchronized void probe() {
      if (stopped) {
        return;
      }
      int read;
      try {
        read = endPoint.fill(one);
      } catch (IOException e) {
        read = -1; // reset by the peer
      }
      if (read == 0) {
        return;
      }
      stopped = true;
      task.cancel(false);
      if (read < 0) {
        onHangup.run();
      } else {
        pipelined = true;
      }
    }

    /** Whether the response must close the connection (the watch read a byte of the next one). */
    synchronized boolean mustClose() {
      return pipelined;
    }

    @Override
    public synchronized void close() {
      stopped = true;
      if (task != null) {
        task.cancel(false);
      }
    }
  }

  /**
   * Starts watching the connection of {@code ctx}'s request; {@code onHangup} runs (once, on the
   * watch's thread) if the client closes it first.
   */
  Watch watch(Context ctx, Runnable onHangup) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    EndPoint endPoint =
        request == null ? null : request.getConnectionMetaData().getConnection().getEndPoint();
    Watch w = new Watch(endPoint, onHangup);
    synchronized (w) {
      if (endPoint == null) {
        w.stopped = true;
      } else {
        w.task = timer.scheduleWithFixedDelay(w::probe, EVERY_MS, EVERY_MS, TimeUnit.MILLISECONDS);
      }
    }
    return w;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
