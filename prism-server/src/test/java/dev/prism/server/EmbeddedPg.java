package dev.prism.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One real PostgreSQL for the whole test run (zonky's binaries from Maven), with a fresh database per
 * caller. PostgreSQL refuses to start as root, and CI runs as root: then the binaries' initdb and
 * pg_ctl are wrapped to run as the unprivileged user 65534 instead.
 */
final class EmbeddedPg {
  private static final Path WORK = Path.of(System.getProperty("java.io.tmpdir"), "prism-embedded-pg");
  private static EmbeddedPostgres pg;

  private EmbeddedPg() {}

  /** A JDBC URL of a new, empty database. */
  static synchronized String newDatabase() throws Exception {
    if (pg == null) {
      pg = start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException ignored) {
          // the process ends anyway
        }
      }));
    }
    String name = "prism_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return pg.getJdbcUrl("postgres", name);
  }

  private static EmbeddedPostgres start() throws Exception {
    Files.createDirectories(WORK);
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      Files.setPosixFilePermissions(WORK, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    try {
      return builder().start();
    } catch (Exception first) {
      if (!root || !wrapForRoot()) {
        throw first;
      }
      return builder().start();
    }
  }

  private static EmbeddedPostgres.Builder builder() {
    return EmbeddedPostgres.builder().setOverrideWorkingDirectory(WORK.toFile())
        .setPGStartupWait(java.time.Duration.ofSeconds(30));
  }

  /** Replaces initdb and pg_ctl of the extracted binaries with scripts that drop root. */
  private static boolean wrapForRoot() throws IOException {
    boolean wrapped = false;
    try (Stream<Path> dirs = Files.list(WORK)) {
      for (Path dir : dirs.filter(p -> p.getFileName().toString().startsWith("PG-")).toList()) {
        for (String tool : new String[] {"initdb", "pg_ctl"}) {
          Path bin = dir.resolve("bin").resolve(tool);
          Path real = dir.resolve("bin").resolve(tool + ".real");
          if (Files.exists(real) || !Files.exists(bin)) {
            continue;
          }
          Files.move(bin, real);
          Files.writeString(bin, """
              #!/bin/sh
              # PostgreSQL will not run as root: hand the data directory to nobody and run as nobody.
              prev=""
              for a in "$@"; do
                if [ "$prev" = "-D" ]; then chown -R 65534:65534 "$a"; fi
                prev="$a"
              done
              exec setpriv --reuid=65534 --regid=65534 --clear-groups "$(dirname "$0")/%s.real" "$@"
              """.formatted(tool));
          Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
          wrapped = true;
        }
      }
    }
    return wrapped;
  }

}
