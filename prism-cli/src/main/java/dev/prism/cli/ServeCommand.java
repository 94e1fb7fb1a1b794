package dev.prism.cli;

import dev.prism.server.PrismServer;
import dev.prism.server.ServerConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Run the web page and the HTTP API (stop with Ctrl-C).")
final class ServeCommand extends PrismCli.Sub implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on: loopback, so nothing leaves the machine; 0.0.0.0 for a deployment. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--management-port", defaultValue = "-1", paramLabel = "PORT",
      description = "Serve /metrics (Prometheus) on this port, on $PRISM_MANAGEMENT_HOST (127.0.0.1 unless set); -1 serves none. Default: ${DEFAULT-VALUE}.")
  int managementPort;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Database, e.g. jdbc:postgresql://host/prism. Default: $PRISM_DB_URL, else an H2 file under $XDG_DATA_HOME/prism or ~/.local/share/prism.")
  String db;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port: use 0..65535");
    }
    ServerConfig base = ServerConfig.defaults();
    ServerConfig config;
    try {
      // PRISM_DB_URL: the database of a deployment, set where the credentials are (deploy/).
      String url = db != null ? db : System.getenv().getOrDefault("PRISM_DB_URL", base.jdbcUrl());
      config = base.withPort(port).withHost(host).withDatabase(url)
          .withManagementPort(managementPort).withEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    PrismServer server;
    try {
      server = PrismServer.start(config);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    } catch (RuntimeException e) {
      throw new UsageException("cannot start the server: " + rootMessage(e));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "prism-shutdown"));
    cli.out.println("prism: serving on http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.port() + "/");
    cli.out.println("port " + server.port());
    cli.out.flush();
    stopped.await();
    return ExitCode.OK;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
