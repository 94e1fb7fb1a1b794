package dev.prism.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and schema. H2 and PostgreSQL run the same migrations
 * ({@code db/migration}), written in the SQL both understand, so a test on H2 says something about
 * production.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final boolean postgres;
  private final Path h2File;

  private Database(HikariDataSource pool, boolean postgres, Path h2File) {
    this.pool = pool;
    this.postgres = postgres;
    this.h2File = h2File;
  }

  /** Opens the pool and brings the schema up to date. */
  public static Database open(String jdbcUrl, String user, String password) {
    if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--db: use a jdbc:postgresql:// or jdbc:h2: URL");
    }
    Path h2File = h2File(jdbcUrl);
    if (h2File != null) {
      ownerOnlyDirectory(h2File.getParent());
    }
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(jdbcUrl);
    if (user != null) {
      hc.setUsername(user);
    }
    if (password != null) {
      hc.setPassword(password);
    }
    hc.setPoolName("prism");
    hc.setMaximumPoolSize(10);
    hc.setMinimumIdle(2);
    // During a database outage a request waits this long for a connection, then gets a 503: short,
    // so clients are answered quickly and request threads do not pile up.
    hc.setConnectionTimeout(1_500);
    hc.setValidationTimeout(1_000);
    HikariDataSource ds = new HikariDataSource(hc);
    try {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    Database db = new Database(ds, jdbcUrl.startsWith("jdbc:postgresql:"), h2File);
    db.ownerOnlyFiles();
    return db;
  }

  /** The file path of an embedded H2 database ("jdbc:h2:file:/x/prism;..." gives /x/prism), else null. */
  static Path h2File(String jdbcUrl) {
    String prefix = "jdbc:h2:file:";
    if (!jdbcUrl.startsWith(prefix)) {
      return null;
    }
    String rest = jdbcUrl.substring(prefix.length());
    int semi = rest.indexOf(';');
    return Path.of(semi < 0 ? rest : rest.substring(0, semi)).toAbsolutePath();
  }

  /**
   * The data directory is the owner's alone (0700): saved reports hold resumes. H2 creates its
   * files with the process umask, typically world-readable; inside a 0700 directory no one else
   * can reach them, and they are set to 0600 as well.
   */
  private static void ownerOnlyDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
      // The file system's views, not the file store's: finding the store reads /proc/mounts,
      // which a minimal container may lack.
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the data directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private void ownerOnlyFiles() {
    if (h2File == null) {
      return;
    }
    String base = h2File.getFileName().toString();
    try (Stream<Path> files = Files.list(h2File.getParent())) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith(base)).toList()) {
        if (f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot protect the database files in " + h2File.getParent() + ": " + e.getMessage(), e);
    }
  }

  /** True for PostgreSQL, false for H2: for the few statements the two spell differently. */
  boolean postgres() {
    return postgres;
  }

  public DataSource dataSource() {
    return pool;
  }

  /** True when a trivial query answers; for {@code /readyz}. */
  public boolean ready() {
    try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement("SELECT 1");
        ResultSet rs = st.executeQuery()) {
      return rs.next();
    } catch (SQLException e) {
      return false;
    }
  }

  /** Runs one statement with parameters; returns the update count. */
  int update(String sql, Object... args) {
    try (Connection c = pool.getConnection(); PreparedStatement st = prepare(c, sql, args)) {
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new StorageException(e);
    }
  }

  /** Runs one INSERT and returns the generated {@code id}. */
  long insert(String sql, Object... args) {
    try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < args.length; i++) {
        st.setObject(i + 1, args[i]);
      }
      st.executeUpdate();
      try (ResultSet keys = st.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no generated id", "02000");
        }
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new StorageException(e);
    }
  }

  /** Runs one query and maps each row. */
  <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    try (Connection c = pool.getConnection(); PreparedStatement st = prepare(c, sql, args); ResultSet rs = st.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StorageException(e);
    }
  }

  /** A connection for statements that must share one (callers close it). */
  Connection connection() throws SQLException {
    return pool.getConnection();
  }

  static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      st.setObject(i + 1, args[i]);
    }
    return st;
  }

  @Override
  public void close() {
    pool.close();
    try {
      ownerOnlyFiles();
    } catch (UncheckedIOException e) {
      // closing anyway; the directory is the owner's alone
    }
  }

  /** Maps one result row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** A database failure; answered with 500 and never with the SQL or the data. */
  static final class StorageException extends RuntimeException {
    StorageException(SQLException cause) {
      super("storage failure (SQLState " + cause.getSQLState() + ")", cause);
    }

    /** A unique key refused the row (SQLState class 23). */
    boolean duplicateKey() {
      String state = ((SQLException) getCause()).getSQLState();
      return state != null && state.startsWith("23");
    }
  }
}
