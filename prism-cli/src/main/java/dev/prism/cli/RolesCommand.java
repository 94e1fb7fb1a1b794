package dev.prism.cli;

import dev.prism.core.report.ReportJson;
import dev.prism.core.report.RoleJson;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.role.Role.Expectation;
import dev.prism.core.role.Role.LevelProfile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "roles", description = "List roles, or print one role's expectations matrix: scope, ownership, collaboration, metric and mistakes by level.")
final class RolesCommand extends PrismCli.Sub implements Callable<Integer> {
  private static final String LABEL = "  %-15s";
  private static final String INDENT = " ".repeat(17);

  @Parameters(arity = "0..1", paramLabel = "ID", description = "A role id, such as backend-engineer.")
  String id;

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() {
    requireFormat(format, "text", "json");
    if (id == null) {
      list();
    } else if (format.equals("json")) {
      cli.out.println(ReportJson.write(RoleJson.matrix(cli.prism().role(id)), true));
    } else {
      matrix(cli.prism().role(id));
    }
    cli.out.flush();
    return ExitCode.OK;
  }

  private void list() {
    if (format.equals("json")) {
      var roles = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      var a = roles.putArray("roles");
      cli.prism().roles().all().forEach(r -> a.add(RoleJson.summary(r)));
      cli.out.println(ReportJson.write(roles, true));
      return;
    }
    for (Role r : cli.prism().roles().all()) {
      cli.out.printf("%-20s %s%n", r.id(), r.name());
    }
  }

  private void matrix(Role r) {
    TextReport t = new TextReport(cli.out, cli.tty);
    cli.out.println(r.name() + " (" + r.id() + ")");
    t.wrap(r.summary(), "", "");
    for (Level l : Level.values()) {
      LevelProfile p = r.level(l);
      cli.out.println();
      cli.out.println(p.name() + "  (" + p.minYears() + (l == Level.STAFF ? "+" : "–" + p.maxYears()) + " years, up to "
          + p.maxPages() + (p.maxPages() == 1 ? " page)" : " pages)"));
      row(t, "scope", p.scope());
      row(t, "ownership", p.ownership());
      row(t, "collaboration", p.collaboration());
      row(t, "judged by", p.metric());
      for (Expectation e : p.expects()) {
        row(t, "expects", e.text());
      }
      for (String m : p.mistakes()) {
        row(t, "avoid", m);
      }
    }
  }

  private static void row(TextReport t, String label, String text) {
    t.wrap(text, String.format(LABEL, label), INDENT);
  }
}
