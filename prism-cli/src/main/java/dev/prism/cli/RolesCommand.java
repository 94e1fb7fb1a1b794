package dev.prism.cli;

import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.role.Role.Expectation;
import dev.prism.core.role.Role.LevelProfile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "roles", description = "List roles, or print one role's expectations by level.")
final class RolesCommand extends PrismCli.Sub implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "ID", description = "A role id, such as backend-engineer.")
  String id;

  @Override
  public Integer call() {
    if (id == null) {
      for (Role r : cli.prism.roles().all()) {
        cli.out.printf("%-20s %s%n", r.id(), r.name());
      }
      cli.out.flush();
      return ExitCode.OK;
    }
    Role r = cli.prism.role(id);
    TextReport t = new TextReport(cli.out, cli.tty);
    cli.out.println(r.name() + " (" + r.id() + ")");
    t.wrap(r.summary(), "", "");
    for (Level l : Level.values()) {
      LevelProfile p = r.level(l);
      cli.out.println();
      cli.out.println(p.name() + "  (" + p.minYears() + (l == Level.STAFF ? "+" : "–" + p.maxYears()) + " years, up to "
          + p.maxPages() + (p.maxPages() == 1 ? " page)" : " pages)"));
      t.wrap(p.scope(), "  scope          ", "                 ");
      t.wrap(p.ownership(), "  ownership      ", "                 ");
      t.wrap(p.collaboration(), "  collaboration  ", "                 ");
      t.wrap(p.metric(), "  judged by      ", "                 ");
      for (Expectation e : p.expects()) {
        t.wrap(e.text(), "  expects        ", "                 ");
      }
    }
    cli.out.flush();
    return ExitCode.OK;
  }
}
