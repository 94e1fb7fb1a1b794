import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver of bench/cluster.sh, run as a single source file (java bench/ClusterLoad.java).
 *
 * <pre>
 * load URL SECONDS THREADS RESUME OUT   text checks (80%), saved checks (10%) and comments (10%)
 *                                       through URL until OUT.stop exists (SECONDS at most); one
 *                                       line per request in OUT:
 *                                       epoch_ms kind status_or_error latency_ms id
 * verify OUT URL...                     every report and comment answered with 201 in OUT, read
 *                                       back from every URL; prints the counts, exits 1 on a loss
 * </pre>
 */
public final class ClusterLoad {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  private static final String GUIDE = "/api/v1/articles/backend-engineer-resume/comments";
  private static final Pattern ID = Pattern.compile("^\\{\"id\":(\"[A-Za-z0-9_-]+\"|\\d+)");

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Files.readString(Path.of(args[4])),
          Path.of(args[5]));
      case "verify" -> System.exit(verify(Path.of(args[1]), List.of(args).subList(2, args.length)));
      default -> throw new IllegalArgumentException("load or verify");
    }
  }

  static void load(String base, int seconds, int threads, String resume, Path out) throws Exception {
    String check = "{\"text\":" + json(resume) + ",\"level\":\"senior\"}";
    long end = System.currentTimeMillis() + seconds * 1000L;
    Path stop = Path.of(out + ".stop");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      for (int t = 0; t < threads; t++) {
        pool.submit(() -> {
          while (System.currentTimeMillis() < end && !Files.exists(stop)) {
            int r = ThreadLocalRandom.current().nextInt(10);
            String kind = r < 8 ? "check" : r == 8 ? "save" : "comment";
            HttpRequest.Builder b = switch (kind) {
              case "check" -> post(base + "/api/v1/checks", check);
              case "save" -> post(base + "/api/v1/checks?save=true", check);
              default -> post(base + GUIDE, "{\"body\":\"cluster comment " + System.nanoTime() + "\"}");
            };
            long t0 = System.nanoTime();
            String outcome;
            String id = "-";
            try {
              HttpResponse<String> res = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
              outcome = Integer.toString(res.statusCode());
              if (res.statusCode() == 201) {
                Matcher m = ID.matcher(res.body());
                id = m.find() ? m.group(1).replace("\"", "") : "?";
              } else if (res.statusCode() >= 400) {
                // The problem type says which failure it was: busy, storage-unavailable, timeout...
                Matcher m = Pattern.compile("\"type\":\"/problems/([a-z0-9-]+)\"").matcher(res.body());
                outcome += m.find() ? ":" + m.group(1) : "";
              }
            } catch (IOException e) {
              outcome = "io:" + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
              return;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            synchronized (w) {
              w.println(System.currentTimeMillis() + " " + kind + " " + outcome + " " + ms + " " + id);
            }
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }
  }

  private static HttpRequest.Builder post(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  static int verify(Path out, List<String> nodes) throws Exception {
    List<String> reports = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      String[] f = line.split(" ");
      if (f.length == 5 && f[2].equals("201")) {
        (f[1].equals("save") ? reports : comments).add(f[4]);
      }
    }
    int lost = 0;
    for (String node : nodes) {
      String listed = get(node + GUIDE).body();
      int missingComments = 0;
      for (String c : comments) {
        if (!listed.contains("{\"id\":" + c + ",")) {
          missingComments++;
        }
      }
      int missingReports = 0;
      for (String r : reports) {
        if (get(node + "/api/v1/checks/" + r).statusCode() != 200) {
          missingReports++;
        }
      }
      System.out.println(node + ": saved reports " + (reports.size() - missingReports) + "/" + reports.size() + " readable, comments "
          + (comments.size() - missingComments) + "/" + comments.size() + " listed");
      lost += missingComments + missingReports;
    }
    return lost == 0 ? 0 : 1;
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return b.append('"').toString();
  }
}
