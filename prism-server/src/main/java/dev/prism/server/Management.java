package dev.prism.server;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * {@code /metrics} on a port of its own, apart from the public one: what the process is doing
 * (routes, timings, memory) is for the operator's scraper, not for every visitor. Bound to
 * loopback unless configured otherwise; off unless a port is given.
 */
final class Management implements AutoCloseable {
  private final HttpServer server;

  private Management(HttpServer server) {
    this.server = server;
  }

  static Management start(String host, int port, PrometheusMeterRegistry metrics) {
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress(host, port), 16);
      s.createContext("/metrics", exchange -> {
        try (exchange) {
          if (!exchange.getRequestMethod().equals("GET")) {
            exchange.sendResponseHeaders(405, -1);
            return;
          }
          byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
      });
      s.start();
      return new Management(s);
    } catch (IOException e) {
      throw new UncheckedIOException("management port " + port + ": " + e.getMessage(), e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
