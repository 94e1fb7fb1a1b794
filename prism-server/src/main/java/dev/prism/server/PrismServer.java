package dev.prism.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.Prism;
import dev.prism.core.UnknownRoleException;
import dev.prism.core.report.ReportJson;
import dev.prism.ingest.Readers;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Prism server node: HTTP API, pages, storage and metrics, wired by hand. Stateless apart from
 * the database, so several nodes can share one PostgreSQL. Logs carry routes, statuses, sizes and
 * timings, never resume or comment text.
 */
public final class PrismServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PrismServer.class);
  /** Room for multipart framing around a file at the reader's limit. */
  static final long MAX_BODY = Readers.MAX_BYTES + 64 * 1024;

  private final ServerConfig config;
  private final Database db;
  private final CheckRunner runner;
  private final SavedReports reports;
  private final PrometheusMeterRegistry metrics;
  private final ScheduledExecutorService janitor;
  private final Javalin app;
  private Management management;
  private final List<String> routes = new ArrayList<>();

  private PrismServer(ServerConfig config, Clock clock) {
    this.config = config;
    this.db = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword());
    try {
      this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      new JvmMemoryMetrics().bindTo(metrics);
      new JvmGcMetrics().bindTo(metrics);
      new JvmThreadMetrics().bindTo(metrics);
      new ClassLoaderMetrics().bindTo(metrics);
      new ProcessorMetrics().bindTo(metrics);
      this.runner = new CheckRunner(config.workers(), config.queue(), config.checkTimeout());
      RateLimiter limiter = new RateLimiter(db, clock);
      Limits limits = new Limits(limiter, config);
      Community community = new Community(db, clock);
      Guides guides = Guides.builtIn();
      Prism prism = Prism.standard();
      this.reports = new SavedReports(db, clock, config.reportRetention());
      Api api = new Api(prism, Readers.standard(), runner, reports, community, guides,
          limits, config, metrics);
      Pages pages = new Pages(guides, community, api, limits);
      Site site = new Site(prism, pages);
      this.app = create(config);
      api.register(app);
      new EditApi(api, prism, runner, config.checkTimeout().multipliedBy(4)).register(app);
      new JobApi(api, prism, runner).register(app);
      pages.register(app);
      site.register(app);
      operations(app);
      routes.addAll(api.routes());
      List.of("/healthz", "/readyz", "/openapi.json").forEach(p -> routes.add("GET " + p));
      this.janitor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "prism-janitor");
        t.setDaemon(true);
        return t;
      });
      // Every node purges; the deletes are idempotent, so nodes need not agree on who does it.
      janitor.scheduleWithFixedDelay(() -> {
        try {
          limiter.purge();
          int expired = reports.purgeExpired();
          if (expired > 0) {
            LOG.info("deleted {} saved reports past their retention", expired);
          }
        } catch (RuntimeException e) {
          LOG.warn("purge failed: {}", e.getClass().getSimpleName());
        }
      }, 1, 1, TimeUnit.MINUTES);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Opens the database, migrates it, and starts listening. */
  public static PrismServer start(ServerConfig config) {
    return start(config, Clock.systemUTC());
  }

  /** As {@link #start(ServerConfig)}, with the clock that dates comments and rate-limit windows. */
  static PrismServer start(ServerConfig config, Clock clock) {
    PrismServer s = new PrismServer(config, clock);
    try {
      s.app.start(config.host(), config.port());
      if (config.managementPort() >= 0) {
        s.management = Management.start(config.managementHost(), config.managementPort(), s.metrics);
      }
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    LOG.info("prism listening on port {} ({})", s.port(), config.jdbcUrl().startsWith("jdbc:h2:") ? "H2" : "PostgreSQL");
    return s;
  }

  /** Deletes expired saved reports now (the janitor does it every few minutes); returns how many. */
  int purgeExpired() {
    return reports.purgeExpired();
  }

  /** The API and operations routes, as "METHOD /path" (pages excluded). */
  List<String> routes() {
    return List.copyOf(routes);
  }

  /** The management port actually bound, or -1 when there is none. */
  public int managementPort() {
    return management == null ? -1 : management.port();
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  private Javalin create(ServerConfig config) {
    return Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = MAX_BODY;
      c.http.generateEtags = false;
      c.jetty.multipartConfig.maxFileSize(Readers.MAX_BYTES, SizeUnit.BYTES);
      c.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY, SizeUnit.BYTES);
      c.jetty.multipartConfig.maxInMemoryFileSize(Readers.MAX_BYTES + 1, SizeUnit.BYTES);
      QueuedThreadPool threads = new QueuedThreadPool(config.httpThreads(), Math.min(8, config.httpThreads()), 60_000);
      threads.setName("prism-http");
      c.jetty.threadPool = threads;
      // Let requests in flight finish when asked to stop; Jetty's own errors as problem documents.
      c.jetty.modifyServer(server -> {
        server.setStopTimeout(10_000);
        server.setErrorHandler(new JettyProblems());
      });
      // Idle keep-alive connections cost no thread, but need not be kept for long either.
      c.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(Math.max(30_000, config.bodyTimeout().toMillis() + 5_000)));
      c.jetty.modifyServletContextHandler(h -> {
        h.setErrorHandler(new JettyProblems());
        h.addFilter(new org.eclipse.jetty.servlet.FilterHolder(new BodyBuffer(MAX_BODY, config.bodyTimeout().toMillis(),
            Math.max(MAX_BODY * 4, Runtime.getRuntime().maxMemory() / 4))), "/*",
            java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ASYNC));
      });
      c.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/public";
        s.location = Location.CLASSPATH;
        s.headers = java.util.Map.of("Cache-Control", "no-cache");
      });
      c.requestLogger.http((ctx, ms) -> {
        try {
          record(ctx, ms);
        } catch (RuntimeException e) {
          // Metrics must never change an answer that is already decided.
          LOG.warn("request metrics failed: {}", e.getClass().getName());
        }
      });
    });
  }

  private void operations(Javalin app) {
    app.before(ctx -> {
      // Probes name the pod by its address; they answer whatever the Host.
      if (!ctx.path().equals("/healthz") && !ctx.path().equals("/readyz") && !config.hostAllowed(ctx.header("Host"))) {
        throw new ApiProblem(421, "misdirected", "Misdirected request",
            "this server does not answer for that host name; see PRISM_ALLOWED_HOSTS", null, 0);
      }
      if (!SAFE_METHODS.contains(ctx.method().name()) && crossSite(ctx)) {
        throw ApiProblem.forbidden("requests that change data must come from this site's own pages");
      }
    });
    app.before(ctx -> {
      String len = ctx.header("Content-Length");
      if (len != null) {
        try {
          if (Long.parseLong(len.trim()) > MAX_BODY) {
            throw ApiProblem.tooLarge("the body is larger than the " + (Readers.MAX_BYTES >> 20) + " MiB limit");
          }
        } catch (NumberFormatException e) {
          throw ApiProblem.badRequest("Content-Length", "Content-Length is not a number");
        }
      }
    });
    // Set before the handler runs: static files are written out before any after-handler sees them.
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
      // What a client sends and gets back may hold a resume: no cache along the way keeps a copy.
      if (!SAFE_METHODS.contains(ctx.method().name()) || ctx.path().startsWith(Api.BASE + "/checks")) {
        ctx.header("Cache-Control", "no-store");
      }
    });
    app.get("/healthz", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
    app.get("/readyz", ctx -> {
      boolean ok = db.ready();
      ctx.status(ok ? 200 : 503).contentType("application/json").result(ok ? "{\"status\":\"ready\"}" : "{\"status\":\"database unavailable\"}");
    });
    String openapi = resource("openapi.json");
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));

    app.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
    app.exception(Database.StorageException.class, (e, ctx) -> {
      LOG.warn("storage unavailable on {} {}: {}", ctx.method(), route(ctx), e.getMessage());
      problem(ctx, new ApiProblem(503, "storage-unavailable", "Storage unavailable",
          "the database does not answer; try again in a moment", null, 5));
    });
    app.exception(UnknownRoleException.class, (e, ctx) -> problem(ctx, ApiProblem.badRequest("role", e.getMessage())));
    app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromJavalin(e)));
    app.exception(Exception.class, (e, ctx) -> {
      // The message may quote input; log the type and where it happened, not the message.
      StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      LOG.error("internal error on {} {}: {} at {}", ctx.method(), route(ctx), e.getClass().getName(), at);
      problem(ctx, new ApiProblem(500, "internal", "Internal error", "something went wrong on our side; the request was not stored", null, 0));
    });
    app.error(404, ctx -> {
      if (ctx.resultInputStream() == null) {
        problem(ctx, ApiProblem.notFound("nothing at " + ctx.path()));
      }
    });
    app.error(405, ctx -> {
      if (ctx.resultInputStream() == null) {
        problem(ctx, new ApiProblem(405, "method-not-allowed", "Method not allowed", ctx.method() + " is not allowed here", null, 0));
      }
    });
  }

  private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

  /**
   * A request a browser sent from another site: Sec-Fetch-Site says so, or, from a browser that
   * sends no Sec-Fetch-Site, its Origin names another host or none ("null"). A plain HTML form on any site can post here (no preflight protects form
   * posts), so a cross-site form could otherwise comment or save checks in a visitor's name.
   * Clients that are not browsers send neither header and are not affected.
   */
  private static boolean crossSite(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      // "none": typed or bookmarked by the person; "same-site" is another origin all the same.
      return !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return false;
    }
    // "null": a sandboxed or opaque origin, or a page whose referrer policy (ours is no-referrer)
    // hides it; without Sec-Fetch-Site there is no telling where it came from.
    String host = ctx.header("Host");
    int scheme = origin.indexOf("://");
    return host == null || scheme < 0 || !origin.substring(scheme + 3).equalsIgnoreCase(host.trim());
  }


  private static ApiProblem fromJavalin(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 413 -> ApiProblem.tooLarge("the body is larger than the " + (Readers.MAX_BYTES >> 20) + " MiB limit");
      case 400 -> ApiProblem.badRequest("body", "the request could not be read");
      case 404 -> ApiProblem.notFound("not found");
      default -> new ApiProblem(e.getStatus(), "http-" + e.getStatus(), "HTTP " + e.getStatus(), "the request could not be handled", null, 0);
    };
  }

  static void problem(Context ctx, ApiProblem p) {
    if (p.status == 404 && wantsPage(ctx)) {
      // A person who followed a broken link gets a page, not JSON.
      ctx.status(404).html(Pages.layout("Not found · Prism", "<h1>Not found</h1><p>" + Html.esc(p.getMessage())
          + ". Try the <a href=\"/\">checker</a> or the <a href=\"/guides\">guides</a>.</p>"));
      return;
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", "/problems/" + p.type);
    o.put("title", p.title);
    o.put("status", p.status);
    o.put("detail", p.getMessage());
    if (p.field != null) {
      o.put("field", p.field);
    }
    o.put("instance", ctx.path());
    if (p.retryAfterSeconds > 0) {
      ctx.header("Retry-After", Long.toString(p.retryAfterSeconds));
    }
    ctx.status(p.status).contentType("application/problem+json").result(ReportJson.write(o, false));
  }

  private static boolean wantsPage(Context ctx) {
    String accept = ctx.header("Accept");
    return !ctx.path().startsWith(Api.BASE) && accept != null && accept.contains("text/html");
  }

  /** The route template for metrics and logs; never the raw path, which could carry ids. */
  private static String route(Context ctx) {
    String route;
    try {
      route = ctx.endpointHandlerPath();
    } catch (IllegalStateException e) {
      // Javalin cannot name the route of a request that ended in a before-handler (e.g. a 413).
      route = null;
    }
    if (route == null || route.isEmpty() || route.equals("*")) {
      return ctx.status().getCode() == 404 ? "unmatched" : "other";
    }
    return route;
  }

  private void record(Context ctx, Float ms) {
    String route = route(ctx);
    int status = ctx.statusCode();
    Timer.builder("http.server.requests").tag("method", ctx.method().name()).tag("route", route)
        .tag("status", Integer.toString(status)).publishPercentileHistogram().register(metrics)
        .record((long) (ms * 1_000_000), TimeUnit.NANOSECONDS);
    if (LOG.isDebugEnabled() || status >= 500) {
      LOG.info("{} {} {} {}ms in={}B", ctx.method(), route, status, Math.round(ms), ctx.contentLength());
    }
  }

  private static String resource(String path) {
    try (InputStream in = PrismServer.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops taking requests, lets those in flight finish, then closes the workers and the pool. */
  @Override
  public void close() {
    if (management != null) {
      management.close();
    }
    try {
      app.stop();
    } catch (RuntimeException e) {
      // Connections that outlived the stop timeout (stalled clients) are cut; the rest still closes.
      LOG.warn("stopping the HTTP server: {}", e.getClass().getSimpleName());
    }
    janitor.shutdownNow();
    runner.close();
    db.close();
    metrics.close();
  }
}
