package dev.prism.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.bullet.BulletAnalysis;
import dev.prism.core.report.ReportJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bullet", description = "Judge single bullets: strength, label, reasons and a rewrite. One bullet per argument, or per line of standard input.")
final class BulletCommand extends PrismCli.Sub implements Callable<Integer> {
  private static final int MAX_BULLET = 2000;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "Bullet text; quote each bullet.")
  List<String> texts = new ArrayList<>();

  @Option(names = "--role", defaultValue = "backend-engineer", description = "Role. Default: ${DEFAULT-VALUE}.")
  String role;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() throws IOException {
    requireFormat(format, "text", "json");
    List<String> bullets = new ArrayList<>(texts.isEmpty() ? stdin() : List.of(String.join(" ", texts)));
    if (texts.size() > 1 && texts.stream().allMatch(t -> t.contains(" "))) {
      bullets = new ArrayList<>(texts);
    }
    bullets.removeIf(String::isBlank);
    if (bullets.isEmpty()) {
      throw new UsageException("no bullet given; pass it as an argument or on standard input");
    }
    for (String b : bullets) {
      if (b.length() > MAX_BULLET) {
        throw new UsageException("a bullet is " + b.length() + " characters; the limit is " + MAX_BULLET);
      }
    }
    cli.prism().role(role);
    List<BulletAnalysis> results = bullets.stream().map(b -> cli.prism().bullet(b.strip(), role)).toList();
    if (format.equals("json")) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      ArrayNode arr = root.putArray("bullets");
      int i = 1;
      for (BulletAnalysis a : results) {
        ObjectNode withId = JsonNodeFactory.instance.objectNode().put("id", "b" + i++);
        withId.setAll(ReportJson.bullet(a, 0, a.text().length()));
        arr.add(withId);
      }
      cli.out.println(ReportJson.write(root, false));
    } else {
      TextReport t = new TextReport(cli.out, cli.tty);
      for (BulletAnalysis a : results) {
        printText(t, cli.out, a);
      }
    }
    cli.out.flush();
    return ExitCode.OK;
  }

  private static void printText(TextReport t, PrintWriter out, BulletAnalysis a) {
    out.println(a.label().id() + " " + a.strength() + "/100");
    t.wrap("\"" + a.text() + "\"", "  ", "  ");
    for (String r : a.reasons()) {
      t.wrap(r, "  - ", "    ");
    }
    if (a.suggestion() != null) {
      t.wrap(a.suggestion(), "  try: ", "       ");
    }
    out.println();
  }

  private List<String> stdin() throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(cli.in, StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String l; (l = r.readLine()) != null; ) {
      lines.add(l.replaceFirst("^\\s*(?:[-*•]\\s+)", ""));
    }
    return lines;
  }
}
